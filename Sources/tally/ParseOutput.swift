import ReportKit
import TallyQuery

/// What `tally parse` prints: the outline and measures as tables, the whole tree as JSON, or one flat
/// measure per line as JSON Lines.
struct ParseOutput {
    let corpus: Corpus

    /// The keys of a measure in JSON Lines, in order.
    static let measureKeys = [
        "doc", "city", "speaker", "section", "heading", "value", "high", "unit", "kind", "approx", "implied",
        "part_of", "subject", "raw", "line", "column", "sentence",
    ]

    // MARK: - Tables

    /// Reports (place, speaker, title, counts), their sections, then every measure.
    func tables(maxWidth: Int?, color: Bool) -> String {
        var output = ""
        for document in corpus.documents {
            let metadata = document.metadata
            let details = [metadata.source, metadata.date, document.encoding.rawValue].compactMap { $0 }
            output += "\(document.name): \(metadata.title ?? "(untitled)") (\(details.joined(separator: ", ")))\n"
        }
        output += "\n" + render(reportTable, as: .table, maxWidth: maxWidth, color: color)
        output += "\n" + render(sectionTable, as: .table, maxWidth: maxWidth, color: color)
        output += "\n" + render(measureTable, as: .table, maxWidth: maxWidth, color: color)
        return output
    }

    private var reportTable: ResultTable {
        ResultTable(
            title: "Reports",
            columns: ["city", "place", "speaker", "role", "title", "sections", "measures"],
            rows: corpus.reports.map { report in
                [.text(report.city), .text(report.place), .text(report.speaker), .text(report.role),
                 .text(report.title), .integer(numberedSections(report)), .integer(report.measures.count)]
            })
    }

    private var sectionTable: ResultTable {
        ResultTable(
            title: "Sections",
            columns: ["city", "section", "heading", "measures"],
            rows: corpus.sections.map { section in
                [.text(corpus.reports[section.report].city), .text(section.path),
                 .text(section.level == 0 ? "(before the first heading)" : section.label + section.heading),
                 .integer(section.measures.count)]
            })
    }

    private var measureTable: ResultTable {
        ResultTable(
            title: "Measures",
            columns: ["city", "section", "figure", "raw", "kind", "subject", "line"],
            rows: (0..<corpus.measures.count).map { index in
                let measure = corpus.measure(index)
                return [.text(measure.city), .text(measure.section), .quantity(measure.quantity, lowerBound: false),
                        .text(measure.raw), .text(measure.quantity.kind.name), .text(measure.subject),
                        .text("\(measure.line):\(measure.column)")]
            })
    }

    private func numberedSections(_ report: Report) -> Int {
        corpus.sections[report.sections].filter { $0.level > 0 }.count
    }

    // MARK: - JSON

    /// One flat JSON object per measure.
    func jsonLines() -> String {
        var output = ""
        for index in 0..<corpus.measures.count {
            output += measureRecord(index).serialized(compact: true) + "\n"
        }
        return output
    }

    /// The whole tree: documents → reports → sections → measures.
    func json() -> String {
        JSONValue.array(corpus.documents.map(documentValue)).serialized() + "\n"
    }

    private func documentValue(_ document: Document) -> JSONValue {
        let metadata = document.metadata
        return .object([
            ("name", .string(document.name)), ("encoding", .string(document.encoding.rawValue)),
            ("title", .optional(metadata.title)), ("source", .optional(metadata.source)),
            ("author", .optional(metadata.author)), ("date", .optional(metadata.date)),
            ("link", .optional(metadata.link)), ("lead", .string(document.lead)),
            ("reports", .array(corpus.reports[document.reports].map(reportValue))),
        ])
    }

    private func reportValue(_ report: Report) -> JSONValue {
        .object([
            ("city", .string(report.city)), ("place", .string(report.place)), ("speaker", .string(report.speaker)),
            ("role", .string(report.role)), ("title", .string(report.title)), ("line", .integer(report.line)),
            ("sections", .array(corpus.sections[report.sections].map(sectionValue))),
        ])
    }

    private func sectionValue(_ section: Section) -> JSONValue {
        .object([
            ("section", .string(section.path)), ("level", .integer(section.level)), ("label", .string(section.label)),
            ("heading", .string(section.heading)), ("line", .integer(section.line)),
            ("measures", .array(section.measures.map(measureRecord))),
        ])
    }

    /// A measure as a flat object with `measureKeys`.
    private func measureRecord(_ index: Int) -> JSONValue {
        let measure = corpus.measure(index)
        let quantity = measure.quantity
        let values: [JSONValue] = [
            .string(measure.document), .string(measure.city), .string(measure.speaker), .string(measure.section),
            .string(measure.heading), .number(quantity.value), quantity.high.map(JSONValue.number) ?? .null,
            .string(quantity.unit), .string(quantity.kind.name), .string(quantity.approximation.name),
            .bool(measure.impliedUnit), measure.partOf.map(JSONValue.integer) ?? .null, .string(measure.subject),
            .string(measure.raw), .integer(measure.line), .integer(measure.column), .string(measure.sentence),
        ]
        return .object(Array(zip(Self.measureKeys, values)).map { (key: $0.0, value: $0.1) })
    }
}
