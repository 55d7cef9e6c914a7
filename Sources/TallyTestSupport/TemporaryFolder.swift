import Foundation

/// Calls `body` with a new, empty folder under the system's temporary folder, and removes the folder
/// and everything in it afterwards — also when `body` throws. Tests make their files, links and FIFOs
/// in here, never in `/dev`, `/etc`, `/proc` or the home folder.
public func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// A new, empty folder under the system's temporary folder that a suite keeps for each of its tests
/// (made in the suite's `init`, held in a stored property) and that goes away with the suite
/// instance. Inside one test, prefer `withTemporaryFolder`, whose folder cannot outlive its use.
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Makes the folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tally-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
