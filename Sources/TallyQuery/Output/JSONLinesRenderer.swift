/// Writes a result table as JSON Lines: one compact object per row, keys in column order and exact
/// base values (a range as `[low,high]`, an empty cell as `null`).
public struct JSONLinesRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// One line per row, each ending with a newline; no rows give the empty string.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var check = stop.check()
        var output = ""
        for row in table.rows.indices {
            if check.shouldStop() { break }
            JSONText.appendObject(table, row: row, compact: true, indent: "", to: &output)
            output += "\n"
        }
        return output
    }
}
