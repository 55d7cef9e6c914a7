import ReportKit
import TallyText

/// The rows each source starts a pipeline with.
struct SourceFrames {
    let corpus: Corpus
    let cities: CityDirectory

    /// The frame of a source other than `compare` and a `let` name.
    func frame(_ source: Source) throws(StatementError) -> Frame {
        switch source.kind {
        case .measures:
            return .measures(Self.ids(corpus.measures.count))
        case .sentences:
            return .sentences(Self.ids(corpus.sentences.count))
        case .find(let terms):
            return .sentences(SentenceSearch(corpus: corpus, terms: terms).matchingAll())
        case .reports:
            return .table(reports)
        case .sections(let city):
            return .table(try sections(of: city))
        case .cities:
            return .table(citiesTable)
        case .units:
            return .table(units)
        case .compare, .targets, .named:
            throw StatementError(Phrase.runByEvaluator(), at: source.span)
        }
    }

    /// The ids `0..<count`, written straight into the array.
    private static func ids(_ count: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
            for id in 0..<count { ids[id] = Int32(truncatingIfNeeded: id) }
            initialized = count
        }
    }

    /// One row per report: where, when and by whom, its title, and how many sections and measures.
    /// `reports`, `.reports` and `tally parse` all show this table.
    private var reports: RowTable {
        RowTable(
            columns: [
                .init(name: "city", field: .city), .init(name: "year", field: .year),
                .init(name: "date", field: .date), .init(name: "speaker", field: .speaker),
                .init(name: "role", field: .role), .init(name: "title", field: .title),
                .init(name: "sections", field: nil), .init(name: "measures", field: .count),
            ],
            rows: corpus.reports.map { report in
                [
                    .text(report.city), report.year.map { .number(Double($0)) } ?? .null,
                    report.date.map(Value.text) ?? .null, .text(report.speaker), .text(report.role),
                    .text(report.title),
                    .number(Double(corpus.sections[report.sections].filter { $0.level > 0 }.count)),
                    .number(Double(report.measures.count)),
                ]
            })
    }

    private func sections(of city: Spanned<String>?) throws(StatementError) -> RowTable {
        var wanted: String?
        if let city {
            guard let resolved = cities.resolve(city.value) else { throw cities.unknown(city.value, at: city.span) }
            wanted = resolved
        }
        // With several documents, the year tells the reports of one place apart.
        let withYear = DocumentLabel.manyDocuments(corpus)
        let rows = corpus.sections.indices.filter { index in
            let section = corpus.sections[index]
            return section.level > 0 && (wanted == nil || corpus.reports[section.report].city == wanted)
        }.map { index -> [Value] in
            let section = corpus.sections[index]
            let report = corpus.reports[section.report]
            return [.text(report.city)] + (withYear ? [report.year.map { .number(Double($0)) } ?? .null] : [])
                + [
                    .text(section.path), .text(section.label + corpus.heading(ofSection: index)),
                    .number(Double(section.measures.count)),
                ]
        }
        return RowTable(
            columns: [.init(name: "city", field: .city)] + (withYear ? [.init(name: "year", field: .year)] : []) + [
                .init(name: "section", field: .section), .init(name: "heading", field: .heading),
                .init(name: "measures", field: .count),
            ],
            rows: rows)
    }

    private var citiesTable: RowTable {
        let rows = cities.names.map { city -> [Value] in
            let reports = corpus.reports.filter { $0.city == city }
            return [
                .text(city), .text(reports.first?.place ?? city), .text(reports.map(\.speaker).joined(separator: "、")),
                .number(Double(reports.count)), .number(Double(reports.reduce(0) { $0 + $1.measures.count })),
            ]
        }
        return RowTable(
            columns: [
                .init(name: "city", field: .city), .init(name: "place", field: nil),
                .init(name: "speaker", field: .speaker),
                .init(name: "reports", field: nil), .init(name: "measures", field: .count),
            ],
            rows: rows)
    }

    private var units: RowTable {
        var counts = [Int](repeating: 0, count: corpus.units.count)
        for unit in corpus.measures.unit { counts[Int(unit)] += 1 }
        let rows = corpus.units.strings.enumerated().filter { counts[$0.offset] > 0 }
            .sorted { counts[$0.offset] > counts[$1.offset] }
            .map { entry -> [Value] in
                [
                    .text(entry.element.isEmpty ? "(none)" : entry.element),
                    .text(UnitTable.kind(of: entry.element).name),
                    .number(Double(counts[entry.offset])),
                ]
            }
        return RowTable(
            columns: [
                .init(name: "unit", field: .unit), .init(name: "kind", field: .kind),
                .init(name: "measures", field: .count),
            ],
            rows: rows)
    }
}
