import ReportKit

/// One value in a result table.
public enum Cell: Sendable, Hashable {
    /// Text, left-aligned in tables.
    case text(String)
    /// A whole number such as a count.
    case integer(Int)
    /// A number without a unit.
    case number(Double)
    /// A figure with its unit; `lowerBound` marks a total that includes approximate figures (`≥`).
    case quantity(Quantity, lowerBound: Bool)
    /// A yes/no value (`implied`): `true`/`false` in every format, JSON booleans in JSON.
    case bool(Bool)
    /// No value.
    case empty

    /// Whether the cell holds a number (integer, number or quantity), right-aligned in tables.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .quantity: true
        case .text, .bool, .empty: false
        }
    }
}

/// Rows of a result left out of a table shown on the screen: `count` rows between the first
/// `position` rows kept and the rest.
public struct OmittedRows: Sendable, Hashable {
    /// The number of kept rows before the gap.
    public var position: Int
    /// How many rows the gap stands for.
    public var count: Int

    /// A gap of `count` rows after the first `position` rows.
    public init(position: Int, count: Int) {
        self.position = position
        self.count = count
    }
}

/// The result of a query: named columns, rows of cells, an optional title and notes shown under it.
public struct ResultTable: Sendable, Hashable {
    /// A heading shown above the table, if any.
    public var title: String?
    /// The column names, in order.
    public var columns: [String]
    /// The rows; a row shorter than `columns` is read as ending in empty cells.
    public var rows: [[Cell]]
    /// Remarks shown after the table, one per line (for example about approximate figures).
    public var notes: [String]
    /// When the result had more rows than the screen was to show: the rows left out of `rows`.
    public var omitted: OmittedRows?

    /// The number of rows of the result, the omitted ones included.
    public var totalRowCount: Int { rows.count + (omitted?.count ?? 0) }

    /// Creates a table.
    public init(title: String? = nil, columns: [String], rows: [[Cell]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The cell at `row` (a valid row index), `column`; `.empty` where the row is short.
    public func cell(row: Int, column: Int) -> Cell {
        let cells = rows[row]
        return column < cells.count ? cells[column] : .empty
    }

    /// Whether a column holds numbers: at least one numeric cell and nothing but numeric or empty cells.
    public func isNumericColumn(_ column: Int) -> Bool {
        var sawNumber = false
        for row in rows.indices {
            switch cell(row: row, column: column) {
            case .empty: continue
            case .text, .bool: return false
            case .integer, .number, .quantity: sawNumber = true
            }
        }
        return sawNumber
    }
}
