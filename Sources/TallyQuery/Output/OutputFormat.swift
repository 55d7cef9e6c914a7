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
    switch format {
    case .table: TableRenderer(maxWidth: maxWidth, color: color, expanded: expanded).render(table, stop: stop)
    case .csv: CSVRenderer().render(table.lossless(), stop: stop)
    case .tsv: TSVRenderer().render(table.lossless(), stop: stop)
    case .json: JSONRenderer().render(table.lossless(), stop: stop)
    case .jsonl: JSONLinesRenderer().render(table.lossless(), stop: stop)
    case .markdown: MarkdownRenderer().render(table, stop: stop)
    }
}

extension OutputFormat {
    /// Whether the format is for other programs (exact values, every row) rather than for people.
    public var isMachineFormat: Bool {
        switch self {
        case .csv, .tsv, .json, .jsonl: true
        case .table, .markdown: false
        }
    }
}

extension OutputFormat {
    /// Whether `--bom` puts a UTF-8 byte-order mark before the format (CSV and TSV, for Excel and
    /// WPS; never JSON, which must not start with one).
    public var takesByteOrderMark: Bool { self == .csv || self == .tsv }
}
