import ReportKit
import TallyText

/// `find` as a stage: the rows whose sentence holds every term.
extension PipelineRunner {
    func find(_ terms: [String], in frame: Frame, span: SourceSpan) throws(StatementError) -> Frame {
        let search = SentenceSearch(corpus: corpus, terms: terms)
        switch frame {
        case .sentences(let indices):
            return .sentences(search.matching(indices.lazy.map { Int($0) }))
        case .measures(let indices):
            let sentences = corpus.measures.sentence
            let matching = Set(search.matching(Set(indices.map { Int(sentences[Int($0)]) }).sorted()))
            return .measures(indices.filter { matching.contains(sentences[Int($0)]) })
        case .table(let table):
            guard let column = table.columnIndex(of: .known(.sentence)) else {
                throw StatementError(Phrase.findNeedsSentences(), at: span)
            }
            var kept = table
            kept.rows = table.rows.filter { row in terms.allSatisfy { row[column].text.contains($0) } }
            return .table(kept)
        case .computed(let table):
            guard let column = table.columnIndex(of: .known(.sentence)) else {
                throw StatementError(Phrase.findNeedsSentences(), at: span)
            }
            var kept = table
            kept.rows = table.rows.filter { row in
                let text = table.source.value(column: column, row: Int(row)).text
                return terms.allSatisfy { text.contains($0) }
            }
            return .computed(kept)
        }
    }
}
