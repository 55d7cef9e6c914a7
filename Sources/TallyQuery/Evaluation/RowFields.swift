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
    func accessor(_ name: FieldName, at span: SourceSpan) throws(StatementError) -> (Int) -> Value {
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
        throw StatementError(
            "no field '\(name.name)' here", at: span,
            hint: "the fields here are " + availableNames.joined(separator: ", "))
    }

    /// For a measure field that is a function of one integer column (the report, the section, the
    /// interned unit or subject): that column and the value of each of its ids (-1 is no value).
    /// Sorting ranks the few distinct ids instead of a million values.
    func measureKeyColumn(_ field: Field) -> (column: [Int32], value: (Int) -> Value)? {
        guard case .measures = frame else { return nil }
        let measures = corpus.measures
        switch field {
        case .city, .speaker, .role, .title, .doc, .report: return (measures.report, reportValue(field))
        case .section, .heading, .level: return (measures.section, sectionValue(field))
        case .unit:
            let units = corpus.units.strings
            return (measures.unit, { .text(units[$0]) })
        case .subject:
            let subjects = corpus.subjects.strings
            return (measures.subject, { .text(subjects[$0]) })
        default: return nil
        }
    }

    private func measureAccessor(_ field: Field) -> ((Int) -> Value)? {
        let measures = corpus.measures
        switch field {
        case .city, .speaker, .role, .title, .doc, .report:
            let reportValue = reportValue(field)
            let reports = measures.report
            return { index in
                let report = Int(reports[index])
                return report < 0 ? .null : reportValue(report)
            }
        case .section, .heading, .level:
            let sectionValue = sectionValue(field)
            let sections = measures.section
            return { index in
                let section = Int(sections[index])
                return section < 0 ? .null : sectionValue(section)
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
            let reportValue = reportValue(field)
            return { index in
                let report = Int(sentences.report[index])
                return report < 0 ? .null : reportValue(report)
            }
        case .section, .heading, .level:
            let sectionValue = sectionValue(field)
            return { index in
                let section = Int(sentences.section[index])
                return section < 0 ? .null : sectionValue(section)
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

    /// A report-level field, read when a row asks for it (never for every report up front).
    private func reportValue(_ field: Field) -> (Int) -> Value {
        let corpus = corpus
        switch field {
        case .city: return { .text(corpus.reports[$0].city) }
        case .speaker: return { .text(corpus.reports[$0].speaker) }
        case .role: return { .text(corpus.reports[$0].role) }
        case .title: return { .text(corpus.reports[$0].title) }
        case .doc: return { .text(corpus.documents[corpus.reports[$0].document].name) }
        default:
            return { report in
                .number(Double(report - corpus.documents[corpus.reports[report].document].reports.lowerBound + 1))
            }
        }
    }

    /// A section-level field, read when a row asks for it.
    private func sectionValue(_ field: Field) -> (Int) -> Value {
        let sections = corpus.sections
        switch field {
        case .section: return { .text(sections[$0].path) }
        case .heading: return { .text(sections[$0].heading) }
        default: return { .number(Double(sections[$0].level)) }
        }
    }
}
