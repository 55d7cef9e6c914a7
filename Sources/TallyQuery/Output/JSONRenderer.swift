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
        var output = TextChunks()
        _ = write(table, to: &output, stop: stop)
        return output.text
    }

    /// Writes `rows` as JSON, a row at a time; false when it stopped early (`stop` raised, or the
    /// writer of `output` refused a chunk).
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        var check = stop.check()
        output.append("{\n  \"rows\": ")
        if rows.rowCount == 0 {
            output.append("[]")
        } else {
            output.append("[\n")
            let members = JSONText.Members(rows.columns, compact: false, indent: "    ")
            var cells: [Cell] = []
            cells.reserveCapacity(rows.columns.count)
            for row in 0..<rows.rowCount {
                if check.shouldStop() || !output.rowEnded() { return false }
                output.append(row > 0 ? ",\n    " : "    ")
                rows.cells(row: row, into: &cells)
                JSONText.appendObject(cells, members: members, compact: false, to: &output)
            }
            output.append("\n  ]")
        }
        output.append(",\n  \"notes\": [")
        for (index, note) in rows.notes.enumerated() {
            output.append(index == 0 ? "\n    " : ",\n    ")
            JSONText.appendString(note, to: &output)
        }
        output.append(rows.notes.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return true
    }
}
