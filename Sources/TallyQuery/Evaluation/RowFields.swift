import ReportKit
import TallyText

/// Reads fields of rows: measure and sentence fields from the corpus as each field's definition
/// says, table fields from the table's cells. Every accessor takes a row id: a measure index, a
/// sentence index or a table row.
struct RowFields {
    let corpus: Corpus
    let frame: Frame

    /// The column names available, for error hints and completion.
    var availableNames: [String] {
        switch frame {
        case .measures: Field.measureFields.map(\.english)
        case .sentences: Field.sentenceFields.map(\.english)
        case .table(let table): table.columns.map(\.name)
        case .computed(let table): table.columns.map(\.name)
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
        case .computed(let table):
            if let column = table.columnIndex(of: name) {
                let source = table.source
                return { source.value(column: column, row: $0) }
            }
        }
        throw StatementError(
            Phrase.noFieldHere(name.name), at: span,
            hint: Phrase.theFieldsHereAre(availableNames.joined(separator: ", ")))
    }

    /// For a measure field that is a function of one integer column (the report, the section, the
    /// interned unit or subject): that column and the value of each of its ids (-1 is no value).
    /// Sorting ranks the few distinct ids instead of a million values.
    func measureKeyColumn(_ field: Field) -> (column: [Int32], value: (Int) -> Value)? {
        guard case .measures = frame else { return nil }
        let corpus = corpus
        switch field.definition.reader {
        case .report(let read): return (corpus.measures.report, { read(corpus, $0) })
        case .section(let read): return (corpus.measures.section, { read(corpus, $0) })
        case .interned(let column, let strings):
            let strings = strings(corpus)
            return (corpus.measures[keyPath: column], { .text(strings[$0]) })
        case .detail, .measure, .row, .group: return nil
        }
    }

    private func measureAccessor(_ field: Field) -> ((Int) -> Value)? {
        let corpus = corpus
        let measures = corpus.measures
        switch field.definition.reader {
        case .report(let read):
            return Self.throughParent(measures.report) { read(corpus, $0) }
        case .section(let read):
            return Self.throughParent(measures.section) { read(corpus, $0) }
        case .interned(let column, let strings):
            let values = strings(corpus).map(Value.text)
            let ids = measures[keyPath: column]
            return { values[Int(ids[$0])] }
        case .detail(let read):
            let details = measures.details
            return { read(details[$0]) }
        case .measure(let reader), .row(measure: let reader, sentence: _):
            return reader(corpus)
        case .group:
            return nil
        }
    }

    private func sentenceAccessor(_ field: Field) -> ((Int) -> Value)? {
        let corpus = corpus
        switch field.definition.reader {
        case .report(let read):
            return Self.throughParent(corpus.sentences.report) { read(corpus, $0) }
        case .section(let read):
            return Self.throughParent(corpus.sentences.section) { read(corpus, $0) }
        case .row(measure: _, sentence: let reader):
            return reader(corpus)
        case .interned, .detail, .measure, .group:
            return nil
        }
    }

    /// Reads a report or section field for a row through the row's parent id (-1, in a document's
    /// lead, has none).
    private static func throughParent(_ parents: [Int32], _ read: @escaping (Int) -> Value) -> (Int) -> Value {
        { index in
            let parent = Int(parents[index])
            return parent < 0 ? .null : read(parent)
        }
    }
}

extension FieldReader {
    /// Whether measure rows have the field.
    var readsMeasures: Bool {
        if case .group = self { return false }
        return true
    }

    /// Whether sentence rows have the field.
    var readsSentences: Bool {
        switch self {
        case .report, .section, .row: true
        case .interned, .detail, .measure, .group: false
        }
    }
}
