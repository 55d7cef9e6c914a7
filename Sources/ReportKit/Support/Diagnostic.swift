/// A place in a source text: a file (or `<command>`), a 1-based line and a 1-based column counted
/// in Unicode scalars, plus the byte offset when it is known.
public struct SourceLocation: Sendable, Hashable {
    /// The file path, or a name such as `<command>` for text typed at the shell.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars (a Chinese character counts one).
    public var column: Int
    /// The byte offset from the start of the file, when it is known.
    public var byteOffset: Int?

    /// Creates a location.
    public init(file: String, line: Int, column: Int, byteOffset: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }
}

/// An error as a value: what went wrong, where, and optionally how to fix it.
///
/// Rendered as `file:line:column: error: message`, then the source line with a caret under the
/// place (placed by display width, so it is right after Chinese text), then the hint.
public struct Diagnostic: Error, Sendable, Hashable {
    /// One clear sentence saying what went wrong.
    public var message: String
    /// Where it went wrong.
    public var location: SourceLocation
    /// The source line the location points into, shown under the message with a caret; nil for files
    /// whose content cannot be shown (binary data).
    public var sourceLine: String?
    /// How many columns (Unicode scalars) the caret underline spans; at least 1.
    public var length: Int
    /// A suggestion such as `did you mean 'city'?`.
    public var hint: String?
    /// Whether it is an error (the default) or a warning: something left out that did not fail.
    public var severity: Severity

    /// How serious a diagnostic is, shown as `error:` or `warning:`.
    public enum Severity: Sendable, Hashable {
        /// Something failed.
        case error
        /// Something was left out on purpose (a file safe mode does not read); nothing failed.
        case warning
    }

    /// Creates a diagnostic.
    public init(
        _ message: String, at location: SourceLocation, sourceLine: String? = nil, length: Int = 1,
        hint: String? = nil, severity: Severity = .error
    ) {
        self.message = message
        self.severity = severity
        self.location = location
        self.sourceLine = sourceLine
        self.length = max(1, length)
        self.hint = hint
    }
}
