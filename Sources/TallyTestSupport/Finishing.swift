import Dispatch
import Foundation
import Synchronization

/// Runs `work` on another thread and waits at most `seconds` for it: work that hangs or goes
/// quadratic (a hostile input, a slow path) fails its test with nil instead of stalling the whole run
/// (the stray thread ends with the test process).
public func finishing<T: Sendable>(within seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        let value = work()
        result.withLock { $0 = value }
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return result.withLock { $0 }
}
