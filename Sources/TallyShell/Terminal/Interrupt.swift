import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Set by the SIGINT handler, read by long-running work. Atomic, so safe to touch from a signal handler.
private let interruptRequested = Atomic<Bool>(false)
/// The SIGTERM or SIGHUP that asked the process to end (0 for none). Set by its handler.
private let terminationSignal = Atomic<Int32>(0)

/// Ctrl-C while a statement runs: a process-wide flag instead of the default death by SIGINT.
///
/// While the line editor edits, Ctrl-C is an ordinary key (see `EditLineReader`). While a statement
/// runs the terminal is back in cooked mode and Ctrl-C is a real SIGINT, which would kill the shell
/// without a handler. `Interrupt.catching` installs a handler that only sets a flag; long-running
/// work polls `Interrupt.isRequested` and stops early.
public enum Interrupt {
    /// Whether SIGINT arrived since the last `reset()` (or the start of `catching`), or SIGTERM or
    /// SIGHUP at any time since `Termination.install()`.
    public static var isRequested: Bool {
        interruptRequested.load(ordering: .relaxed) || Termination.isRequested
    }

    /// Clears the flag.
    public static func reset() {
        interruptRequested.store(false, ordering: .relaxed)
    }

    /// Runs `body` with a SIGINT handler that sets the flag, then restores the previous handler.
    ///
    /// The flag is cleared first. The handler is installed without `SA_RESTART`, so a blocking
    /// system call (`read`, `sleep`) returns early with `EINTR` when Ctrl-C is pressed. Call it from
    /// the shell's thread only: signal dispositions belong to the whole process.
    public static func catching<Result>(_ body: () throws -> Result) rethrows -> Result {
        reset()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptRequested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        defer { sigaction(SIGINT, &previous, nil) }
        return try body()
    }
}

/// SIGTERM and SIGHUP (a `kill`, a closed terminal window): the running command stops as it would
/// for Ctrl-C, the session ends — its `.output` file closed whole — and then the process ends by the
/// same signal.
public enum Termination {
    /// Installs handlers for SIGTERM and SIGHUP that only record the signal, for the rest of the process.
    /// Without `SA_RESTART`, so a blocking read or open returns early.
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            terminationSignal.store(signal, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGHUP, &action, nil)
    }

    /// Whether SIGTERM or SIGHUP arrived.
    public static var isRequested: Bool { terminationSignal.load(ordering: .relaxed) != 0 }

    /// When a signal asked the process to end: ends it by that signal now, with the default action,
    /// so whoever waits for it sees how it ended. Returns when none did.
    public static func endIfRequested() {
        let received = terminationSignal.load(ordering: .relaxed)
        guard received != 0 else { return }
        signal(received, SIG_DFL)
        raise(received)
    }
}
