import Synchronization
import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `errno` of the first failed write to standard output (0 while none failed).
private let outputFailure = Atomic<Int32>(0)

/// Writes to standard output and standard error with `write(2)`, unbuffered, so output and error
/// lines appear in the order they were produced. A failed write to standard output (a full disk, a
/// closed descriptor) is remembered, so the command that wrote it, and the process, can fail.
public enum StandardStreams {
    /// How writing some text ended.
    public enum Outcome: Equatable, Sendable {
        /// Every byte was written.
        case written
        /// The stop signal was raised before everything was written.
        case stopped
        /// A write failed with this `errno`.
        case failed(Int32)
    }

    /// Writes `text` to standard output, in pieces of whole lines; stops after the piece during
    /// which Ctrl-C was pressed (`Interrupt.isRequested`), so a huge result can be cut short. Once a
    /// write has failed nothing more is tried; `outputFailure` tells why.
    public static func writeOutput(_ text: String) {
        guard outputFailure.load(ordering: .relaxed) == 0 else { return }
        if case .failed(let code) = write(text, to: STDOUT_FILENO, stop: StopSignal { Interrupt.isRequested }) {
            outputFailure.store(code, ordering: .relaxed)
        }
    }

    /// Why writing to standard output failed (`cannot write standard output: no space left on
    /// device`), or nil while every write succeeded.
    public static var outputFailureMessage: String? {
        let code = outputFailure.load(ordering: .relaxed)
        return code == 0 ? nil : OutputMessages.cannotWrite(OutputMessages.standardOutput, reason: code)
    }

    /// Writes `text` to standard error.
    public static func writeError(_ text: String) { _ = write(text, to: STDERR_FILENO) }

    /// The bytes written at once before `stop` is asked again (then up to the end of the line): a
    /// piece is a unit of work far larger than a row, so `stop` is asked before every one.
    static let pieceSize = 64 * 1024

    /// Writes all of `text` to a file descriptor, retrying after interruptions, in pieces that end at
    /// a line end, asking `stop` before each.
    static func write(_ text: String, to descriptor: Int32, stop: StopSignal = .never) -> Outcome {
        var text = text
        return text.withUTF8 { buffer in write(buffer, to: descriptor, stop: stop) }
    }

    /// Writes all of `bytes` like `write(_:to:stop:)`.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, stop: StopSignal) -> Outcome {
        guard let base = bytes.baseAddress else { return .written }
        var offset = 0
        while offset < bytes.count {
            if stop.isRaised { return .stopped }
            var end = min(offset + pieceSize, bytes.count)
            while end < bytes.count && bytes[end - 1] != 0x0A { end += 1 }
            if let failure = writeAll(base + offset, count: end - offset, to: descriptor) { return .failed(failure) }
            offset = end
        }
        return .written
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
