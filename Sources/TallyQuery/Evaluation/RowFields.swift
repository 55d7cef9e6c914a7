import ReportKit

/// Reads fields of rows: measure and sentence fields straight from the corpus columns, table fields
/// from the table's cells. Every accessor takes a row id: a measure index, a sentence index or a
/// table row.
struct RowFields {
    let corpus: Corpus
    let frame: Frame

    /// The fields a measure row has, in the order `measures` shows by default first.
    static let measureFields: [Field] = [
        .city, .section, .subject, .value, .unit, .raw, .kind, .approx, .high, .implied, .partOf, .speaker,
        .role, .title, .heading, .doc, .report, .level, .sentence, .line, .column,
    ]
    /// The fields a sentence row has.
    static let sentenceFields: [Field] = [.city, .section, .heading, .line, .sentence, .speaker, .role, .title, .doc, .report, .level]

    /// The column names available, for error hints and completion.
    var availableNames: [String] {
        switch frame {
        case .measures: Self.measureFields.map(\.english)
        case .sentences: Self.sentenceFields.map(\.english)
        case .table(let table): table.columns.map(\.name)
        }
    }

    /// An accessor for `name`, or an error naming the columns there are.
    func accessor(_ name: FieldName, at span: SourceSpan) throws(SyntaxError) -> (Int) -> Value {
        switch frame {
        case .measures:
            if case .known(let field) = name, let accessor = measureAccessor(field) { return accessor }
        case .sentences:
            if case .known(let field) = name, let accessor = sentenceAccessor(field) { return accessor }
        case .table(let table):
            if let column = table.columnIndex(of: name) {
                let rows = table.rows
                return { rows[$0][column] }
            }
        }
        throw SyntaxError(
            "no field '\(name.name)' here", at: span,
            hint: "the fields here are " + availableNames.joined(separator: ", "))
    }

    private func measureAccessor(_ field: Field) -> ((Int) -> Value)? {
        let measures = corpus.measures
        switch field {
        case .city, .speaker, .role, .title, .doc, .report:
            let reportTexts = reportText(field)
            let reports = measures.report
            return { index in
                let report = Int(reports[index])
                return report < 0 ? .null : reportTexts[report]
            }
        case .section, .heading, .level:
            let sectionValues = sectionValue(field)
            let sections = measures.section
            return { index in
                let section = Int(sections[index])
                return section < 0 ? .null : sectionValues[section]
            }
        case .value:
            let units = corpus.units
            return { index in
                let high = measures.high[index]
                return .quantity(
                    Quantity(value: measures.value[index], high: high.isNaN ? nil : high,
                             unit: units[measures.unit[index]], approximation: measures.approximation[index]),
                    lowerBound: false)
            }
        case .high:
            return { index in measures.high[index].isNaN ? .null : .number(measures.high[index]) }
        case .unit:
            let units = corpus.units.strings.map(Value.text)
            return { units[Int(measures.unit[$0])] }
        case .kind:
            return { .text(measures.kind[$0].name) }
        case .approx:
            return { .text(measures.approximation[$0].name) }
        case .implied:
            return { .bool(measures.impliedUnit[$0]) }
        case .partOf:
            return { measures.partOf[$0] < 0 ? .null : .number(Double(measures.partOf[$0])) }
        case .subject:
            let subjects = corpus.subjects.strings.map(Value.text)
            return { subjects[Int(measures.subject[$0])] }
        case .raw:
            let corpus = corpus
            return { .text(corpus.rawText(ofMeasure: $0)) }
        case .sentence:
            let corpus = corpus
            return { .text(corpus.sentenceText(Int(measures.sentence[$0]))) }
        case .line:
            return { .number(Double(measures.line[$0])) }
        case .column:
            return { .number(Double(measures.column[$0])) }
        case .count:
            return nil
        }
    }

    private func sentenceAccessor(_ field: Field) -> ((Int) -> Value)? {
        let sentences = corpus.sentences
        switch field {
        case .city, .speaker, .role, .title, .doc, .report:
            let reportTexts = reportText(field)
            return { index in
                let report = Int(sentences.report[index])
                return report < 0 ? .null : reportTexts[report]
            }
        case .section, .heading, .level:
            let sectionValues = sectionValue(field)
            return { index in
                let section = Int(sentences.section[index])
                return section < 0 ? .null : sectionValues[section]
            }
        case .sentence:
            let corpus = corpus
            return { .text(corpus.sentenceText($0)) }
        case .line:
            return { .number(Double(sentences.line[$0])) }
        default:
            return nil
        }
    }

    /// A report-level field for every report.
    private func reportText(_ field: Field) -> [Value] {
        corpus.reports.enumerated().map { index, report in
            switch field {
            case .city: .text(report.city)
            case .speaker: .text(report.speaker)
            case .role: .text(report.role)
            case .title: .text(report.title)
            case .doc: .text(corpus.documents[report.document].name)
            default: .number(Double(index - corpus.documents[report.document].reports.lowerBound + 1))
            }
        }
    }

    /// A section-level field for every section.
    private func sectionValue(_ field: Field) -> [Value] {
        corpus.sections.map { section in
            switch field {
            case .section: .text(section.path)
            case .heading: .text(section.heading)
            default: .number(Double(section.level))
            }
        }
    }
}
