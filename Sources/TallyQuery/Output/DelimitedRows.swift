/// The shared shape of CSV and TSV: a header line of the column names, then one line per row of the
/// cells' exact machine texts; each format writes a line its own way. Title and notes are left out.
enum DelimitedRows {
    /// The lines of `table`, each written by `appendLine`; when `stop` is raised (asked at
    /// `StopCheck`'s cadence) the text stops there, incomplete.
    static func render(
        _ table: ResultTable, stop: StopSignal, appendLine: ([String], inout String) -> Void
    ) -> String {
        let columnCount = table.columns.count
        guard columnCount > 0 else { return "" }
        var output = ""
        var check = stop.check()
        appendLine(table.columns, &output)
        var fields: [String] = []
        fields.reserveCapacity(columnCount)
        for row in table.rows.indices {
            if check.shouldStop() { break }
            fields.removeAll(keepingCapacity: true)
            for column in 0..<columnCount { fields.append(table.cell(row: row, column: column).machineText) }
            appendLine(fields, &output)
        }
        return output
    }
}
