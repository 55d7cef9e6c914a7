import ReportKit
import TallyQuery
import TallyText

/// What `tally parse` prints, computed by the query language itself: the reports, sections and
/// measures as the `reports`, `sections` and `measures` sources give them, the whole tree as JSON,
/// or one flat measure per line with every measure field (`measures | select … | format jsonl`).
struct ParseOutput {
    private var session: Session

    init(corpus: Corpus) {
        session = Session(corpus: corpus)
    }

    /// Every measure field, as the columns of a `select`.
    private static let everyMeasureField = Field.measureFields.map(\.english).joined(separator: ", ")

    /// The columns of the measures table, for people: where, what, how much, and what kind of figure.
    private static let measureColumns = "city, section, value, raw, kind, change, period, target, subject, line, column"

    // MARK: - Tables

    /// One line per document, then the reports, their sections and every measure.
    mutating func tables(maxWidth: Int?, color: Bool) throws(StatementError) -> String {
        var output = ""
        for document in session.corpus.documents {
            let metadata = document.metadata
            let details = [metadata.source, metadata.date, document.encoding.rawValue].compactMap { $0 }
            output +=
                "\(document.name): \(metadata.title ?? Phrase.parseUntitled()) (\(details.joined(separator: ", ")))\n"
        }
        for (title, query) in [
            (Phrase.parseReports(), "reports"), (Phrase.parseSections(), "sections"),
            (Phrase.parseMeasures(), "measures | select \(Self.measureColumns)"),
        ] {
            var table = try rows(query)
            table.title = title
            output += "\n" + render(table, as: .table, maxWidth: maxWidth, color: color)
        }
        return output
    }

    // MARK: - JSON

    /// Writes one flat JSON object per measure, with every measure field, in chunks to `writer` as
    /// they are made (with controls as visible escapes `forTerminal`); false when `writer` refused one.
    mutating func writeJSONLines(forTerminal: Bool, to writer: (String) -> Bool) throws(StatementError) -> Bool {
        try session.run("measures | select \(Self.everyMeasureField) | format jsonl")
            .write(forTerminal: forTerminal, to: writer)
    }

    /// The whole tree: documents → reports → sections → measures, each measure with every field.
    mutating func json() throws(StatementError) -> String {
        let measures = try rows("measures | select \(Self.everyMeasureField)")
        let records = measures.rows.indices.map { JSONValue(row: $0, of: measures) }
        let corpus = session.corpus
        let documents = corpus.documents.map { document -> JSONValue in
            let metadata = document.metadata
            let reports = corpus.reports[document.reports].map { report -> JSONValue in
                let sections = report.sections.map { index -> JSONValue in
                    let section = corpus.sections[index]
                    return .object([
                        ("section", .string(section.path)), ("level", .integer(section.level)),
                        ("label", .string(section.label)), ("heading", .string(corpus.heading(ofSection: index))),
                        ("line", .integer(section.line)), ("measures", .array(section.measures.map { records[$0] })),
                    ])
                }
                return .object([
                    ("city", .string(report.city)), ("place", .string(report.place)),
                    ("speaker", .string(report.speaker)), ("role", .string(report.role)),
                    ("title", .string(report.title)), ("date", .optional(report.date)),
                    ("year", report.year.map(JSONValue.integer) ?? .null), ("line", .integer(report.line)),
                    ("sections", .array(sections)),
                ])
            }
            return .object([
                ("name", .string(document.name)), ("encoding", .string(document.encoding.rawValue)),
                ("title", .optional(metadata.title)), ("source", .optional(metadata.source)),
                ("author", .optional(metadata.author)), ("date", .optional(metadata.date)),
                ("link", .optional(metadata.link)), ("lead", .string(document.lead)), ("reports", .array(reports)),
            ])
        }
        return JSONValue.array(documents).serialized() + "\n"
    }

    /// Every row of `query`'s result.
    private mutating func rows(_ query: String) throws(StatementError) -> ResultTable {
        try session.run(query).table ?? ResultTable(title: nil, columns: [], rows: [])
    }
}
