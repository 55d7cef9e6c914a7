#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables of this process, read from `environ` without Foundation (whose
/// `ProcessInfo` costs start-up half a millisecond).
public enum ProcessEnvironment {
    /// Each variable's value by its name (the text before the first `=`); an entry without `=` is
    /// skipped, and a name set twice keeps its last value.
    public static func current() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                variables[String(text[..<equals])] = String(text[text.utf8.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }
}
