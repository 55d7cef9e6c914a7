/// The rows flowing through a pipeline. `measures` and `sentences` stay lazy selections over the
/// corpus columns while they are filtered, sorted and cut, so a query over a million measures touches
/// only the columns it reads; anything that reshapes rows produces a `RowTable`.
enum Frame: Sendable {
    /// Indices into `Corpus.measures`.
    case measures([Int32])
    /// Indices into `Corpus.sentences`.
    case sentences([Int32])
    /// A materialised table.
    case table(RowTable)
    /// A table whose cells are made when read (`targets`).
    case computed(ComputedTable)

    /// The number of rows.
    var count: Int {
        switch self {
        case .measures(let indices), .sentences(let indices): indices.count
        case .table(let table): table.rows.count
        case .computed(let table): table.rows.count
        }
    }

    /// The row ids: measure or sentence indices, or table row numbers.
    var rowIDs: [Int] {
        switch self {
        case .measures(let indices), .sentences(let indices): indices.map { Int($0) }
        case .table(let table): Array(table.rows.indices)
        case .computed(let table): table.rows.map { Int($0) }
        }
    }

    /// The columns of a table frame (materialised or computed); nil for measures and sentences.
    var tableColumns: [RowTable.Column]? {
        switch self {
        case .measures, .sentences: nil
        case .table(let table): table.columns
        case .computed(let table): table.columns
        }
    }

    /// The index of the column of a table frame that `name` names.
    func tableColumnIndex(of name: FieldName) -> Int? {
        switch self {
        case .measures, .sentences: nil
        case .table(let table): table.columnIndex(of: name)
        case .computed(let table): table.columnIndex(of: name)
        }
    }
}
