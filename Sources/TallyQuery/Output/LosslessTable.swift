import ReportKit

extension ResultTable {
    /// The table as files for other programs get it: every figure split into plain cells, so that
    /// nothing the screen shows is lost and every value is one number a spreadsheet or database reads.
    ///
    /// A column of figures `C` becomes its value in base units (full precision), followed by what the
    /// number alone does not say: `unit`, `approx` (`exact`, `more` for `余`/`以上` and for a `≥`
    /// total, `about`, `less`) and, when some figure is a range, `high`. These columns are named
    /// `C_unit`, `C_approx`, `C_high` when the table has several figure columns (or already a column
    /// of that name); a unit already given by the table's own `unit` column on every row is not
    /// repeated. Other cells are kept as they are. Title and notes are kept for the formats that
    /// carry them.
    public func lossless() -> ResultTable {
        let split = LosslessRows(self)
        guard split.splitsFigures else { return self }
        var table = split.materialized()
        table.title = title
        table.omitted = omitted
        return table
    }
}

/// The rows of a result as `ResultTable.lossless()` makes them, each row's figures split as the row
/// is read: the machine formats write a result of any size this way without a second copy of it.
struct LosslessRows<Base: RowReading>: RowReading {
    private let base: Base
    /// The column names after the split.
    let columns: [String]
    /// For each column of `base`, how its figures are split; nil for a column without figures.
    private let plans: [FigurePlan?]
    /// For each column after the split, the column of `base` it comes from and its place among the
    /// cells that column is split into.
    private let sources: [(column: Int, part: Int)]

    /// The rows of `base`, its columns of figures planned from every row.
    init(_ base: Base) {
        self.base = base
        let figureColumns = base.columns.indices.filter(base.holdsQuantities)
        let given = GivenColumns(columns: base.columns)
        var plans = [FigurePlan?](repeating: nil, count: base.columns.count)
        var taken = Set(base.columns)
        for column in figureColumns {
            plans[column] = FigurePlan(
                rows: base, column: column, given: given, prefixed: figureColumns.count > 1, taken: &taken)
        }
        var columns: [String] = []
        var sources: [(column: Int, part: Int)] = []
        for (column, name) in base.columns.enumerated() {
            let names = [name] + (plans[column]?.extraNames ?? [])
            columns += names
            sources += names.indices.map { (column, $0) }
        }
        self.plans = plans
        self.columns = columns
        self.sources = sources
    }

    /// Whether some column holds figures, so that the rows differ from those of `base`.
    var splitsFigures: Bool { plans.contains { $0 != nil } }

    var notes: [String] { base.notes }
    var rowCount: Int { base.rowCount }

    func cell(row: Int, column: Int) -> Cell {
        let (source, part) = sources[column]
        let value = base.cell(row: row, column: source)
        guard let plan = plans[source] else { return value }
        return plan.cells(of: value)[part]
    }

    func materialized() -> ResultTable {
        var cells: [Cell] = []
        var rows: [[Cell]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            self.cells(row: row, into: &cells)
            rows.append(cells)
        }
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    func cells(row: Int, into cells: inout [Cell]) {
        cells.removeAll(keepingCapacity: true)
        for column in base.columns.indices {
            let value = base.cell(row: row, column: column)
            if let plan = plans[column] {
                plan.append(value, to: &cells)
            } else {
                cells.append(value)
            }
        }
    }
}

/// How one column of figures is split into plain cells.
private struct FigurePlan {
    var unitName: String?
    var approxName: String?
    var highName: String?

    init(
        rows table: some RowReading, column: Int, given: GivenColumns, prefixed: Bool, taken: inout Set<String>
    ) {
        let name = table.columns[column]
        func fresh(_ word: String) -> String {
            let plain = prefixed || taken.contains(word) ? name + "_" + word : word
            var candidate = plain
            var number = 2
            while taken.contains(candidate) {
                candidate = plain + "_\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
        var unitGiven = given.unit != nil
        var approxGiven = given.approx != nil
        var highGiven = given.high != nil
        var anyRange = false
        for row in 0..<table.rowCount {
            guard case .quantity(let quantity, let lowerBound) = table.cell(row: row, column: column) else { continue }
            if quantity.high != nil { anyRange = true }
            if unitGiven, let unit = given.unit, table.cell(row: row, column: unit) != .text(quantity.unit) {
                unitGiven = false
            }
            let word = lowerBound ? "more" : quantity.approximation.name
            if approxGiven, let approx = given.approx, table.cell(row: row, column: approx) != .text(word) {
                approxGiven = false
            }
            if highGiven, let high = given.high, quantity.high != nil, table.cell(row: row, column: high).isEmptyCell {
                highGiven = false
            }
        }
        unitName = unitGiven ? nil : fresh("unit")
        approxName = approxGiven ? nil : fresh("approx")
        highName = anyRange && !highGiven ? fresh("high") : nil
    }

    /// The names of the columns added after the value's own.
    var extraNames: [String] { [unitName, approxName, highName].compactMap { $0 } }

    /// The value's cell and the cells added after it.
    func cells(of cell: Cell) -> [Cell] {
        var cells: [Cell] = []
        append(cell, to: &cells)
        return cells
    }

    /// Appends the value's cell and the cells added after it.
    func append(_ cell: Cell, to cells: inout [Cell]) {
        guard case .quantity(let quantity, let lowerBound) = cell else {
            cells.append(cell)
            for name in [unitName, approxName, highName] where name != nil { cells.append(.empty) }
            return
        }
        cells.append(Self.number(quantity.value))
        if unitName != nil { cells.append(.text(quantity.unit)) }
        if approxName != nil { cells.append(.text(lowerBound ? "more" : quantity.approximation.name)) }
        if highName != nil { cells.append(quantity.high.map(Self.number) ?? .empty) }
    }

    /// A number as a cell: whole numbers as integers.
    private static func number(_ value: Double) -> Cell {
        value == value.rounded() && abs(value) < 9e15 ? .integer(Int(value)) : .number(value)
    }

}

/// The table's own columns that already say a figure's unit, qualifier or high end (by their
/// English or Chinese field name).
private struct GivenColumns {
    var unit: Int?
    var approx: Int?
    var high: Int?

    init(columns: [String]) {
        func index(_ field: Field) -> Int? { columns.firstIndex { $0 == field.english || $0 == field.chinese } }
        unit = index(.unit)
        approx = index(.approx)
        high = index(.high)
    }
}

extension Cell {
    /// Whether the cell is `.empty`.
    fileprivate var isEmptyCell: Bool {
        if case .empty = self { return true }
        return false
    }
}
