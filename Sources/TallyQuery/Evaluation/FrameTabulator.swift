import ReportKit

/// Turns a frame into the table people see: measures and sentences get their default columns.
struct FrameTabulator {
    let corpus: Corpus
    /// Checked while rows are turned into cells; a stop throws `interrupted`.
    var stop = StopSignal.never

    /// The fields `measures` shows when no `select` chooses: where, what, how much, as written.
    static let measureColumns: [Field] = [.city, .section, .subject, .value, .unit, .raw]
    /// The fields `sentences` and `find` show (with `year` after `city` when several documents are
    /// loaded).
    static let sentenceColumns: [Field] = [.city, .section, .heading, .line, .sentence]

    /// The table of `frame`; with `rowLimit`, only its first and last rows up to that many (the first
    /// half rounded up), the others counted in `RowTable.omitted` and never turned into cells.
    func table(_ frame: Frame, rowLimit: Int? = nil) throws(StatementError) -> RowTable {
        let shown = Self.shownRows(of: frame.count, limit: rowLimit)
        func kept<Row>(_ rows: [Row]) -> [Row] { shown.map { $0.kept.flatMap { rows[$0] } } ?? rows }
        var table: RowTable
        switch frame {
        case .table(let whole):
            table = whole
            table.rows = kept(whole.rows)
        case .computed(let whole):
            table = whole.materialized(rows: kept(whole.rows))
        case .measures(let indices):
            table = try columns(Self.measureColumns, of: frame, rows: kept(indices))
        case .sentences(let indices):
            // With several documents, the year tells the reports of one place apart.
            let fields =
                DocumentLabel.manyDocuments(corpus)
                ? [Field.city, .year] + Self.sentenceColumns.dropFirst() : Self.sentenceColumns
            table = try columns(fields, of: frame, rows: kept(indices))
        }
        table.omitted = shown?.omitted
        return table
    }

    /// For `count` rows over `limit`: the ranges of rows kept (head and tail) and the gap between.
    static func shownRows(of count: Int, limit: Int?) -> (kept: [Range<Int>], omitted: OmittedRows)? {
        guard let limit, limit >= 0, count > limit else { return nil }
        let head = limit - limit / 2
        let tail = limit / 2
        return ([0..<head, (count - tail)..<count], OmittedRows(position: head, count: count - limit))
    }

    private func columns(_ fields: [Field], of frame: Frame, rows: [Int32]) throws(StatementError) -> RowTable {
        let access = RowFields(corpus: corpus, frame: frame)
        let accessors = fields.compactMap { field in
            try? access.accessor(.known(field), at: SourceSpan(start: 0, end: 0))
        }
        var cells: [[Value]] = []
        cells.reserveCapacity(rows.count)
        var check = stop.check()
        for row in rows {
            try check.step()
            cells.append(accessors.map { $0(Int(row)) })
        }
        return RowTable(columns: fields.map { RowTable.Column(name: $0.english, field: $0) }, rows: cells)
    }
}
