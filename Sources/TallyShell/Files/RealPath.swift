#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `realpath`, the one place the shell resolves links and `..` in a path.
public enum RealPath {
    /// The absolute path of `path` with every link and `..` resolved; nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The file writing to `path` reaches: `path` with its links followed even when the last one
    /// points at nothing yet (a link to a file not yet made), so that a whole file renamed into
    /// place replaces the target, never the link. `path` itself when it is no link.
    public static func writeTarget(_ path: String) -> String {
        if let resolved = resolved(path) { return resolved }
        var current = path
        for _ in 0..<32 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let folder = current.split(separator: "/", omittingEmptySubsequences: false).dropLast()
                current = folder.isEmpty ? destination : folder.joined(separator: "/") + "/" + destination
            }
        }
        return current
    }
}
