import ReportKit

/// Writes a result table as a GitHub pipe table, figures in report form and numeric columns
/// right-aligned (`---:`).
///
///     | city | total |
///     | --- | ---: |
///     | 合肥 | 4,680万元 |
///
/// A title comes first in bold; the notes follow the table after a blank line, each its own paragraph.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The table as Markdown, every line ending with a newline.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var blocks: [String] = []
        if let title = table.title { blocks.append("**" + Self.escaped(title) + "**\n") }
        if !table.columns.isEmpty { blocks.append(pipeTable(table, stop: stop)) }
        blocks.append(contentsOf: table.notes.map { Self.escaped($0) + "\n" })
        return blocks.joined(separator: "\n")
    }

    private func pipeTable(_ table: ResultTable, stop: StopSignal) -> String {
        var check = stop.check()
        let columnCount = table.columns.count
        var output = ""
        appendLine(table.columns.map(Self.escaped), to: &output)
        let bySize = table.magnitudeColumns()
        let alignments = (0..<columnCount).map { table.isNumericColumn($0) ? "---:" : "---" }
        appendLine(alignments, to: &output)
        var fields: [String] = []
        fields.reserveCapacity(columnCount)
        for row in table.rows.indices {
            if check.shouldStop() { break }
            fields.removeAll(keepingCapacity: true)
            for column in 0..<columnCount {
                fields.append(Self.escaped(table.cell(row: row, column: column).humanText(bySize: bySize[column])))
            }
            appendLine(fields, to: &output)
        }
        return output
    }

    private func appendLine(_ fields: [String], to output: inout String) {
        output += "|"
        for field in fields {
            output += " "
            output += field
            output += " |"
        }
        output += "\n"
    }

    /// `text` on one line with every `|` escaped as `\|`.
    private static func escaped(_ text: String) -> String {
        let line = TerminalText.singleLine(text)
        guard line.utf8.contains(UInt8(ascii: "|")) else { return line }
        var escaped = ""
        for scalar in line.unicodeScalars {
            if scalar == "|" { escaped += "\\" }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }
}
