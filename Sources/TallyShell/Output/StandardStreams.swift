#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with `write(2)`, unbuffered, so output and error
/// lines appear in the order they were produced.
public enum StandardStreams {
    /// Writes `text` to standard output.
    public static func writeOutput(_ text: String) { _ = write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    public static func writeError(_ text: String) { _ = write(text, to: STDERR_FILENO) }

    /// Writes all of `text` to a file descriptor, retrying after interruptions; returns the `errno`
    /// of a failed write (a closed pipe, a full disk), or nil when everything was written.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
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
}
