/// Writes a result table as JSON Lines: one compact object per row, keys in column order and exact
/// base values (a range as `[low,high]`, an empty cell as `null`).
public struct JSONLinesRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// One line per row, each ending with a newline; no rows give the empty string.
    ///
    /// `shouldStop` is asked every 4,096 rows; when it says yes the text stops there, incomplete.
    public func render(_ table: ResultTable, until shouldStop: () -> Bool = { false }) -> String {
        var output = ""
        for row in table.rows.indices {
            if CellText.isStopCheck(row), shouldStop() { break }
            JSONText.appendObject(table, row: row, compact: true, indent: "", to: &output)
            output += "\n"
        }
        return output
    }
}
