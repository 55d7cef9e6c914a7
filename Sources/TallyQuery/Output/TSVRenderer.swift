/// Writes a result table as tab-separated values: a header row, then one line per row with the
/// exact base values; tabs and line breaks inside a cell become spaces.
public struct TSVRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as TSV, every line ending with a newline. Title and notes are left out.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var output = TextChunks()
        _ = write(table, to: &output, stop: stop)
        return output.text
    }

    /// Writes `rows` as TSV, a row at a time; false when it stopped early (see `DelimitedRows`).
    func write<Rows: RowReading>(_ rows: Rows, to output: inout TextChunks, stop: StopSignal) -> Bool {
        DelimitedRows(separator: 0x09) { field, _, output in appendField(field, to: &output) }
            .write(rows, to: &output, stop: stop)
    }

    /// A field, each tab and line break in it as a space (ASCII, so read byte by byte).
    private func appendField(_ field: String, to output: inout TextChunks) {
        var field = field
        field.withUTF8 { bytes in
            guard bytes.containsByte(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                output.append(bytes)
                return
            }
            for byte in bytes { output.append(byte: byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
        }
    }
}
