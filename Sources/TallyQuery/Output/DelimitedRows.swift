/// The shared shape of CSV and TSV: a header line of the column names, then one line per row of the
/// cells' exact machine texts, fields apart by `separator`; each format writes a field its own way.
/// Title and notes are left out.
struct DelimitedRows {
    /// The byte between two fields.
    let separator: UInt8
    /// Appends one field; `alone` when it is the only field of its line.
    let appendField: (_ field: String, _ alone: Bool, _ output: inout TextChunks) -> Void

    /// Writes the lines of `rows` to `output`, a row at a time. False when it stopped early: `stop`
    /// was raised (asked at `StopCheck`'s cadence) or the writer of `output` refused a chunk; the
    /// text then stops there, incomplete.
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        let columnCount = rows.columns.count
        guard columnCount > 0 else { return true }
        let alone = columnCount == 1
        var check = stop.check()
        for (index, name) in rows.columns.enumerated() {
            if index > 0 { output.append(byte: separator) }
            appendField(name, alone, &output)
        }
        output.append(byte: 0x0A)
        var cells: [Cell] = []
        cells.reserveCapacity(columnCount)
        for row in 0..<rows.rowCount {
            if check.shouldStop() || !output.rowEnded() { return false }
            rows.cells(row: row, into: &cells)
            for (index, cell) in cells.enumerated() {
                if index > 0 { output.append(byte: separator) }
                appendField(cell.machineText, alone, &output)
            }
            output.append(byte: 0x0A)
        }
        return true
    }
}
