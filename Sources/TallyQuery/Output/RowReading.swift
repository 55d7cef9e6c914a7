/// What a renderer reads of a result: its columns, its notes, how many rows it has and their cells
/// when asked. A `ResultTable` holds its cells; the rows of a query (`ResultRows`) make each cell as
/// it is read, so a result written to a file row by row is never held whole.
protocol RowReading {
    /// The column names, in order.
    var columns: [String] { get }
    /// Remarks shown under the table.
    var notes: [String] { get }
    /// The number of rows.
    var rowCount: Int { get }
    /// The cell at `row` (below `rowCount`), `column`; `.empty` where the row has none.
    func cell(row: Int, column: Int) -> Cell
    /// Replaces `cells` by the cells of `row`, one per column.
    func cells(row: Int, into cells: inout [Cell])
    /// Whether `column` can hold figures with a unit at all (false when its kind of value says it
    /// cannot, so that no row need be read to know).
    func mayHoldQuantities(_ column: Int) -> Bool
}

extension RowReading {
    func cells(row: Int, into cells: inout [Cell]) {
        cells.removeAll(keepingCapacity: true)
        for column in columns.indices { cells.append(cell(row: row, column: column)) }
    }

    func mayHoldQuantities(_ column: Int) -> Bool { true }

    /// Whether `column` holds a figure with a unit in some row.
    func holdsQuantities(_ column: Int) -> Bool {
        mayHoldQuantities(column)
            && (0..<rowCount).contains { row in
                if case .quantity = cell(row: row, column: column) { return true }
                return false
            }
    }
}

extension ResultTable: RowReading {
    var rowCount: Int { rows.count }
}
