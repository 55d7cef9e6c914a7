extension Corpus {
    /// The 1-based line of measure `index`'s raw text in its file, found from its byte offset in the
    /// document's line starts (stored once per document rather than once per measure).
    public func line(ofMeasure index: Int) -> Int {
        lineIndex(of: Int(measures.rawStart[index]), in: documents[Int(measures.document[index])]) + 1
    }

    /// The 1-based column, in Unicode scalars, of measure `index`'s raw text on its line.
    public func column(ofMeasure index: Int) -> Int {
        let document = documents[Int(measures.document[index])]
        let offset = Int(measures.rawStart[index])
        let line = lineIndex(of: offset, in: document)
        let start = document.lineStarts.indices.contains(line) ? Int(document.lineStarts[line]) : 0
        return document.text.withUnsafeBufferPointer { $0.scalarCount(min(start, offset)..<offset) } + 1
    }

    /// The 1-based line on which sentence `index` starts.
    public func line(ofSentence index: Int) -> Int {
        lineIndex(of: Int(sentences.start[index]), in: documents[Int(sentences.document[index])]) + 1
    }

    /// The 0-based line of a byte offset in a document.
    private func lineIndex(of offset: Int, in document: Document) -> Int {
        LineLocator(starts: document.lineStarts).lineIndex(of: offset)
    }
}
