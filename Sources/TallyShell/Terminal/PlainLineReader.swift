#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor without a line editor: for pipes, files and other non-terminals.
///
/// It shows no prompt and keeps no history. Lines end at `\n`; a `\r` before it is dropped, so files
/// with CRLF line ends read the same; the last line is read even without a line end; a UTF-8 byte
/// order mark at the very start is skipped; bytes that are not valid UTF-8 become U+FFFD instead of
/// being lost.
public final class PlainLineReader: LineReader, KeyReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// Where the search for the next `\n` resumes (everything from `start` to here has none).
    private var scanned = 0
    private var reachedEnd = false
    private var atFirstLine = true

    /// Creates a reader of `descriptor` (standard input by default). The reader does not close it.
    public init(fileDescriptor descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// Returns the next line, or `.endOfInput` once the input is exhausted. The prompt is not shown.
    public func readLine(prompt: Prompt) -> LineInput {
        while true {
            if Termination.isRequested { return .endOfInput }
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = takeLine(upTo: newline)
                start = newline + 1
                scanned = start
                return .line(line)
            }
            scanned = buffer.count
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = takeLine(upTo: buffer.count)
                start = buffer.count
                return .line(line)
            }
            fill()
        }
    }

    /// Keys from a pipe are its bytes, as they come: there is no terminal mode to change.
    public func readingKeys<Result>(_ body: () -> Result) -> Result { body() }

    /// The next byte of the input as a key (`\n` is Enter), waiting at most `timeout` for one; the
    /// lines read after it start after that byte.
    public func readKey(timeout: Duration?) -> KeyPress {
        if start >= buffer.count {
            if reachedEnd { return .endOfInput }
            if let timeout {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, TerminalKeys.milliseconds(timeout)) == 0 { return .timedOut }
            }
            fill()
            if start >= buffer.count { return .endOfInput }
        }
        let byte = buffer[start]
        start += 1
        scanned = max(scanned, start)
        return KeyPress(byte: byte)
    }

    /// Piped input keeps no history: does nothing.
    public func addToHistory(_ entry: String) {}

    /// Decodes `buffer[start..<end]` as one line: without a trailing `\r`, without a leading byte
    /// order mark on the first line, invalid UTF-8 repaired.
    private func takeLine(upTo end: Int) -> String {
        var bytes = buffer[start..<end]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        if atFirstLine {
            atFirstLine = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads more bytes into the buffer, dropping the consumed part first; sets `reachedEnd` at the
    /// end of the input or on a read error.
    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0 && errno == EINTR && !Termination.isRequested { continue }
            reachedEnd = true
            return
        }
    }
}
