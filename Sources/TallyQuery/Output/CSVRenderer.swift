/// Writes a result table as comma-separated values: a header row, then one line per row with the
/// exact base values; fields holding a comma, quote or line break are quoted as RFC 4180 says.
public struct CSVRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as CSV, every line ending with a newline. Title and notes are left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        DelimitedRows.render(table, stop: stop) { fields, output in appendLine(fields, to: &output) }
    }

    /// One record; a lone empty field is written as `""` so the line is not blank.
    private func appendLine(_ fields: [String], to output: inout String) {
        if fields.count == 1 && fields[0].isEmpty {
            output += "\"\"\n"
            return
        }
        for (index, field) in fields.enumerated() {
            if index > 0 { output += "," }
            appendField(field, to: &output)
        }
        output += "\n"
    }

    /// A field, quoted (with quotes doubled) when it holds a comma, quote or line break.
    private func appendField(_ field: String, to output: inout String) {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
        guard needsQuotes else {
            output += field
            return
        }
        output += "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { output += "\"" }
            output.unicodeScalars.append(scalar)
        }
        output += "\""
    }
}
