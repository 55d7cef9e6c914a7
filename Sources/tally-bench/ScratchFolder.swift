#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under `/tmp` for the corpus files, never inside the repository. `remove()` deletes
/// exactly the files written through it, then the folder.
final class ScratchFolder {
    /// The folder's path.
    let path: String
    private var written: [String] = []

    /// Creates `/tmp/tally-bench-XXXXXX` with a unique suffix.
    init() throws(BenchFailure) {
        var template = Array("/tmp/tally-bench-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard created != nil else {
            throw BenchFailure("cannot create a temporary folder: \(SystemText.errorMessage())")
        }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder at `path`, created when it does not exist yet (for `--generate`).
    init(at path: String) throws(BenchFailure) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw BenchFailure("cannot create \(path): \(SystemText.errorMessage())")
        }
        self.path = path
    }

    /// Writes `bytes` to the file `name` in the folder.
    func write(_ bytes: [UInt8], to name: String) throws(BenchFailure) {
        let descriptor = try create(name)
        defer { close(descriptor) }
        let written = bytes.withUnsafeBufferPointer { Self.writeAll($0, to: descriptor) }
        guard written else { throw BenchFailure("cannot write \(path)/\(name): \(SystemText.errorMessage())") }
    }

    /// Creates (or empties) the file `name` in the folder, which `remove()` deletes; returns its
    /// descriptor, which the caller closes.
    func create(_ name: String) throws(BenchFailure) -> Int32 {
        let filePath = path + "/" + name
        let descriptor = open(filePath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw BenchFailure("cannot create \(filePath): \(SystemText.errorMessage())") }
        if !written.contains(filePath) { written.append(filePath) }
        return descriptor
    }

    /// Writes all of `bytes` to `descriptor`, retrying after interruptions; false when a write failed
    /// (`errno` says why).
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Deletes the files written and the folder.
    func remove() {
        for file in written { unlink(file) }
        written.removeAll()
        rmdir(path)
    }
}
