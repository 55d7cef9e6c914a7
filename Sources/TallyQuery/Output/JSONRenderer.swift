/// Writes a result table as a pretty-printed JSON array with one object per row, keys in column
/// order and exact base values (a range as `[low, high]`, an empty cell as `null`).
public struct JSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as JSON indented by two spaces, ending with a newline. Title and notes are left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var check = stop.check()
        guard !table.rows.isEmpty else { return "[]\n" }
        var output = "[\n"
        for row in table.rows.indices {
            if check.shouldStop() { break }
            if row > 0 { output += ",\n" }
            output += "  "
            JSONText.appendObject(table, row: row, compact: false, indent: "  ", to: &output)
        }
        output += "\n]\n"
        return output
    }
}
