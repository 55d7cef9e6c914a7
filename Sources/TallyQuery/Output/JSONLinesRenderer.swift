/// Writes a result table as JSON Lines: one compact object per row, keys in column order and exact
/// base values (a range as `[low,high]`, an empty cell as `null`).
public struct JSONLinesRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// One line per row, each ending with a newline; no rows give the empty string.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var output = TextChunks()
        _ = write(table, to: &output, stop: stop)
        return output.text
    }

    /// Writes `rows` as JSON Lines, a row at a time; false when it stopped early (`stop` raised, or
    /// the writer of `output` refused a chunk).
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        var check = stop.check()
        let members = JSONText.Members(rows.columns, compact: true, indent: "")
        var cells: [Cell] = []
        cells.reserveCapacity(rows.columns.count)
        for row in 0..<rows.rowCount {
            if check.shouldStop() || !output.rowEnded() { return false }
            rows.cells(row: row, into: &cells)
            JSONText.appendObject(cells, members: members, compact: true, to: &output)
            output.append(byte: 0x0A)
        }
        return true
    }
}
