import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with `write(2)`, unbuffered, so output and error
/// lines appear in the order they were produced.
public enum StandardStreams {
    /// Writes `text` to standard output, in pieces of whole lines; stops after the piece during
    /// which Ctrl-C was pressed (`Interrupt.isRequested`), so a huge result can be cut short.
    public static func writeOutput(_ text: String) {
        _ = write(text, to: STDOUT_FILENO, stop: StopSignal { Interrupt.isRequested })
    }

    /// Writes `text` to standard error.
    public static func writeError(_ text: String) { _ = write(text, to: STDERR_FILENO) }

    /// The bytes written at once before `stop` is asked again (then up to the end of the line): a
    /// piece is a unit of work far larger than a row, so `stop` is asked before every one.
    static let pieceSize = 64 * 1024

    /// Writes all of `text` to a file descriptor, retrying after interruptions, in pieces that end at
    /// a line end, asking `stop` before each; returns the `errno` of a failed write (a closed pipe, a
    /// full disk), or nil when everything was written or `stop` was raised.
    static func write(_ text: String, to descriptor: Int32, stop: StopSignal = .never) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                if stop.isRaised { return nil }
                var end = min(offset + pieceSize, buffer.count)
                while end < buffer.count && buffer[end - 1] != 0x0A { end += 1 }
                if let failure = writeAll(base + offset, count: end - offset, to: descriptor) { return failure }
                offset = end
            }
            return nil
        }
    }

    /// Writes `count` bytes from `pointer`, retrying after interruptions.
    private static func writeAll(_ pointer: UnsafePointer<UInt8>, count: Int, to descriptor: Int32) -> Int32? {
        var pointer = pointer
        var remaining = count
        while remaining > 0 {
            let written = Glibc.write(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            pointer += written
            remaining -= written
        }
        return nil
    }
}
