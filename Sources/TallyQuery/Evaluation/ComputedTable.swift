/// Rows whose cells a source computes from columns when they are read, as the corpus does for
/// measures: `targets` keeps the outcome of each target as integers and makes a sentence or a label
/// only for the rows that are shown.
protocol ComputedRows: Sendable {
    /// The value in `column` (an index into the table's columns) of source row `row`.
    func value(column: Int, row: Int) -> Value
    /// For a column with few distinct values: each source row's code and how many codes there are,
    /// so that grouping and sorting compare integers; nil for other columns.
    func codes(column: Int) -> (codes: [Int32], count: Int)?
}

/// A table of computed rows: its columns, the source rows the pipeline kept (in order), and the
/// notes shown under it. Filters, sorts and cuts change only `rows`; the cells are made when the
/// table is shown (`materialized(rows:)`) or a stage reads a column.
struct ComputedTable: Sendable {
    var columns: [RowTable.Column]
    /// Source row ids, in the table's order.
    var rows: [Int32]
    var notes: [String]
    let source: any ComputedRows

    /// The index of the column a field reference names, as `RowTable.columnIndex(of:)` finds it.
    func columnIndex(of name: FieldName) -> Int? {
        RowTable(columns: columns, rows: []).columnIndex(of: name)
    }

    /// The cells of the source rows `ids` as an ordinary table.
    func materialized(rows ids: [Int32]) -> RowTable {
        RowTable(
            columns: columns,
            rows: ids.map { id in columns.indices.map { source.value(column: $0, row: Int(id)) } },
            notes: notes)
    }
}
