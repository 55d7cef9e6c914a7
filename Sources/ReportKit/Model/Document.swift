/// What a page says about itself: its title, source (来源), author (作者), date (时间) and original
/// link (原文链接). Each is nil when the page does not say.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var source: String?
    public var author: String?
    public var date: String?
    public var link: String?

    /// Metadata with nothing known.
    public init(
        title: String? = nil, source: String? = nil, author: String? = nil, date: String? = nil,
        link: String? = nil
    ) {
        self.title = title
        self.source = source
        self.author = author
        self.date = date
        self.link = link
    }
}

/// One loaded file: its text and metadata, and the ranges of its reports in the corpus.
public struct Document: Sendable {
    /// The file path, or the name of a bundled seed.
    public var name: String
    /// The encoding the file was read from.
    public var encoding: TextEncoding
    /// Title, source, author, date and link, where the page gives them.
    public var metadata: DocumentMetadata
    /// The paragraphs before the first report, joined by newlines.
    public var lead: String
    /// The text as UTF-8 (decoded; HTML reduced to text), which every position refers to.
    public var text: [UInt8]
    /// The byte offset at which each line starts.
    public var lineStarts: [Int32]
    /// The indices of this document's reports in `Corpus.reports`.
    public var reports: Range<Int>
    /// The indices of this document's sentences in `Corpus.sentences`.
    public var sentences: Range<Int>
    /// A hash of the file's bytes, which tells the same file under another name.
    public var fingerprint: UInt64
}

/// One speaker's report: the place, the speaker and role, the title, and its sections.
public struct Report: Sendable {
    /// The index of the document in `Corpus.documents`.
    public var document: Int
    /// The place as the speaker line names it (`合肥市`, `呼伦贝尔市海拉尔区`).
    public var place: String
    /// The place as people name it (`合肥`), which queries compare against.
    public var city: String
    /// The speaker's office (`合肥市人民政府副市长`).
    public var role: String
    /// The speaker's name (`刘卫宝`); empty for a document without speaker lines.
    public var speaker: String
    /// The report's title: the title lines above the speaker line, else the page title.
    public var title: String
    /// The day the report was delivered (ISO `2026-01-27`), from the meeting line, else the day the
    /// page was published; nil when the text names neither.
    public var date: String?
    /// The report's year: the year of the work report (2026 for the 2026 report), from the title,
    /// the meeting line or the date; nil when nothing names it.
    public var year: Int?
    /// The 1-based line of the speaker line (or of the first text line).
    public var line: Int
    /// The indices of its sections in `Corpus.sections`; the first is section 0, the text before the
    /// first heading.
    public var sections: Range<Int>
    /// The indices of its measures in `Corpus.measures`.
    public var measures: Range<Int>
}

/// A numbered section of a report (`一、` level 1, `（一）` level 2, `1.` level 3), or section 0.
public struct Section: Sendable {
    /// The index of the report in `Corpus.reports`.
    public var report: Int
    /// 0 for the text before the first heading, else 1, 2, 3 (or 4 for `(1)`).
    public var level: Int
    /// The position in the outline: `0`, `1`, `2`, `2.1`, `2.1.3`.
    public var path: String
    /// The marker as written (`一、`, `（二）`, `3.`); empty for section 0.
    public var label: String
    /// The bytes of the heading text without its marker in the document's text, empty for section 0:
    /// its text is `Corpus.heading(ofSection:)` (kept as a range, not a string per section).
    public var headingRange: Range<Int32>
    /// The 1-based line of the heading (or of the section's first text).
    public var line: Int
    /// The indices of its measures in `Corpus.measures`.
    public var measures: Range<Int>
}
