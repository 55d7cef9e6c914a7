import Dispatch
import Glibc
import Synchronization
import TallyText

/// Work spread over all cores, results in the order of the input.
public enum Parallel {
    /// `transform` applied to 0..<count on all cores, results in index order; each worker speaks the
    /// caller's language (a task-local value does not reach the threads of `concurrentPerform`).
    public static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Mutex([T?](repeating: nil, count: count))
        let language = Language.current
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = Language.$current.withValue(language) { transform(index) }
            slots.withLock { $0[index] = value }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    /// `transform` of each of `items`, worked through in one run of consecutive items per core
    /// (at least `minimumRun` items each, so small inputs stay on the caller's thread).
    public static func map<Item: Sendable, T: Sendable>(
        _ items: [Item], minimumRun: Int, _ transform: @Sendable (Item) -> T
    ) -> [T] {
        let runs = min(cores, max(1, items.count / max(1, minimumRun)))
        guard runs > 1 else { return items.map(transform) }
        let size = (items.count + runs - 1) / runs
        return map(runs) { run in
            items[min(items.count, run * size)..<min(items.count, (run + 1) * size)].map(transform)
        }.flatMap { $0 }
    }

    /// The processors online (at least one).
    private static let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}
