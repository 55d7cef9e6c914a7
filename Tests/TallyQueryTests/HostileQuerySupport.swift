import Dispatch
import Foundation
import ReportKit
import Synchronization
import TallyQuery

/// Runs `work` on another thread and waits at most `seconds` for it: a query that hangs or overflows
/// into a slow path fails its test with nil instead of stalling the run (the stray thread ends with
/// the test process).
func finishing<T: Sendable>(within seconds: Double, _ work: @escaping @Sendable () -> T) -> T? {
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

/// What one statement shows on the seed report, within `seconds`: its output as a table, or its
/// error rendered; nil when it did not finish.
func shown(_ statement: String, within seconds: Double = 60) throws -> String? {
    let session = try seedSession()
    return finishing(within: seconds) {
        var session = session
        do throws(StatementError) {
            return try session.run(statement).rendered(defaultFormat: .table)
        } catch {
            return error.rendered()
        }
    }
}
