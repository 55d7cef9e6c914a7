/// Writes a result table as tab-separated values: a header row, then one line per row with the
/// exact base values; tabs and line breaks inside a cell become spaces.
public struct TSVRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as TSV, every line ending with a newline. Title and notes are left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        DelimitedRows.render(table, stop: stop) { fields, output in appendLine(fields, to: &output) }
    }

    private func appendLine(_ fields: [String], to output: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output += "\t" }
            output += CellText.withoutTabsOrBreaks(field)
        }
        output += "\n"
    }
}
