#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written all or nothing: text goes to a temporary file beside the target, which replaces
/// the target only on `commit()`. Until then (and for ever after `discard()`) the target is untouched,
/// so a reader never sees a half-written file.
final class AtomicFile {
    /// The file that `commit()` creates or replaces.
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    /// The first write error, reported by `commit()`.
    private var writeFailure: String?

    /// Creates the temporary file (in the target's folder, so the rename cannot cross file systems).
    /// Throws a one-line reason when that folder cannot be written.
    init(path: String) throws(AtomicFile.Failure) {
        self.path = path
        var template = Array((path + ".tally-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(message: "cannot write \(path): \(Self.systemMessage())") }
        self.descriptor = descriptor
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(descriptor, Self.finalMode(of: path))
    }

    deinit { discard() }

    /// Appends `text` to the temporary file.
    func write(_ text: String) {
        guard descriptor >= 0, writeFailure == nil else { return }
        if StandardStreams.write(text, to: descriptor) != nil { writeFailure = Self.systemMessage() }
    }

    /// Makes the written text the target's content. Throws (after removing the temporary file) when
    /// a write, the flush to disk or the rename failed; the target is then untouched.
    func commit() throws(AtomicFile.Failure) {
        guard descriptor >= 0 else { return }
        if writeFailure == nil && fsync(descriptor) != 0 { writeFailure = Self.systemMessage() }
        if close(descriptor) != 0 && writeFailure == nil { writeFailure = Self.systemMessage() }
        descriptor = -1
        if writeFailure == nil && rename(temporaryPath, path) != 0 { writeFailure = Self.systemMessage() }
        guard let writeFailure else { return }
        unlink(temporaryPath)
        throw Failure(message: "cannot write \(path): \(writeFailure)")
    }

    /// Throws the written text away and leaves the target as it was.
    func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }

    /// Why a file could not be written, in one line.
    struct Failure: Error {
        /// Such as `cannot write out/x.csv: no such file or directory`.
        let message: String
    }

    /// The permissions the finished file gets: those of the file it replaces, else 0666 minus the umask.
    private static func finalMode(of path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    /// The system's message for the current `errno`, in lower case (`no such file or directory`).
    private static func systemMessage() -> String {
        guard let message = strerror(errno) else { return "error \(errno)" }
        return String(cString: message).lowercased()
    }
}
