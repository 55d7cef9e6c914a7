import ReportKit

/// Finds sentences that contain every search term, by byte search in the documents' UTF-8 text.
struct SentenceSearch {
    let corpus: Corpus
    let terms: [[UInt8]]

    init(corpus: Corpus, terms: [String]) {
        self.corpus = corpus
        self.terms = terms.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// Every sentence of the corpus that holds every term: each document's text is searched for the
    /// first term as a whole (`memchr`-driven), documents spread over all cores, and only the
    /// sentences it occurs in are checked for the other terms.
    func matchingAll() -> [Int32] {
        guard let first = terms.first else { return (0..<Int32(corpus.sentences.count)).map { $0 } }
        let search = self
        return Parallel.map(Array(corpus.documents.indices), minimumRun: 256) { document in
            search.matching(first, inDocument: document)
        }.flatMap { $0 }
    }

    /// The sentences of one document that hold `first` and every other term, in order.
    private func matching(_ first: [UInt8], inDocument index: Int) -> [Int32] {
        let document = corpus.documents[index]
        guard !document.sentences.isEmpty else { return [] }
        let (starts, ends) = (corpus.sentences.start, corpus.sentences.end)
        let others = terms.dropFirst()
        var found: [Int32] = []
        document.text.withUnsafeBufferPointer { text in
            var sentence = document.sentences.lowerBound
            var from = 0
            while let offset = ByteSearch.firstOccurrence(of: first, in: text, from: from) {
                // The sentence holding the match: the last one that starts at or before it.
                while sentence + 1 < document.sentences.upperBound && Int(starts[sentence + 1]) <= offset {
                    sentence += 1
                }
                let range = Int(starts[sentence])..<Int(ends[sentence])
                // The match lies inside the sentence, or the sentence holds the term elsewhere.
                let holdsFirst =
                    range.contains(offset) && offset + first.count <= range.upperBound
                    || Self.contains(text, range, first)
                if holdsFirst && (found.last != Int32(sentence))
                    && others.allSatisfy({ Self.contains(text, range, $0) })
                {
                    found.append(Int32(sentence))
                }
                // The next match can only count for a later sentence.
                from = max(offset + first.count, range.upperBound)
            }
        }
        return found
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
        text.withUnsafeBufferPointer { contains($0, range, term) }
    }

    /// `contains` in a buffer.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ term: [UInt8]) -> Bool {
        guard let first = term.first, range.count >= term.count else { return false }
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
