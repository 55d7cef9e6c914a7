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

/// `table` printed in `format`. `maxWidth` (terminal columns) and `color` (ANSI SGR codes) apply to
/// the `table` format only. Every line, the last included, ends with a newline, so write the result
/// with `print(text, terminator: "")`. `shouldStop` is asked every 4,096 rows; when it says yes the
/// text stops there, incomplete.
public func render(
    _ table: ResultTable, as format: OutputFormat, maxWidth: Int? = nil, color: Bool = false,
    until shouldStop: () -> Bool = { false }
) -> String {
    switch format {
    case .table: TableRenderer(maxWidth: maxWidth, color: color).render(table, until: shouldStop)
    case .csv: CSVRenderer().render(table, until: shouldStop)
    case .tsv: TSVRenderer().render(table, until: shouldStop)
    case .json: JSONRenderer().render(table, until: shouldStop)
    case .jsonl: JSONLinesRenderer().render(table, until: shouldStop)
    case .markdown: MarkdownRenderer().render(table, until: shouldStop)
    }
}
