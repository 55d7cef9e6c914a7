import ReportKit
import TallyText

extension Diagnostic {
    /// An error with no place in a file, as one line: `tally: error: message` (`tally:` bold and
    /// `error:`, `错误:` in Chinese, bold red with `color`). Every such line tally prints is built here; the message (which
    /// may name a file or quote input) shows its controls as visible escapes (`TerminalText`).
    public static func unlocated(_ message: String, color: Bool = false) -> String {
        let style = TextStyle(enabled: color)
        return style.apply(.heading, "tally:") + " " + style.apply(.error, Phrase.errorLabel()) + " "
            + TerminalText.shown(message)
    }

    /// A line that is no error but says why tally stopped: `tally: interrupted`.
    public static func notice(_ message: String, color: Bool = false) -> String {
        TextStyle(enabled: color).apply(.heading, "tally:") + " " + TerminalText.shown(message)
    }
}
