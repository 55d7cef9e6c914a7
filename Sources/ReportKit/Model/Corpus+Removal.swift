extension Corpus {
    /// This corpus without the documents at `removed` (indices in `documents`): the documents kept
    /// are read again from their text, in their order, so every column stays contiguous.
    public func removing(documents removed: Set<Int>) -> Corpus {
        var kept = Corpus()
        for (index, document) in documents.enumerated() where !removed.contains(index) {
            let parsed = ReportParser.parse(
                name: document.name, text: document.text, encoding: document.encoding,
                fingerprint: document.fingerprint)
            if case .success(let parsed) = parsed { kept.add(parsed) }
        }
        kept.trimCapacity()
        return kept
    }
}
