/// The ways a result table can be printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A box-drawn table for the terminal, figures in report form.
    case table
    /// Comma-separated values (RFC 4180 quoting), exact base values.
    case csv
    /// Tab-separated values, exact base values.
    case tsv
    /// A pretty-printed JSON array of objects, exact base values.
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
    case .csv: CSVRenderer().render(table, stop: stop)
    case .tsv: TSVRenderer().render(table, stop: stop)
    case .json: JSONRenderer().render(table, stop: stop)
    case .jsonl: JSONLinesRenderer().render(table, stop: stop)
    case .markdown: MarkdownRenderer().render(table, stop: stop)
    }
}
