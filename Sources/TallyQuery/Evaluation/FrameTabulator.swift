import ReportKit

/// Turns a frame into the rows people see: measures and sentences get their default columns.
struct FrameTabulator {
    let corpus: Corpus

    /// The fields `measures` shows when no `select` chooses: where, what, how much, as written.
    static let measureColumns: [Field] = [.city, .section, .subject, .value, .unit, .raw]
    /// The fields `sentences` and `find` show (with `year` after `city` when several documents are
    /// loaded).
    static let sentenceColumns: [Field] = [.city, .section, .heading, .line, .sentence]

    /// The rows of `frame`, their cells made when read; with `rowLimit`, only its first and last rows
    /// up to that many (the first half rounded up), the others counted in `ResultRows.omitted`.
    func rows(_ frame: Frame, rowLimit: Int? = nil) -> ResultRows {
        let shown = Self.shownRows(of: frame.count, limit: rowLimit)
        func kept<Row>(_ rows: [Row]) -> [Row] { shown.map { $0.kept.flatMap { rows[$0] } } ?? rows }
        let omitted = shown?.omitted
        switch frame {
        case .table(var table):
            table.rows = kept(table.rows)
            return ResultRows(values: table, omitted: omitted)
        case .computed(var table):
            table.rows = kept(table.rows)
            return ResultRows(computed: table, omitted: omitted)
        case .measures(let indices):
            return ResultRows(
                fields: Self.measureColumns, of: RowFields(corpus: corpus, frame: frame), rows: kept(indices),
                omitted: omitted)
        case .sentences(let indices):
            // With several documents, the year tells the reports of one place apart.
            let fields =
                DocumentLabel.manyDocuments(corpus)
                ? [Field.city, .year] + Self.sentenceColumns.dropFirst() : Self.sentenceColumns
            return ResultRows(
                fields: fields, of: RowFields(corpus: corpus, frame: frame), rows: kept(indices), omitted: omitted)
        }
    }

    /// For `count` rows over `limit`: the ranges of rows kept (head and tail) and the gap between.
    static func shownRows(of count: Int, limit: Int?) -> (kept: [Range<Int>], omitted: OmittedRows)? {
        guard let limit, limit >= 0, count > limit else { return nil }
        let head = limit - limit / 2
        let tail = limit / 2
        return ([0..<head, (count - tail)..<count], OmittedRows(position: head, count: count - limit))
    }
}
