import CEditLine

#if canImport(Glibc)
import Glibc
#endif

/// Conversions between Swift strings and libedit's wide strings, where each `wchar_t` holds one
/// Unicode scalar (UTF-32 on Linux).
enum WideText {
    /// `text` as a NUL-terminated wide string.
    static func nulTerminated(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// The string of the NUL-terminated wide string at `pointer`.
    static func string(nulTerminated pointer: UnsafePointer<wchar_t>) -> String {
        string(pointer, count: wcslen(pointer))
    }

    /// The string of the `count` wide characters at `pointer`; values that are not Unicode scalars
    /// are skipped.
    static func string(_ pointer: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<max(count, 0) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: pointer[index])) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
