import ReportKit
import TallyText

/// Why a statement did not run to its end: the one error the lexer, the parser and the evaluator
/// throw (typed), and that `Session.run` reports.
///
/// A mistake is found at a span of the statement (`unknown field 'cty'`); `located(in:origin:)`
/// places it in its file once the statement's origin is known. Ctrl-C has no place in the
/// statement, so `interrupted` carries none and is shown without a caret.
public enum StatementError: Error, Sendable, Hashable {
    /// A mistake at `span` (scalar offsets into the statement; empty at its end) with an optional
    /// hint such as `did you mean 'city'?`.
    case mistake(message: String, span: SourceSpan, hint: String?)
    /// A mistake placed in the file the statement came from.
    case located(Diagnostic)
    /// Ctrl-C stopped the statement.
    case interrupted

    /// A mistake: `message` about the text at `span`, with an optional hint.
    public init(_ message: String, at span: SourceSpan, hint: String? = nil) {
        self = .mistake(message: message, span: span, hint: hint)
    }

    /// The one line saying what went wrong, such as `unknown field 'cty'` or `interrupted`.
    public var message: String {
        switch self {
        case .mistake(let message, _, _): message
        case .located(let diagnostic): diagnostic.message
        case .interrupted: Self.interruptedMessage
        }
    }

    /// The wording of `interrupted`, wherever Ctrl-C stops something.
    public static var interruptedMessage: String { Phrase.interrupted() }

    /// The error as text for standard error, without a newline at the end: a located mistake as
    /// `file:line:column: error: …` with its line and caret, anything else as one `tally:` line
    /// (`tally: interrupted`).
    public func rendered(color: Bool = false) -> String {
        switch self {
        case .mistake(let message, _, _): Diagnostic.unlocated(message, color: color)
        case .located(let diagnostic): diagnostic.rendered(color: color)
        case .interrupted: Diagnostic.notice(Self.interruptedMessage, color: color)
        }
    }
}
