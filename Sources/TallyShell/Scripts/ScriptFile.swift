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

    /// The largest script read: 16 MB (a script is typed text; anything larger is a mistake or an
    /// attack, and would be held in memory whole).
    public static let maximumBytes = 16 << 20

    /// Reads the script at `path`; throws a one-line reason (`cannot read x.tally: no such file or
    /// directory`) when it cannot be opened, is not text, is no regular file (a device, a named pipe
    /// or a socket: never read, as the report loader reads none) or is over `maximumBytes`.
    public init(path: String) throws(ScriptFile.Failure) {
        self.path = path
        // Look before opening: opening a named pipe waits for a writer, opening a device may act.
        var info = stat()
        if stat(path, &info) == 0 { try Self.check(info, path: path) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw Failure(message: Phrase.cannotRead(path, Self.systemMessage())) }
        defer { close(descriptor) }
        // Look again at what was opened, in case the path changed in between.
        if fstat(descriptor, &info) == 0 { try Self.check(info, path: path) }
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
            // A file that grows while it is read is held to the limit too.
            if bytes.count > Self.maximumBytes { throw Self.tooLarge(path, size: bytes.count) }
        }
        self.text = try Self.decode(bytes, path: path)
        realPath = RealPath.resolved(path) ?? path
    }

    /// Refuses a folder, anything but a regular file, and a file over `maximumBytes`.
    private static func check(_ info: stat, path: String) throws(Failure) {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if Int(info.st_size) > maximumBytes { throw tooLarge(path, size: Int(info.st_size)) }
        case S_IFDIR:
            throw Failure(message: Phrase.cannotRead(path, Phrase.isAFolder()))
        default:
            throw Failure(message: Phrase.cannotRead(path, Phrase.notAFileOrFolder()))
        }
    }

    /// The failure for a script of `size` bytes, over `maximumBytes`, worded as the report loader's.
    private static func tooLarge(_ path: String, size: Int) -> Failure {
        Failure(message: Phrase.cannotRead(path, Phrase.fileTooLarge(size >> 20, maximumBytes >> 20)))
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
        SystemMessage.text(errno)
    }
}
