import ReportKit
import TallyText

/// Why a table cannot be drawn as a chart.
public struct ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence saying what the table lacks.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Draws a result table as a horizontal bar chart, bars in Unicode blocks at eighth precision:
///
///     合肥 元 ████████████████████▍ 4,680万元
///     黄山 元 ██████▊               1,560万元
///
/// Bars of different units are scaled separately, so a chart never sets 元 against 人次.
/// Each row's label is its text cells joined by a space; its value is the last column of figures with
/// units (a `total`), else the last numeric column. The
/// largest value fills the bar area; negative values get no bar, only their value. The title, if
/// any, comes first and the notes follow.
public struct ChartRenderer: Sendable {
    /// The terminal width to fit; the bar area gets what the labels and values leave, at least 10 columns.
    public var maxWidth: Int
    /// Whether to colour the bars with ANSI SGR codes.
    public var color: Bool

    /// The bar area is never narrower than this many columns.
    static let narrowestBar = 10

    /// Eighth blocks for the end of a bar, indexed by eighths (1–7).
    private static let partialBlocks: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Creates a renderer.
    public init(maxWidth: Int = 80, color: Bool = false) {
        self.maxWidth = maxWidth
        self.color = color
    }

    /// The chart, every line ending with a newline; a table without rows gives `0 rows`.
    /// Throws when the table has no text column to label bars or no numeric column to size them.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) throws(ChartError) -> String {
        var output = ""
        if let title = table.title { output += TerminalText.singleLine(title) + "\n" }
        if table.rows.isEmpty {
            output += CellText.rowCount(0) + "\n"
        } else {
            output += try bars(table, stop: stop)
            if table.omitted != nil { output += CellText.rowCount(of: table) + "\n" }
        }
        for note in table.notes { output += TerminalText.singleLine(note) + "\n" }
        return output
    }

    /// Throws when `table` has rows but no text column to label bars or no numeric column to size
    /// them, so that a pipeline ending in `chart` can report it as a mistake in the statement.
    public static func check(_ table: ResultTable) throws(ChartError) {
        if !table.rows.isEmpty { _ = try valueColumn(of: table) }
    }

    /// The column whose numbers size the bars: the last with figures with units, else the last
    /// numeric one.
    private static func valueColumn(of table: ResultTable) throws(ChartError) -> Int {
        let columns = table.columns.indices
        let hasLabel = table.rows.contains { row in
            row.prefix(table.columns.count).contains { if case .text = $0 { true } else { false } }
        }
        let quantityColumn = columns.last { column in
            table.rows.contains { row in
                if column < row.count, case .quantity = row[column] { return true }
                return false
            }
        }
        guard hasLabel, let valueColumn = quantityColumn ?? columns.last(where: table.isNumericColumn) else {
            throw ChartError(Phrase.chartNeedsColumns())
        }
        return valueColumn
    }

    private func bars(_ table: ResultTable, stop: StopSignal) throws(ChartError) -> String {
        var check = stop.check()
        let columns = table.columns.indices
        let valueColumn = try Self.valueColumn(of: table)

        var labels: [String] = []
        var values: [Double?] = []
        var valueTexts: [String] = []
        var units: [String] = []
        for row in table.rows.indices {
            var parts: [String] = []
            for column in columns {
                if case .text(let text) = table.cell(row: row, column: column) { parts.append(text) }
            }
            labels.append(TerminalText.singleLine(parts.joined(separator: " ")))
            let cell = table.cell(row: row, column: valueColumn)
            if case .quantity(let quantity, _) = cell { units.append(quantity.unit) } else { units.append("") }
            values.append(cell.chartValue)
            valueTexts.append(TerminalText.singleLine(cell.humanText))
        }

        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        var labelWidths = labels.map { DisplayWidth.of($0) }
        var labelWidth = labelWidths.max() ?? 0
        let labelRoom = max(3, maxWidth - valueWidth - Self.narrowestBar - 2)
        if labelWidth > labelRoom {
            for index in labels.indices where labelWidths[index] > labelRoom {
                labels[index] = DisplayWidth.truncated(labels[index], toWidth: labelRoom)
                labelWidths[index] = DisplayWidth.of(labels[index])
            }
            labelWidth = labelWidths.max() ?? 0
        }
        let barWidth = max(Self.narrowestBar, maxWidth - labelWidth - valueWidth - 2)
        // Bars of different units never share a scale: each unit's largest value fills the width.
        var largestByUnit: [String: Double] = [:]
        for (value, unit) in zip(values, units) {
            guard let value, value.isFinite else { continue }
            largestByUnit[unit] = max(largestByUnit[unit] ?? value, value)
        }

        var output = ""
        for index in labels.indices {
            if check.shouldStop() { break }
            if index == table.omitted?.position, let omitted = table.omitted {
                output += CellText.omissionLine(omitted) + "\n"
            }
            output += labels[index]
            output += String(repeating: " ", count: labelWidth - labelWidths[index] + 1)
            let largest = largestByUnit[units[index]] ?? 0
            let eighths = largest > 0 ? self.eighths(values[index], of: largest, width: barWidth) : 0
            output += TextStyle(enabled: color && eighths > 0).apply(.accent, bar(eighths))
            output += String(repeating: " ", count: barWidth - (eighths + 7) / 8 + 1)
            let value = valueTexts[index]
            output += String(repeating: " ", count: valueWidth - DisplayWidth.of(value))
            output += value
            while output.hasSuffix(" ") { output.removeLast() }
            output += "\n"
        }
        if let omitted = table.omitted, omitted.position == labels.count {
            output += CellText.omissionLine(omitted) + "\n"
        }
        return output
    }

    /// The bar length of `value` in eighths of a column, the largest value filling `width` columns;
    /// a positive value gets at least one eighth, a negative or missing one none.
    private func eighths(_ value: Double?, of largest: Double, width: Int) -> Int {
        guard let value, value.isFinite, value > 0 else { return 0 }
        let total = width * 8
        return min(total, max(1, Int((value / largest * Double(total)).rounded())))
    }

    /// Full blocks for every eight eighths, then one partial block for the rest.
    private func bar(_ eighths: Int) -> String {
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar.append(Self.partialBlocks[eighths % 8]) }
        return bar
    }
}
