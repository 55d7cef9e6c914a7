#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The presenter's stream (`--notes FILE`): for each step shown, its title, its `#!note` lines, the
/// command and what comes next, written at once so that `tail -f FILE` in a second terminal (or a
/// terminal device named as FILE) follows the walk. The audience never sees it.
final class PresenterNotes {
    private let descriptor: Int32

    /// Opens `path` for writing, emptying a file that is there; throws a one-line reason.
    init(path: String) throws(Failure) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = strerror(errno).map { String(cString: $0).lowercased() } ?? "error \(errno)"
            throw Failure(message: "cannot write the notes to \(path): \(reason)")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Why the notes file could not be opened, in one line.
    struct Failure: Error {
        let message: String
    }

    /// Writes `text` and a line end now (a failed write is dropped: the notes must not stop a talk).
    func add(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }
}
