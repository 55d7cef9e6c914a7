import ReportKit

/// The rows of a query's result, their cells made when they are read: from the corpus columns for
/// measures and sentences, from the values of a table, or by a computed source (`targets`). A
/// result written in a machine format goes out a row at a time, each row's cells made as it is
/// written, so a million measures never exist as a table; `table()` makes every cell at once.
public struct ResultRows: Sendable {
    /// The column names, in order.
    public let columns: [String]
    /// Remarks shown under the table.
    public let notes: [String]
    /// When the result had more rows than the screen was to show: the rows left out.
    public let omitted: OmittedRows?
    /// The number of rows held, without the omitted ones.
    public let count: Int
    private let source: Source

    /// Where the cells come from.
    private enum Source: Sendable {
        /// A table whose cells are made already.
        case cells(ResultTable)
        /// A table of values, each made a cell when read.
        case values(RowTable)
        /// A computed table's kept rows.
        case computed(ComputedTable)
        /// Fields of measures or sentences (`rows` are their indices).
        case fields([Field], RowFields, rows: [Int32])
    }

    private init(columns: [String], notes: [String], omitted: OmittedRows?, count: Int, source: Source) {
        self.columns = columns
        self.notes = notes
        self.omitted = omitted
        self.count = count
        self.source = source
    }

    /// The rows of `table`, as they are.
    public init(_ table: ResultTable) {
        self.init(
            columns: table.columns, notes: table.notes, omitted: table.omitted, count: table.rows.count,
            source: .cells(table))
    }

    /// The rows of a table of values.
    init(values table: RowTable, omitted: OmittedRows?) {
        self.init(
            columns: table.columns.map(\.name), notes: table.notes, omitted: omitted, count: table.rows.count,
            source: .values(table))
    }

    /// The kept rows of a computed table.
    init(computed table: ComputedTable, omitted: OmittedRows?) {
        self.init(
            columns: table.columns.map(\.name), notes: table.notes, omitted: omitted, count: table.rows.count,
            source: .computed(table))
    }

    /// `fields` of the measures or sentences `rows`, read through `access`.
    init(fields: [Field], of access: RowFields, rows: [Int32], omitted: OmittedRows?) {
        self.init(
            columns: fields.map(\.english), notes: [], omitted: omitted, count: rows.count,
            source: .fields(fields, access, rows: rows))
    }

    /// The number of rows of the result, the omitted ones included.
    public var totalRowCount: Int { count + (omitted?.count ?? 0) }

    /// Every row, each cell made now.
    public func table() -> ResultTable {
        switch source {
        case .cells(let table): return table
        case .values(let table): return withOmitted(table).result()
        case .computed(let table): return withOmitted(table.materialized(rows: table.rows)).result()
        case .fields: return reader().materialized()
        }
    }

    /// `table` with this result's omitted rows.
    private func withOmitted(_ table: RowTable) -> RowTable {
        var table = table
        table.omitted = omitted
        return table
    }

    /// A reader of the rows, which makes each cell when it is asked for.
    func reader() -> Reader {
        let readers: [(Int) -> Cell]
        var numeric: [Bool] = columns.map { _ in true }
        switch source {
        case .cells(let table):
            readers = columns.indices.map { column in { table.cell(row: $0, column: column) } }
        case .values(let table):
            let rows = table.rows
            readers = columns.indices.map { column in { column < rows[$0].count ? rows[$0][column].cell : .empty } }
        case .computed(let table):
            let (source, ids) = (table.source, table.rows)
            readers = columns.indices.map { column in { source.value(column: column, row: Int(ids[$0])).cell } }
        case .fields(let fields, let access, let ids):
            numeric = fields.map { $0.definition.type == .number }
            readers = fields.map { field in
                guard let accessor = try? access.accessor(.known(field), at: SourceSpan(start: 0, end: 0)) else {
                    return { _ in .empty }
                }
                return { accessor(Int(ids[$0])).cell }
            }
        }
        return Reader(rows: self, readers: readers, numeric: numeric)
    }

    /// Reads the rows' cells: one closure per column, from a row's position to its cell.
    struct Reader: RowReading {
        let rows: ResultRows
        let readers: [(Int) -> Cell]
        /// For each column, whether its values may be numbers (false for a field of text or flags,
        /// which holds no figures).
        let numeric: [Bool]

        var columns: [String] { rows.columns }
        var notes: [String] { rows.notes }
        var rowCount: Int { rows.count }

        func cell(row: Int, column: Int) -> Cell {
            readers[column](row)
        }

        func mayHoldQuantities(_ column: Int) -> Bool { numeric[column] }

        func cells(row: Int, into cells: inout [Cell]) {
            cells.removeAll(keepingCapacity: true)
            for reader in readers { cells.append(reader(row)) }
        }

        func materialized() -> ResultTable {
            var cells: [Cell] = []
            var table = ResultTable(columns: columns, notes: notes)
            table.rows.reserveCapacity(rowCount)
            for row in 0..<rowCount {
                self.cells(row: row, into: &cells)
                table.rows.append(cells)
            }
            table.omitted = rows.omitted
            return table
        }
    }
}
