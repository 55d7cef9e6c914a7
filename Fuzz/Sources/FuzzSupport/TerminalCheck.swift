import ReportKit

/// The fuzz oracle for terminal safety: text tally would show on a terminal holds no control but line
/// breaks and tabs, and no bidirectional control (`TerminalText`), whatever the input.
public enum TerminalCheck {
    /// Stops the run (a crash libFuzzer keeps, with the input) when `text` is not safe for a terminal.
    public static func require(_ text: String) {
        precondition(TerminalText.shown(text) == text, "a control reached the terminal: \(text.debugDescription)")
    }
}
