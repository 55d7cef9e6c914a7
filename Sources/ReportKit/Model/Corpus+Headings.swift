extension Corpus {
    /// The heading text of section `index` without its marker (empty for section 0): its bytes in the
    /// document's text, which each section keeps as a range rather than as a string of its own.
    public func heading(ofSection index: Int) -> String {
        let section = sections[index]
        let text = documents[reports[section.report].document].text
        let low = min(Int(section.headingRange.lowerBound), text.count)
        let high = min(max(Int(section.headingRange.upperBound), low), text.count)
        return String(decoding: text[low..<high], as: UTF8.self)
    }
}
