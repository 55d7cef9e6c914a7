/// Every measure of a corpus, stored by column: one array per field, interned strings as `Int32` ids.
/// A filter over a million measures touches only the columns it reads.
public struct MeasureTable: Sendable {
    /// Value in base units (the low end of a range).
    public internal(set) var value: [Double] = []
    /// The high end of a range (`high[index]`); `.nan` for a single figure.
    public internal(set) var high = RangeHighs()
    /// Unit id in `Corpus.units`.
    public internal(set) var unit: [Int32] = []
    /// The unit's kind.
    public internal(set) var kind: [Kind] = []
    /// Exact, more (余/多/以上/超过) or about (约/近/左右).
    public internal(set) var approximation: [Approximation] = []
    /// Level or change, basis, period, target, and whether the unit was inferred.
    public internal(set) var details: [MeasureDetails] = []
    /// For a breakdown part (其中…), the index of its total; -1 otherwise.
    public internal(set) var partOf: [Int32] = []
    /// Subject id in `Corpus.subjects`.
    public internal(set) var subject: [Int32] = []
    /// Index in `Corpus.documents`.
    public internal(set) var document: [Int32] = []
    /// Index in `Corpus.reports`; -1 for a figure in a document's lead.
    public internal(set) var report: [Int32] = []
    /// Index in `Corpus.sections`; -1 for a figure in a document's lead.
    public internal(set) var section: [Int32] = []
    /// Index in `Corpus.sentences`.
    public internal(set) var sentence: [Int32] = []
    /// Byte range of the raw text in the document's text (its line and column:
    /// `Corpus.line(ofMeasure:)`, `Corpus.column(ofMeasure:)`).
    public internal(set) var rawStart: [Int32] = []
    public internal(set) var rawEnd: [Int32] = []

    /// The number of measures.
    public var count: Int { value.count }

    /// Gives back the unused capacity of every column.
    mutating func trimCapacity() {
        trim(&value)
        high.trimCapacity()
        trim(&unit)
        trim(&kind)
        trim(&approximation)
        trim(&details)
        trim(&partOf)
        trim(&subject)
        trim(&document)
        trim(&report)
        trim(&section)
        trim(&sentence)
        trim(&rawStart)
        trim(&rawEnd)
    }

    mutating func reserve(_ extra: Int) {
        let total = count + extra
        value.reserveCapacity(total)
        unit.reserveCapacity(total)
        kind.reserveCapacity(total)
        approximation.reserveCapacity(total)
        details.reserveCapacity(total)
        partOf.reserveCapacity(total)
        subject.reserveCapacity(total)
        document.reserveCapacity(total)
        report.reserveCapacity(total)
        section.reserveCapacity(total)
        sentence.reserveCapacity(total)
        rawStart.reserveCapacity(total)
        rawEnd.reserveCapacity(total)
    }
}

/// Every sentence of a corpus, by column. Sentences are split at `。！？；` and line ends.
public struct SentenceTable: Sendable {
    /// Index in `Corpus.documents`.
    public internal(set) var document: [Int32] = []
    /// Index in `Corpus.reports`; -1 in a document's lead.
    public internal(set) var report: [Int32] = []
    /// Index in `Corpus.sections`; -1 in a document's lead.
    public internal(set) var section: [Int32] = []
    /// Byte range in the document's text (the line of its start: `Corpus.line(ofSentence:)`).
    public internal(set) var start: [Int32] = []
    public internal(set) var end: [Int32] = []

    /// The number of sentences.
    public var count: Int { start.count }

    /// Gives back the unused capacity of every column.
    mutating func trimCapacity() {
        trim(&document)
        trim(&report)
        trim(&section)
        trim(&start)
        trim(&end)
    }

    mutating func reserve(_ extra: Int) {
        let total = count + extra
        document.reserveCapacity(total)
        report.reserveCapacity(total)
        section.reserveCapacity(total)
        start.reserveCapacity(total)
        end.reserveCapacity(total)
    }
}

/// Replaces `array`'s storage with an exact-size copy when more than an eighth of it is unused
/// (arrays grown one element at a time double their capacity).
func trim<Element>(_ array: inout [Element]) {
    guard array.capacity - array.count > array.count / 8 else { return }
    array = array.withUnsafeBufferPointer { Array($0) }
}
