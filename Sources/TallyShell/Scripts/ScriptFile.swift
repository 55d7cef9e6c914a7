import ReportKit
import TallyText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A script read from disk: its path as given (used in error messages), its real path (to detect a
/// script that reads itself) and its text (UTF-8, or GB18030 as report files may be).
public struct ScriptFile: Sendable {
    /// The path as the user wrote it.
    public let path: String
    /// The absolute path with links resolved.
    public let realPath: String
    /// The script's text.
    public let text: String

    /// Reads the script at `path`; throws a one-line reason (`cannot read x.tally: no such file or
    /// directory`) when it cannot be opened or is not text.
    public init(path: String) throws(ScriptFile.Failure) {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: Phrase.cannotRead(path, Self.systemMessage())) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            throw Failure(message: Phrase.cannotRead(path, Phrase.isAFolder()))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: Phrase.cannotRead(path, Self.systemMessage()))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        self.text = try Self.decode(bytes, path: path)
        realPath = RealPath.resolved(path) ?? path
    }

    /// A script that did not come from a file (`-c`, a pipe), named `path` in messages.
    public init(text: String, name: String) {
        self.path = name
        self.realPath = name
        self.text = text
    }

    /// A script read from elsewhere than a file (a pipe), named `name` in messages: its bytes are
    /// decoded as a script file's (UTF-8, a byte-order mark, GB18030).
    public init(bytes: [UInt8], name: String) throws(ScriptFile.Failure) {
        self.init(text: try Self.decode(bytes, path: name), name: name)
    }

    /// Why a script could not be read, in one line.
    public struct Failure: Error, Sendable {
        /// Such as `cannot read x.tally: no such file or directory`.
        public let message: String
    }

    /// The text of `bytes`; an empty file is an empty script.
    private static func decode(_ bytes: [UInt8], path: String) throws(Failure) -> String {
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): return String(decoding: decoded.utf8, as: UTF8.self)
        case .failure(.empty): return ""
        case .failure(let failure): throw Failure(message: Phrase.cannotRead(path, failure.message))
        }
    }

    private static func systemMessage() -> String {
        guard let message = strerror(errno) else { return Phrase.systemError(errno) }
        return String(cString: message).lowercased()
    }
}
