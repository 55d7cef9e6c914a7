/// One file parsed on its own, before it joins a corpus. Parsing documents is independent work, so
/// several can be parsed at once and then added to a `Corpus` in order.
public struct ParsedDocument: Sendable {
    /// The file path or seed name.
    public var name: String
    /// The encoding the file was read from.
    public var encoding: TextEncoding
    /// Title, source, author, date and link.
    public var metadata: DocumentMetadata
    /// The paragraphs before the first report.
    public var lead: String
    /// A hash of the file's bytes (`Fingerprint`), which tells the same file under another name.
    public var fingerprint: UInt64
    var text: [UInt8]
    var lineStarts: [Int32]
    var reports: [ParsedReport]
    var sections: [ParsedSection]
    var sentences: [ParsedSentence]
    var measures: [ParsedMeasure]

    /// The number of reports found.
    public var reportCount: Int { reports.count }
    /// The number of measures found.
    public var measureCount: Int { measures.count }
}

struct ParsedReport: Sendable {
    var place: String
    var city: String
    var role: String
    var speaker: String
    var title: String
    var date: String?
    var year: Int?
    var line: Int
}

struct ParsedSection: Sendable {
    var report: Int
    var level: Int
    var path: String
    var label: String
    /// The heading's bytes in the document's text (without its marker; empty for section 0).
    var headingRange: Range<Int>
    var line: Int
}

struct ParsedSentence: Sendable {
    /// Index among the document's sections; -1 in the lead.
    var section: Int
    var start: Int
    var end: Int
    var line: Int
}

struct ParsedMeasure: Sendable {
    var scanned: ScannedMeasure
    /// Index among the document's sentences.
    var sentence: Int
    /// For a breakdown part, the index of its total among the document's measures.
    var partOf: Int?
    var line: Int
    var column: Int
}
