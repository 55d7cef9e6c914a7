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

    /// The number of rows.
    var count: Int {
        switch self {
        case .measures(let indices), .sentences(let indices): indices.count
        case .table(let table): table.rows.count
        }
    }
}
