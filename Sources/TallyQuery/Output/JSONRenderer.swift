/// Writes a result table as a pretty-printed JSON object: `rows`, an array with one object per row
/// (keys in column order, exact base values, an empty cell as `null`), and `notes`, the remarks the
/// screen shows under the table (parts not added, ratios not summed), as an array of strings.
public struct JSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as JSON indented by two spaces, ending with a newline. The title is left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var check = stop.check()
        var output = "{\n  \"rows\": "
        if table.rows.isEmpty {
            output += "[]"
        } else {
            output += "[\n"
            for row in table.rows.indices {
                if check.shouldStop() { return output }
                if row > 0 { output += ",\n" }
                output += "    "
                JSONText.appendObject(table, row: row, compact: false, indent: "    ", to: &output)
            }
            output += "\n  ]"
        }
        output += ",\n  \"notes\": ["
        for (index, note) in table.notes.enumerated() {
            output += index == 0 ? "\n    " : ",\n    "
            JSONText.appendString(note, to: &output)
        }
        output += table.notes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return output
    }
}
