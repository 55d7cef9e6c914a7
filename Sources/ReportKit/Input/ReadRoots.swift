#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files and folders a confined run may read (safe mode: the paths named on tally's command
/// line), held as real paths — absolute, with every symbolic link and `..` resolved — so that a
/// path is judged by where it really leads, not by how it is spelt.
public struct ReadRoots: Sendable, Equatable {
    /// The real paths of the roots; a path that does not exist names no root.
    public let realPaths: [String]

    /// The roots named by `paths` (resolved now; those that do not exist are left out).
    public init(_ paths: [String]) {
        realPaths = paths.compactMap(Self.realPath)
    }

    /// Whether `realPath` (a path already resolved) is a root or lies inside a root folder.
    public func contains(realPath: String) -> Bool {
        realPaths.contains { root in
            realPath == root || realPath.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// Whether `path`, resolved, is a root or lies inside one; false when it does not exist.
    public func allows(_ path: String) -> Bool {
        Self.realPath(path).map(contains(realPath:)) ?? false
    }

    /// The C library's `realpath`: the absolute path of `path` with links and `..` resolved; nil
    /// when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
