import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Links, named pipes and devices that tests make inside their own temporary folder (never under
/// /dev): the same files a user points `.output` at.
public enum SpecialFiles {
    /// Why a special file could not be made.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A character device at `path` with the given numbers: `(1, 3)` works as /dev/null does,
    /// `(1, 7)` as /dev/full (every write fails with "no space left on device"). Needs root.
    public static func characterDevice(at path: String, major: UInt32, minor: UInt32) throws {
        let device = dev_t((major & 0xFFF) << 8 | (minor & 0xFF))
        guard mknod(path, S_IFCHR | 0o666, device) == 0 else {
            throw Failure(description: "mknod \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// A null device (writes vanish) at `path`.
    public static func nullDevice(at path: String) throws { try characterDevice(at: path, major: 1, minor: 3) }

    /// A full device (every write fails with ENOSPC) at `path`.
    public static func fullDevice(at path: String) throws { try characterDevice(at: path, major: 1, minor: 7) }

    /// A named pipe at `path`.
    public static func fifo(at path: String) throws {
        guard mkfifo(path, 0o644) == 0 else {
            throw Failure(description: "mkfifo \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The kind of file at `path` without following a link: `link`, `fifo`, `character device`,
    /// `folder`, `file`, or nil when there is nothing.
    public static func kind(at path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return "link"
        case S_IFIFO: return "fifo"
        case S_IFCHR: return "character device"
        case S_IFDIR: return "folder"
        case S_IFREG: return "file"
        default: return "other"
        }
    }
}
