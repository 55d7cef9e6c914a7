#if canImport(Glibc)
import Glibc
#endif

/// Runs code under a UTF-8 character type on the calling thread only (`uselocale`), whatever the
/// process locale is.
///
/// libedit converts between its wide strings and the history file's bytes with the C library's
/// multibyte functions; under the "C" locale they drop every non-ASCII character. History must
/// survive even when the process locale was never set (tests, embedding programs), so file access
/// runs inside this.
enum UTF8Locale {
    /// Runs `body` with `LC_CTYPE` set to `C.UTF-8` for this thread, then restores the thread's locale.
    /// If that locale does not exist, `body` runs under the current one.
    static func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return try body() }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return try body()
    }
}
