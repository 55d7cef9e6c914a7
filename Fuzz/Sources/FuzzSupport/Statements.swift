import ReportKit
import TallyQuery

/// Runs fuzz text as a script of query statements in one session, rendering every result.
public enum Statements {
    /// The most statements run from one input, so that one input stays cheap.
    public static let limit = 8

    /// Splits `text` into statements (`ScriptSplitter`) and runs up to `limit` of them in `session`
    /// within `seconds`, rendering each output (or error) as a table fitted to 80 columns and in
    /// one machine format, chosen by the statement's place, so every renderer is reached; every
    /// third statement runs with a screen row limit of 0 to 6 rows. Text for the terminal (the
    /// uncoloured table, the machine format as shown on a terminal, an uncoloured error) must hold
    /// no control but line breaks and tabs: whatever the input, no report can control the terminal.
    public static func run(_ text: String, in session: inout Session, file: String, seconds: Double = 2) {
        let budget = TimeBudget(seconds: seconds)
        let formats: [OutputFormat] = [.json, .csv, .jsonl, .markdown, .tsv]
        for (place, statement) in ScriptSplitter.split(text).prefix(limit).enumerated() {
            do {
                let output = try session.run(
                    statement.text, origin: statement.origin(file: file), rowLimit: place % 3 == 0 ? place % 7 : nil,
                    stop: StopSignal { budget.isSpent })
                let color = place % 2 == 0
                let screen = output.rendered(
                    defaultFormat: .table, width: 80, color: color, stop: StopSignal { budget.isSpent })
                if !color { TerminalCheck.require(screen) }
                let format = formats[place % formats.count]
                _ = output.rendered(defaultFormat: format)
                TerminalCheck.require(output.rendered(defaultFormat: format, forTerminal: true))
            } catch {
                let color = place % 2 == 1
                let shown = error.rendered(color: color)
                if !color { TerminalCheck.require(shown) }
            }
        }
    }
}
