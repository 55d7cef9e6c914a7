/// The ways a result table can be printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A box-drawn table for the terminal, figures in report form.
    case table
    /// Comma-separated values (RFC 4180 quoting), exact base values (`ResultTable.lossless()`).
    case csv
    /// Tab-separated values, exact base values.
    case tsv
    /// A pretty-printed JSON object: the rows as an array of objects with exact base values, and
    /// the table's notes.
    case json
    /// One compact JSON object per line, exact base values.
    case jsonl
    /// A GitHub pipe table, figures in report form.
    case markdown
}

/// `table` printed in `format`. `maxWidth` (terminal columns), `color` (ANSI SGR codes) and
/// `expanded` (one record per block) apply to the `table` format only. Every line, the last included, ends with a newline, so write the result
/// with `print(text, terminator: "")`. When `stop` is raised the text stops
/// there, incomplete.
public func render(
    _ table: ResultTable, as format: OutputFormat, maxWidth: Int? = nil, color: Bool = false,
    expanded: ExpandedTables = .off, stop: StopSignal = .never
) -> String {
    if let machine = MachineFormat(format) {
        var output = TextChunks()
        _ = machine.write(table, to: &output, stop: stop)
        return output.text
    }
    return format == .markdown
        ? MarkdownRenderer().render(table, stop: stop)
        : TableRenderer(maxWidth: maxWidth, color: color, expanded: expanded).render(table, stop: stop)
}

/// A format for other programs, which writes every row with exact values, a row at a time.
enum MachineFormat {
    case csv, tsv, json, jsonl

    /// The machine format `format` is, or nil for a format for people.
    init?(_ format: OutputFormat) {
        switch format {
        case .csv: self = .csv
        case .tsv: self = .tsv
        case .json: self = .json
        case .jsonl: self = .jsonl
        case .table, .markdown: return nil
        }
    }

    /// Writes `rows` to `output` a row at a time, each row's figures split as it is read
    /// (`LosslessRows`). False when it stopped early (`stop` raised, or the writer of `output`
    /// refused a chunk).
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        let split = LosslessRows(rows)
        switch self {
        case .csv: return CSVRenderer().write(split, to: &output, stop: stop)
        case .tsv: return TSVRenderer().write(split, to: &output, stop: stop)
        case .json: return JSONRenderer().write(split, to: &output, stop: stop)
        case .jsonl: return JSONLinesRenderer().write(split, to: &output, stop: stop)
        }
    }
}

extension OutputFormat {
    /// Whether the format is for other programs (exact values, every row) rather than for people.
    public var isMachineFormat: Bool { MachineFormat(self) != nil }
}

extension OutputFormat {
    /// Whether `--bom` puts a UTF-8 byte-order mark before the format (CSV and TSV, for Excel and
    /// WPS; never JSON, which must not start with one).
    public var takesByteOrderMark: Bool { self == .csv || self == .tsv }
}
