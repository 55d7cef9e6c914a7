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
        let figureColumns = columns.indices.filter { column in
            rows.indices.contains { row in
                if case .quantity = cell(row: row, column: column) { return true }
                return false
            }
        }
        guard !figureColumns.isEmpty else { return self }
        let given = GivenColumns(columns: columns)
        var plans: [Int: FigurePlan] = [:]
        var taken = Set(columns)
        for column in figureColumns {
            let plan = FigurePlan(
                table: self, column: column, given: given, prefixed: figureColumns.count > 1,
                taken: &taken)
            plans[column] = plan
        }
        var newColumns: [String] = []
        for column in columns.indices {
            newColumns.append(columns[column])
            if let plan = plans[column] { newColumns += plan.extraNames }
        }
        var newRows: [[Cell]] = []
        newRows.reserveCapacity(rows.count)
        for row in rows.indices {
            var cells: [Cell] = []
            cells.reserveCapacity(newColumns.count)
            for column in columns.indices {
                let value = cell(row: row, column: column)
                guard let plan = plans[column] else {
                    cells.append(value)
                    continue
                }
                cells += plan.cells(of: value)
            }
            newRows.append(cells)
        }
        var table = ResultTable(title: title, columns: newColumns, rows: newRows, notes: notes)
        table.omitted = omitted
        return table
    }
}

/// How one column of figures is split into plain cells.
private struct FigurePlan {
    var unitName: String?
    var approxName: String?
    var highName: String?

    init(table: ResultTable, column: Int, given: GivenColumns, prefixed: Bool, taken: inout Set<String>) {
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
        for row in table.rows.indices {
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
        guard case .quantity(let quantity, let lowerBound) = cell else {
            return [cell] + extraNames.map { _ in Cell.empty }
        }
        var cells = [Self.number(quantity.value)]
        if unitName != nil { cells.append(.text(quantity.unit)) }
        if approxName != nil { cells.append(.text(lowerBound ? "more" : quantity.approximation.name)) }
        if highName != nil { cells.append(quantity.high.map(Self.number) ?? .empty) }
        return cells
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
