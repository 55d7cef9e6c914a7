import ReportKit
import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that `.output`, `.once` or `--transcript` writes, written through whatever is at the path.
///
/// A regular file (or a new one) is created, emptied, when it is opened and grows by whole results:
/// each `append` either lands in full or, when a write fails or Ctrl-C, SIGTERM or SIGHUP stops it,
/// is cut off again, so between commands the file holds every result completed so far and never
/// half of one. There is no temporary file to leave behind. A symbolic link is written through (the
/// link stays); a named pipe, a character device or the shell's own standard output or error is
/// written directly, as results arrive, and is never replaced.
final class OutputFile {
    /// What the path names.
    enum Kind: Equatable {
        /// A regular file (or none yet): written from its start, cut back after a failed write.
        case regular
        /// A pipe, a device, a socket or a terminal: written in order, never cut back.
        case stream
    }

    /// The path as it was given, for messages.
    let path: String
    /// What the path names.
    let kind: Kind
    private var descriptor: Int32
    /// Whether `close()` closes the descriptor (not when it is standard output or error).
    private let ownsDescriptor: Bool
    /// The length of the results written in full (regular files).
    private var length: off_t = 0
    /// The bytes written since, pieces of a result not yet whole.
    private var pending: off_t = 0

    /// Opens `path` for writing: a regular file is created or emptied; a named pipe waits for its
    /// reader (Ctrl-C stops the wait). Throws a one-line reason naming the path.
    init(path: String) throws(OutputFile.Failure) {
        self.path = path
        var target = stat()
        let exists = stat(path, &target) == 0
        if exists && (target.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(message: OutputMessages.cannotWrite(path, reason: OutputMessages.isAFolder))
        }
        if exists, let standard = Self.standardStream(matching: target) {
            descriptor = standard
            ownsDescriptor = false
            kind = .stream
            return
        }
        let regular = !exists || (target.st_mode & S_IFMT) == S_IFREG
        let flags = O_WRONLY | O_CLOEXEC | (regular ? O_CREAT | O_TRUNC : 0)
        var opened: Int32
        repeat {
            opened = open(path, flags, 0o666)
        } while opened < 0 && errno == EINTR && !Interrupt.isRequested
        guard opened >= 0 else {
            let reason = errno == EINTR ? OutputMessages.interruptedWhileOpening : OutputMessages.systemMessage(errno)
            throw Failure(message: OutputMessages.cannotWrite(path, reason: reason))
        }
        descriptor = opened
        ownsDescriptor = true
        kind = regular ? .regular : .stream
    }

    /// A regular file already open at `descriptor`, which `close()` closes.
    fileprivate init(descriptor: Int32, path: String) {
        self.path = path
        self.descriptor = descriptor
        ownsDescriptor = true
        kind = .regular
    }

    deinit { try? close() }

    /// Writes `text` after what is there (on a terminal, such as `/dev/tty` or the shell's own
    /// standard output there, with its controls as visible escapes: `TerminalText`). False when `stop`
    /// was raised first: a regular file is then cut back to the results before it. Throws, after
    /// cutting a regular file back, when a write failed (a full disk, a reader that went away).
    @discardableResult
    func append(_ text: String, stop: StopSignal = .never) throws(OutputFile.Failure) -> Bool {
        guard try appendPiece(text, stop: stop) else { return false }
        keepPieces()
        return true
    }

    /// Writes `bytes` after what is there, like `append(_:stop:)`.
    func append(_ bytes: [UInt8], stop: StopSignal) throws(OutputFile.Failure) -> Bool {
        let outcome = bytes.withUnsafeBufferPointer { write($0, stop: stop) }
        guard try finished(outcome, count: bytes.count) else { return false }
        keepPieces()
        return true
    }

    /// Writes one piece of a result after what is there, as `append(_:stop:)` writes a whole one,
    /// but the piece is not yet kept: a stop or a failed write during a later piece cuts a regular file
    /// back to the results before this one too. `keepPieces()` keeps them once the result is whole.
    func appendPiece(_ text: String, stop: StopSignal) throws(OutputFile.Failure) -> Bool {
        var text = kind == .stream && isatty(descriptor) != 0 ? TerminalText.shown(text) : text
        let outcome = text.withUTF8 { bytes in write(bytes, stop: stop) }
        return try finished(outcome, count: text.utf8.count)
    }

    /// Keeps the pieces written since the last whole result: they are a whole result now.
    func keepPieces() {
        length += pending
        pending = 0
    }

    /// Writes `bytes` with SIGPIPE ignored: a reader that went away is a failed write to report,
    /// not a signal that ends the shell.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>, stop: StopSignal) -> StandardStreams.Outcome {
        guard descriptor >= 0 else { return .stopped }
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        return StandardStreams.write(bytes, to: descriptor, stop: stop)
    }

    /// Counts `count` bytes just written as a piece, or cuts a regular file back and says why not.
    private func finished(_ outcome: StandardStreams.Outcome, count: Int) throws(OutputFile.Failure) -> Bool {
        switch outcome {
        case .written:
            pending += off_t(count)
            return true
        case .stopped:
            dropPieces()
            return false
        case .failed(let code):
            dropPieces()
            throw Failure(message: OutputMessages.cannotWrite(path, reason: code))
        }
    }

    /// Ends writing: a regular file is flushed to disk. Throws when that failed.
    func close() throws(OutputFile.Failure) {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        guard ownsDescriptor else { return }
        var failure: Int32 = 0
        if kind == .regular && fsync(descriptor) != 0 && errno != EINVAL { failure = errno }
        if Glibc.close(descriptor) != 0 && failure == 0 && errno != EINTR { failure = errno }
        if failure != 0 { throw Failure(message: OutputMessages.cannotWrite(path, reason: failure)) }
    }

    /// Cuts a regular file back to the results written in full, dropping the pieces written since
    /// (of a result left unfinished).
    func dropPieces() {
        pending = 0
        guard kind == .regular else { return }
        _ = ftruncate(descriptor, length)
        _ = lseek(descriptor, length, SEEK_SET)
    }

    /// Standard output or error when `target` is the file either of them writes to (as
    /// `/dev/stdout` is): written through that descriptor, so nothing already written there is lost.
    private static func standardStream(matching target: stat) -> Int32? {
        for standard in [STDOUT_FILENO, STDERR_FILENO] {
            var info = stat()
            if fstat(standard, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino {
                return standard
            }
        }
        return nil
    }

    /// Why a file could not be written, in one line.
    struct Failure: Error {
        /// Such as `cannot write out/x.csv: no such file or directory`.
        let message: String
    }
}

extension OutputFile {
    /// A new empty file beside `target` (`NAME.tally-XXXXXX`, the target's permissions), for a
    /// whole file that replaces `target` by a rename; errors name `reportedPath`.
    static func temporary(beside target: String, reporting reportedPath: String) throws(OutputFile.Failure) -> (
        file: OutputFile, path: String
    ) {
        var template = Array((target + ".tally-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw Failure(message: OutputMessages.cannotWrite(reportedPath, reason: errno))
        }
        var info = stat()
        if stat(target, &info) == 0 { fchmod(descriptor, info.st_mode & 0o7777) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (OutputFile(descriptor: descriptor, path: reportedPath), path)
    }
}
