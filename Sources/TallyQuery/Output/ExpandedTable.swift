import ReportKit

/// When a table on the screen is drawn one record per block instead of in columns (`.expanded`),
/// as psql's `\x`.
public enum ExpandedTables: String, Sendable, CaseIterable {
    /// Always one record per block.
    case on
    /// Always in columns (narrowed to fit the window).
    case off
    /// One record per block when the columns would be wider than the window.
    case auto
}

/// A table drawn one record per block, each field on its own line as `field │ value`:
///
///     ─[ 1 ]──────────────
///     city  │ 合肥
///     total │ 4,680万元
///     ─[ 2 ]──────────────
///     …
///
/// Field names line up by display width (a Chinese character takes two columns); a value longer
/// than the window is cut with `…`. Nothing is left out, so no key column is ever cut away.
struct ExpandedTableRenderer {
    /// The window width values are fitted to; nil for no limit.
    var maxWidth: Int?
    /// Whether to dim the borders and make the field names bold.
    var color: Bool

    /// The records of `table` with their headers `headers`, every line ending with a newline.
    func render(_ table: ResultTable, headers: [String], stop: StopSignal) -> String {
        var check = stop.check()
        let style = TextStyle(enabled: color)
        let labelWidth = headers.map { DisplayWidth.of($0) }.max() ?? 0
        let valueWidth = maxWidth.map { max(TableRenderer.narrowestTextColumn, $0 - labelWidth - 3) }
        let ruleWidth = min(maxWidth ?? 40, labelWidth + 3 + 20)
        let bar = style.apply(.dim, "│")
        let words = ShownWords.valueWords(table.columns)
        let bySize = table.magnitudeColumns()
        var output = ""
        func omission(_ omitted: OmittedRows) {
            output += CellText.omissionLine(omitted) + "\n"
        }
        for row in table.rows.indices {
            if check.shouldStop() { break }
            if let omitted = table.omitted, omitted.position == row { omission(omitted) }
            let number = row + 1 + (table.omitted.map { row >= $0.position ? $0.count : 0 } ?? 0)
            let label = "─[ \(number) ]"
            let fill = String(repeating: "─", count: max(1, ruleWidth - DisplayWidth.of(label)))
            output += style.apply(.dim, label + fill) + "\n"
            for column in headers.indices {
                var value = TerminalText.singleLine(
                    ShownWords.text(table.cell(row: row, column: column), words: words[column], bySize: bySize[column]))
                if let valueWidth, DisplayWidth.of(value) > valueWidth {
                    value = DisplayWidth.truncated(value, toWidth: valueWidth)
                }
                let name = style.apply(.heading, DisplayWidth.padded(headers[column], toWidth: labelWidth))
                output += name + " " + bar + (value.isEmpty ? "" : " " + value) + "\n"
            }
        }
        if let omitted = table.omitted, omitted.position == table.rows.count { omission(omitted) }
        return output
    }
}
