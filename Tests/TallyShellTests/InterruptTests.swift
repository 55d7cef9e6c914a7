import Glibc
import Testing

@testable import TallyShell

/// Raises `signal` on this thread with it unblocked, so it is handled before this returns (test
/// threads block most signals, which would leave a raised signal pending instead).
private func raiseUnblocked(_ signal: Int32) {
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signal)
    var previous = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &only, &previous)
    raise(signal)
    pthread_sigmask(SIG_SETMASK, &previous, nil)
}

@Suite("Interrupt", .serialized)
struct InterruptTests {
    @Test("SIGINT while catching sets the flag instead of killing the process; reset clears it")
    func catchesSigint() {
        let seen = Interrupt.catching { () -> Bool in
            #expect(!Interrupt.isRequested)
            raiseUnblocked(SIGINT)
            return Interrupt.isRequested
        }
        #expect(seen)
        #expect(Interrupt.isRequested)
        Interrupt.reset()
        #expect(!Interrupt.isRequested)
    }

    @Test("The previous SIGINT handler is back afterwards")
    func restoresPreviousHandler() {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        var original = sigaction()
        sigaction(SIGINT, &ignore, &original)
        defer { sigaction(SIGINT, &original, nil) }
        Interrupt.catching {}
        Interrupt.reset()
        raiseUnblocked(SIGINT)  // ignored again: neither the flag handler nor the default (death) runs
        #expect(!Interrupt.isRequested)
    }
}
