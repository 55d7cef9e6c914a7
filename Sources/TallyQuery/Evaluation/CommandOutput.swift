import ReportKit
import TallyText

/// What one command produced, ready to render in any output format.
public struct CommandOutput: Sendable {
    /// The shapes of output.
    public enum Body: Sendable {
        /// A result table.
        case table(ResultTable)
        /// A table to draw as a bar chart (as a table in machine formats).
        case chart(ResultTable)
        /// Sentences found by `find`, shown with the terms highlighted (as a table in machine formats).
        case hits(ResultTable, terms: [String])
        /// A line of text: help, or what `let` defined.
        case message(String)
    }

    /// The output.
    public var body: Body
    /// The format the command asked for with `format`, if any.
    public var format: OutputFormat?

    /// The rows of the result, if it has rows.
    public var table: ResultTable? {
        switch body {
        case .table(let table), .chart(let table), .hits(let table, _): table
        case .message: nil
        }
    }

    /// The output as text: in the command's own format if it chose one, else in `defaultFormat`,
    /// fitted to `width` columns (one record per block as `expanded` says), coloured when `color` is
    /// set. Ends with a newline. When `stop` is raised the text stops there, incomplete.
    ///
    /// Text for people (tables, charts, `find` hits, messages) always shows controls from the reports
    /// as visible escapes (`TerminalText`); a machine format (CSV, TSV, JSON, JSONL) does so only
    /// `forTerminal`, and is otherwise byte-exact.
    public func rendered(
        defaultFormat: OutputFormat = .table, width: Int? = nil, color: Bool = false,
        expanded: ExpandedTables = .off, forTerminal: Bool = false, stop: StopSignal = .never
    ) -> String {
        let format = self.format ?? defaultFormat
        let text = rendered(as: format, width: width, color: color, expanded: expanded, stop: stop)
        return forTerminal && format.isMachineFormat && table != nil ? TerminalText.shown(text) : text
    }

    /// The output as text in `format`, as `rendered(defaultFormat:width:color:expanded:forTerminal:stop:)` says.
    private func rendered(
        as format: OutputFormat, width: Int?, color: Bool, expanded: ExpandedTables, stop: StopSignal
    ) -> String {
        switch body {
        case .message(let text):
            let shown = TerminalText.shown(text)
            return shown.hasSuffix("\n") ? shown : shown + "\n"
        case .table(let table):
            return render(table, as: format, maxWidth: width, color: color, expanded: expanded, stop: stop)
        case .chart(let table):
            guard format == .table else {
                return render(table, as: format, maxWidth: width, color: color, expanded: expanded, stop: stop)
            }
            do {
                return try ChartRenderer(maxWidth: width ?? 80, color: color).render(table, stop: stop)
            } catch {
                return error.message + "\n"
            }
        case .hits(let table, let terms):
            guard format == .table else {
                return render(table, as: format, maxWidth: width, color: color, expanded: expanded, stop: stop)
            }
            return HitList(table: table, terms: terms, color: color, width: width).text(stop: stop)
        }
    }
}

/// Sentences found by `find`, one block each: where it is, then the sentence with every term
/// highlighted on a colour terminal.
struct HitList {
    let table: ResultTable
    let terms: [String]
    let color: Bool
    let width: Int?

    func text(stop: StopSignal) -> String {
        var check = stop.check()
        var output = ""
        for (index, row) in table.rows.enumerated() {
            if check.shouldStop() { break }
            if index == table.omitted?.position, let omitted = table.omitted {
                output += CellText.omissionLine(omitted, .sentence) + "\n"
            }
            func cell(_ name: String) -> String {
                guard let column = table.columns.firstIndex(of: name), column < row.count else { return "" }
                switch row[column] {
                case .text(let text): return text
                case .integer(let number): return String(number)
                default: return ""
                }
            }
            guard table.columns.contains("sentence") else { continue }
            // With several documents the year tells the reports of one place apart.
            let report = table.columns.contains("year") ? "\(cell("city")) \(cell("year"))" : cell("city")
            let place = TerminalText.singleLine(
                "\(report) · \(cell("section")) \(cell("heading")) · " + Phrase.hitLine(cell("line")))
            output += TextStyle(enabled: color).apply(.accent, place) + "\n"
            for line in wrapped(cell("sentence")) { output += "  " + highlighted(line) + "\n" }
        }
        if let omitted = table.omitted, omitted.position == table.rows.count {
            output += CellText.omissionLine(omitted, .sentence) + "\n"
        }
        return output + CellText.rowCount(of: table, .sentence) + "\n"
    }

    /// The sentence, sanitised for the terminal (`TerminalText.singleLine`), in lines that fit the
    /// width after a two-column indent (by display width); a visible escape is never split.
    private func wrapped(_ sentence: String) -> [String] {
        guard let width, width > 12 else { return [TerminalText.singleLine(sentence)] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for character in sentence {
            let shown = TerminalText.singleLine(String(character))
            let characterWidth = DisplayWidth.of(shown)
            if lineWidth + characterWidth > width - 2 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            line += shown
            lineWidth += characterWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The sentence with each occurrence of a term in bold yellow (no change without colour).
    private func highlighted(_ sentence: String) -> String {
        guard color else { return sentence }
        var result = sentence
        for term in terms.map(TerminalText.singleLine) where !term.isEmpty {
            result = result.split(separator: term, omittingEmptySubsequences: false)
                .joined(separator: TextStyle(enabled: true).apply(.match, term))
        }
        return result
    }
}
