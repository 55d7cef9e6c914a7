import ReportKit
import TallyQuery

/// A loaded corpus and what queries need prepared once: each report's city as a small integer and
/// each document's range of sentences.
struct QuerySession: Sendable {
    /// The corpus queried.
    let corpus: Corpus
    /// The distinct cities, in load order.
    let cityNames: [String]
    /// Each report's city, an index in `cityNames`.
    let reportCity: [Int32]
    /// Each document's sentences (indices in `corpus.sentences`).
    let documentSentences: [Range<Int>]

    /// Prepares `corpus` for queries.
    init(corpus: Corpus) {
        self.corpus = corpus
        let cities = CityDirectory(corpus: corpus)
        cityNames = cities.names
        reportCity = cities.idOfReport
        var ranges = [Range<Int>](repeating: 0..<0, count: corpus.documents.count)
        let documents = corpus.sentences.document
        var start = 0
        while start < documents.count {
            var end = start
            while end < documents.count && documents[end] == documents[start] { end += 1 }
            ranges[Int(documents[start])] = start..<end
            start = end
        }
        documentSentences = ranges
    }
}
