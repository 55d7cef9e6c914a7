import ReportKit
import TallyText

/// What one command produced, ready to render in any output format.
public struct CommandOutput: Sendable {
    /// The shapes of output.
    public enum Body: Sendable {
        /// A result table, its cells made when it is shown or written.
        case table(ResultRows)
        /// A table to draw as a bar chart (as a table in machine formats).
        case chart(ResultTable)
        /// Sentences found by `find`, shown with the terms highlighted (as a table in machine formats).
        case hits(ResultRows, terms: [String])
        /// A line of text: help, or what `let` defined.
        case message(String)
    }

    /// The output.
    public var body: Body
    /// The format the command asked for with `format`, if any.
    public var format: OutputFormat?

    /// The output `body`, in `format` when the command asked for one.
    public init(body: Body, format: OutputFormat? = nil) {
        self.body = body
        self.format = format
    }

    /// The rows of the result, if it has rows, every cell made now.
    public var table: ResultTable? {
        switch body {
        case .table(let rows), .hits(let rows, _): rows.table()
        case .chart(let table): table
        case .message: nil
        }
    }

    /// When the result had more rows than the screen was to show: the rows left out.
    public var omitted: OmittedRows? {
        switch body {
        case .table(let rows), .hits(let rows, _): rows.omitted
        case .chart(let table): table.omitted
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
        guard let (rows, machine) = machineRows(in: format) else {
            return text(in: format, width: width, color: color, expanded: expanded, stop: stop)
        }
        var output = TextChunks()
        _ = machine.write(rows.reader(), to: &output, stop: stop)
        return forTerminal ? TerminalText.shown(output.text) : output.text
    }

    /// Writes the output as `rendered(defaultFormat:width:color:expanded:forTerminal:stop:)` gives
    /// it, the same bytes, to `writer`: in a machine format a row at a time as the cells are made, in
    /// chunks of about 64 KB that each end where a row ends, so the rows are never held whole; in a
    /// format for people in one piece. `writer` returns false when it could not write a chunk, which
    /// ends the writing. True when every chunk was written and `stop` was not raised.
    public func write(
        defaultFormat: OutputFormat = .table, width: Int? = nil, color: Bool = false,
        expanded: ExpandedTables = .off, forTerminal: Bool = false, stop: StopSignal = .never,
        to writer: (String) -> Bool
    ) -> Bool {
        let format = self.format ?? defaultFormat
        guard let (rows, machine) = machineRows(in: format) else {
            let text = text(in: format, width: width, color: color, expanded: expanded, stop: stop)
            return writer(text) && !stop.isRaised
        }
        return withoutActuallyEscaping(writer) { writer in
            var output = TextChunks { chunk in writer(forTerminal ? TerminalText.shown(chunk) : chunk) }
            let complete = machine.write(rows.reader(), to: &output, stop: stop)
            let finished = output.finish()
            return complete && finished && !stop.isRaised
        }
    }

    /// The rows to write in a machine format, when `format` is one and the output has rows.
    private func machineRows(in format: OutputFormat) -> (ResultRows, MachineFormat)? {
        guard let machine = MachineFormat(format) else { return nil }
        switch body {
        case .table(let rows), .hits(let rows, _): return (rows, machine)
        case .chart(let table): return (ResultRows(table), machine)
        case .message: return nil
        }
    }

    /// The output as text for people in `format` (the `table` format or Markdown), or a message.
    private func text(
        in format: OutputFormat, width: Int?, color: Bool, expanded: ExpandedTables, stop: StopSignal
    ) -> String {
        switch body {
        case .message(let text):
            let shown = TerminalText.shown(text)
            return shown.hasSuffix("\n") ? shown : shown + "\n"
        case .table(let rows):
            return render(rows.table(), as: format, maxWidth: width, color: color, expanded: expanded, stop: stop)
        case .chart(let table):
            guard format == .table else {
                return render(table, as: format, maxWidth: width, color: color, expanded: expanded, stop: stop)
            }
            do {
                return try ChartRenderer(maxWidth: width ?? 80, color: color).render(table, stop: stop)
            } catch {
                return error.message + "\n"
            }
        case .hits(let rows, let terms):
            let table = rows.table()
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
