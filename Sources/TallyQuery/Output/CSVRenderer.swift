/// Writes a result table as comma-separated values: a header row, then one line per row with the
/// exact base values; fields holding a comma, quote or line break are quoted as RFC 4180 says.
public struct CSVRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as CSV, every line ending with a newline. Title and notes are left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var output = TextChunks()
        _ = write(table, to: &output, stop: stop)
        return output.text
    }

    /// Writes `rows` as CSV, a row at a time; false when it stopped early (see `DelimitedRows`).
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        DelimitedRows(separator: UInt8(ascii: ",")) { field, alone, output in
            appendField(field, alone: alone, to: &output)
        }.write(rows, to: &output, stop: stop)
    }

    /// A field, quoted (with quotes doubled) when it holds a comma, quote or line break. These are
    /// ASCII, and no byte of a longer UTF-8 sequence is, so the field is read byte by byte. A lone
    /// empty field (`alone` on its line) is written as `""` so the line is not blank.
    private func appendField(_ field: String, alone: Bool, to output: inout TextChunks) {
        if alone && field.isEmpty {
            output.append("\"\"")
            return
        }
        var field = field
        field.withUTF8 { bytes in
            let needsQuotes = bytes.containsByte { byte in
                byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
            }
            guard needsQuotes else {
                output.append(bytes)
                return
            }
            // Quoted: the runs between quotes copied whole, each quote written twice.
            output.append(byte: UInt8(ascii: "\""))
            var start = 0
            while let quote = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) {
                output.append(UnsafeBufferPointer(rebasing: bytes[start...quote]))
                output.append(byte: UInt8(ascii: "\""))
                start = quote + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[start...]))
            output.append(byte: UInt8(ascii: "\""))
        }
    }
}
