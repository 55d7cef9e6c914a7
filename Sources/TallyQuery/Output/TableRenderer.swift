import ReportKit

/// Draws a result table with box-drawing characters for the terminal: figures in report form and
/// right-aligned, text left-aligned, columns sized by display width (a Chinese character takes two).
///
///     ┌──────┬───────────┐
///     │ city │     total │
///     ├──────┼───────────┤
///     │ 合肥 │ 4,680万元 │
///     └──────┴───────────┘
///     1 row
///
/// The title, if any, comes first; the row count and then each note follow the table. Rows left out
/// (`ResultTable.omitted`) are one row of `…` in every column, and the count says how many were shown.
public struct TableRenderer: Sendable {
    /// The terminal width to fit: the widest text columns are narrowed (cells cut with `…`) until the
    /// table fits or every text column is down to three columns. Nil for no limit.
    public var maxWidth: Int?
    /// Whether to emit ANSI SGR codes: a bold header and dim borders.
    public var color: Bool
    /// Whether the table is drawn one record per block (`ExpandedTableRenderer`): always, never,
    /// or when its columns would be wider than `maxWidth`.
    public var expanded: ExpandedTables

    /// Text columns are never narrowed below this many display columns.
    static let narrowestTextColumn = 3

    /// Creates a renderer.
    public init(maxWidth: Int? = nil, color: Bool = false, expanded: ExpandedTables = .off) {
        self.maxWidth = maxWidth
        self.color = color
        self.expanded = expanded
    }

    /// The table as box-drawn text, every line ending with a newline.
    ///
    /// When `stop` is raised the text stops there, incomplete.
    public func render(_ table: ResultTable, stop: StopSignal = .never) -> String {
        var output = ""
        if let title = table.title { output += TerminalText.singleLine(title) + "\n" }
        if !table.columns.isEmpty {
            output +=
                isExpanded(table)
                ? ExpandedTableRenderer(maxWidth: maxWidth, color: color)
                    .render(table, headers: ShownWords.headers(table.columns), stop: stop)
                : box(table, stop: stop)
        }
        output += CellText.rowCount(of: table) + "\n"
        for note in table.notes { output += TerminalText.singleLine(note) + "\n" }
        return output
    }

    /// Whether `table` is drawn one record per block: `.on`, or `.auto` when its columns at their
    /// natural widths are wider than `maxWidth`.
    private func isExpanded(_ table: ResultTable) -> Bool {
        switch expanded {
        case .on: return true
        case .off: return false
        case .auto:
            guard let maxWidth else { return false }
            var widths = ShownWords.headers(table.columns).map { DisplayWidth.of($0) }
            let words = ShownWords.valueWords(table.columns)
            let bySize = table.magnitudeColumns()
            var check = StopSignal.never.check()
            for row in table.rows.indices {
                if check.shouldStop() { break }
                for column in widths.indices {
                    widths[column] = max(
                        widths[column],
                        DisplayWidth.of(
                            ShownWords.text(
                                table.cell(row: row, column: column), words: words[column], bySize: bySize[column])))
                }
            }
            return widths.reduce(3 * widths.count + 1, +) > maxWidth
        }
    }

    /// The box: borders, header and rows.
    private func box(_ table: ResultTable, stop: StopSignal) -> String {
        var check = stop.check()
        let columnCount = table.columns.count
        let numeric = (0..<columnCount).map(table.isNumericColumn)
        let bySize = table.magnitudeColumns()
        var headers = ShownWords.headers(table.columns)
        let words = ShownWords.valueWords(table.columns)
        var headerWidths = headers.map { DisplayWidth.of($0) }
        var texts: [String] = []
        var textWidths: [Int] = []
        var rightAligned: [Bool] = []
        texts.reserveCapacity(table.rows.count * columnCount)
        textWidths.reserveCapacity(texts.capacity)
        rightAligned.reserveCapacity(texts.capacity)
        var widths = headerWidths
        for row in table.rows.indices {
            if check.shouldStop() { return "" }
            for column in 0..<columnCount {
                let cell = table.cell(row: row, column: column)
                let text = TerminalText.singleLine(ShownWords.text(cell, words: words[column], bySize: bySize[column]))
                let width = DisplayWidth.of(text)
                texts.append(text)
                textWidths.append(width)
                rightAligned.append(cell.isNumeric)
                widths[column] = max(widths[column], width)
            }
        }

        let fitted = fit(widths, numeric: numeric)
        for column in 0..<columnCount where fitted[column] < widths[column] {
            let limit = fitted[column]
            if headerWidths[column] > limit {
                headers[column] = DisplayWidth.truncated(headers[column], toWidth: limit)
                headerWidths[column] = DisplayWidth.of(headers[column])
            }
            for index in stride(from: column, to: texts.count, by: columnCount) where textWidths[index] > limit {
                texts[index] = DisplayWidth.truncated(texts[index], toWidth: limit)
                textWidths[index] = DisplayWidth.of(texts[index])
            }
        }

        let blanks = String(repeating: " ", count: (fitted.max() ?? 0))
        let bar = TextStyle(enabled: color).apply(.dim, "│")
        let lineWidth = fitted.reduce(3 * columnCount + 1, +)
        var output = ""
        output.reserveCapacity((table.rows.count + 4) * lineWidth * 2)

        func appendLine(cellAt: (Int) -> (text: String, width: Int, right: Bool)) {
            output += bar
            for column in 0..<columnCount {
                let (text, width, right) = cellAt(column)
                let padding = blanks.prefix(fitted[column] - width)
                output += " "
                if right { output += padding }
                output += text
                if !right { output += padding }
                output += " "
                output += bar
            }
            output += "\n"
        }

        output += rule("┌", "┬", "┐", fitted)
        appendLine { column in
            (TextStyle(enabled: color).apply(.heading, headers[column]), headerWidths[column], numeric[column])
        }
        output += rule("├", "┼", "┤", fitted)
        for row in table.rows.indices {
            if check.shouldStop() { break }
            if row == table.omitted?.position {
                appendLine { column in ("…", 1, numeric[column]) }
            }
            let start = row * columnCount
            appendLine { column in
                (texts[start + column], textWidths[start + column], rightAligned[start + column])
            }
        }
        if table.omitted?.position == table.rows.count {
            appendLine { column in ("…", 1, numeric[column]) }
        }
        output += rule("└", "┴", "┘", fitted)
        return output
    }

    /// Column widths that fit `maxWidth`: the widest text column is narrowed first, repeatedly.
    private func fit(_ widths: [Int], numeric: [Bool]) -> [Int] {
        guard let maxWidth else { return widths }
        var fitted = widths
        var excess = fitted.reduce(3 * fitted.count + 1, +) - maxWidth
        let textColumns = fitted.indices.filter { !numeric[$0] }
        while excess > 0 {
            let candidates = textColumns.filter { fitted[$0] > Self.narrowestTextColumn }
            guard let widest = candidates.max(by: { fitted[$0] < fitted[$1] }) else { break }
            let runnerUp = candidates.lazy.filter { $0 != widest }.map { fitted[$0] }.max() ?? 0
            let floor = max(Self.narrowestTextColumn, runnerUp)
            let step = max(1, min(excess, fitted[widest] - floor))
            fitted[widest] -= step
            excess -= step
        }
        return fitted
    }

    /// A horizontal border line such as `┌──┬──┐`, dimmed when colour is on.
    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        let line = left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        return TextStyle(enabled: color).apply(.dim, line) + "\n"
    }
}
