#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Single key presses, for what reads keys rather than lines: step mode's simulated typing and the
/// wait of auto-advance.
public protocol KeyReader: AnyObject {
    /// Runs `body` with keys arriving one at a time (on a terminal: no line editing, no echo, Ctrl-C
    /// a key), then puts the terminal back.
    func readingKeys<Result>(_ body: () -> Result) -> Result

    /// The next key, waiting at most `timeout` (nil: as long as it takes).
    func readKey(timeout: Duration?) -> KeyPress
}

/// What `KeyReader.readKey(timeout:)` read.
public enum KeyPress: Sendable, Equatable {
    /// Return or Enter.
    case enter
    /// Escape alone (not the start of an arrow key's sequence).
    case escape
    /// Ctrl-C.
    case interrupt
    /// Any other key.
    case other
    /// No key within the timeout.
    case timedOut
    /// The input ended.
    case endOfInput

    /// The key a byte stands for.
    init(byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): self = .enter
        case 0x1B: self = .escape
        case 0x03: self = .interrupt
        default: self = .other
        }
    }
}

/// Keys from the terminal on standard input, read in non-canonical mode without echo.
///
/// Use it beside `EditLineReader`, which reads no further ahead than the line it returns.
public final class TerminalKeys: KeyReader {
    private let descriptor: Int32

    /// Keys of the terminal on `descriptor` (standard input by default).
    public init(fileDescriptor descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    public func readingKeys<Result>(_ body: () -> Result) -> Result {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return body() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { controls in
            controls[Int(VMIN)] = 1
            controls[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        return body()
    }

    public func readKey(timeout: Duration?) -> KeyPress {
        guard let byte = nextByte(timeout: timeout) else { return .timedOut }
        guard let byte else { return .endOfInput }
        let key = KeyPress(byte: byte)
        guard key == .escape else { return key }
        // An arrow or function key sends escape and more bytes at once; escape alone comes alone.
        var sequence = false
        while case .some(.some) = nextByte(timeout: .milliseconds(30)) { sequence = true }
        return sequence ? .other : .escape
    }

    /// The next byte; nil (outer) when none came within `timeout`, nil (inner) at the end of input.
    private func nextByte(timeout: Duration?) -> UInt8?? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = timeout.map(Self.milliseconds) ?? -1
        while true {
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0 && errno == EINTR { return .some(0x03) }
            if ready == 0 { return nil }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count == 1 { return .some(byte) }
            if count < 0 && errno == EINTR { continue }
            return .some(nil)
        }
    }

    /// `duration` in whole milliseconds, for `poll`.
    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }
}
