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
    /// first term as a whole (`memchr`-driven), and only the sentences it occurs in are checked
    /// for the other terms.
    func matchingAll() -> [Int32] {
        guard let first = terms.first else { return (0..<Int32(corpus.sentences.count)).map { $0 } }
        var found: [Int32] = []
        let starts = corpus.sentences.start
        for document in corpus.documents where !document.sentences.isEmpty {
            var candidates: [Int] = []
            document.text.withUnsafeBufferPointer { text in
                var from = 0
                while let offset = ByteSearch.firstOccurrence(of: first, in: text, from: from) {
                    // The sentence holding the match: the last one that starts at or before it.
                    var low = document.sentences.lowerBound
                    var high = document.sentences.upperBound - 1
                    while low < high {
                        let middle = (low + high + 1) / 2
                        if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
                    }
                    if candidates.last != low { candidates.append(low) }
                    from = offset + first.count
                }
            }
            found += matching(candidates)
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
