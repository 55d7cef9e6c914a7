import ReportKit

/// Finds sentences that contain every search term, by byte search in the documents' UTF-8 text.
struct SentenceSearch {
    let corpus: Corpus
    let terms: [[UInt8]]

    init(corpus: Corpus, terms: [String]) {
        self.corpus = corpus
        self.terms = terms.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// The sentences among `candidates` whose text holds every term.
    func matching(_ candidates: some Sequence<Int>) -> [Int32] {
        var found: [Int32] = []
        let sentences = corpus.sentences
        var documentIndex = -1
        var text: [UInt8] = []
        for sentence in candidates {
            let document = Int(sentences.document[sentence])
            if document != documentIndex {
                documentIndex = document
                text = corpus.documents[document].text
            }
            let range = Int(sentences.start[sentence])..<Int(sentences.end[sentence])
            if terms.allSatisfy({ Self.contains(text, range, $0) }) { found.append(Int32(sentence)) }
        }
        return found
    }

    /// Whether `term` occurs inside `text[range]`: a scan for the term's first byte, then a compare.
    static func contains(_ text: [UInt8], _ range: Range<Int>, _ term: [UInt8]) -> Bool {
        guard let first = term.first, range.count >= term.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            var index = range.lowerBound
            let last = range.upperBound - term.count
            while index <= last {
                if haystack[index] == first {
                    var offset = 1
                    while offset < term.count && haystack[index + offset] == term[offset] { offset += 1 }
                    if offset == term.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
