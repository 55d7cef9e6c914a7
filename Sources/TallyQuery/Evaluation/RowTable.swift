import ReportKit

/// A materialised result: named columns and rows of values. Sources other than `measures` and
/// `sentences`, and every aggregation, produce tables; later stages filter, sort and reshape them.
struct RowTable: Sendable {
    /// A column: its name as shown, and the field it holds when it holds one (so `where city == 合肥`
    /// works on a table that has a `city` column).
    struct Column: Sendable, Hashable {
        var name: String
        var field: Field?
    }

    var columns: [Column]
    var rows: [[Value]]
    /// Lines shown under the table (`totals are per unit…`).
    var notes: [String] = []
    /// Rows left out when only part of the result is shown.
    var omitted: OmittedRows?

    /// The index of the column a field reference names: by column name (English or Chinese alias),
    /// or by the field it holds.
    func columnIndex(of name: FieldName) -> Int? {
        if let index = columns.firstIndex(where: { $0.name == name.name }) { return index }
        if case .known(let field) = name {
            return columns.firstIndex(where: { $0.field == field || $0.name == field.chinese })
        }
        return nil
    }

    /// The table for the renderers.
    func result(title: String? = nil) -> ResultTable {
        var table = ResultTable(
            title: title, columns: columns.map(\.name), rows: rows.map { $0.map(\.cell) }, notes: notes)
        table.omitted = omitted
        return table
    }
}
