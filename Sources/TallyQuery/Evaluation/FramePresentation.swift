import ReportKit

/// Turns a frame into the table people see: measures and sentences get their default columns.
struct FramePresentation {
    let corpus: Corpus

    /// The fields `measures` shows when no `select` chooses: where, what, how much, as written.
    static let measureColumns: [Field] = [.city, .section, .subject, .value, .unit, .raw]
    /// The fields `sentences` and `find` show.
    static let sentenceColumns: [Field] = [.city, .section, .heading, .line, .sentence]

    func table(_ frame: Frame) -> Table {
        switch frame {
        case .table(let table):
            return table
        case .measures(let indices):
            return columns(Self.measureColumns, of: frame, rows: indices)
        case .sentences(let indices):
            return columns(Self.sentenceColumns, of: frame, rows: indices)
        }
    }

    private func columns(_ fields: [Field], of frame: Frame, rows: [Int32]) -> Table {
        let access = RowFields(corpus: corpus, frame: frame)
        let accessors = fields.compactMap { field in
            try? access.accessor(.known(field), at: SourceSpan(start: 0, end: 0))
        }
        return Table(
            columns: fields.map { Table.Column(name: $0.english, field: $0) },
            rows: rows.map { row in accessors.map { $0(Int(row)) } })
    }
}
