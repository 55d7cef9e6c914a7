import TallyText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations loading needs, on POSIX calls so that start-up stays fast.
enum FileSystem {
    enum Entry {
        case file
        case directory
        case other
    }

    /// What is at `path`, following symbolic links; nil when nothing is there or it cannot be seen.
    static func entry(at path: String) -> (kind: Entry, device: UInt64, inode: UInt64, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        let kind: Entry = type == S_IFREG ? .file : type == S_IFDIR ? .directory : .other
        return (kind, UInt64(info.st_dev), UInt64(info.st_ino), max(0, Int(info.st_size)))
    }

    /// The bytes of a file, or the system's reason it cannot be read.
    static func read(_ path: String) -> Result<[UInt8], SystemError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(SystemError()) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + total }, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError())
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeSubrange(total...)
        return .success(bytes)
    }

    /// The names in a directory, sorted, without `.` and `..`, or the system's reason it cannot be read.
    static func list(_ path: String) -> Result<[String], SystemError> {
        guard let directory = opendir(path) else { return .failure(SystemError()) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// A failed system call, with the system's message for `errno` at the time it is created.
    struct SystemError: Error {
        let message = FileSystem.systemMessage()
    }

    /// The message for the current `errno` (`no such file or directory`).
    static func systemMessage() -> String {
        SystemMessage.text(errno)
    }
}
