/// A corpus as bytes and back, every column as it was: the build archives the bundled seeds this
/// way (the SeedArchive plugin) so tally starts without parsing them.
///
/// The archive is read by the same build that wrote it, so the format has no versions to keep
/// apart: its first bytes only tell an archive from other bytes.
extension Corpus {
    /// The first bytes of every archive: `tally` and the format's number.
    static let archiveMagic: [UInt8] = Array("tally-corpus-1".utf8)

    /// This corpus as bytes that `Corpus(archive:)` reads back.
    public func archived() -> [UInt8] {
        var writer = ArchiveWriter()
        writer.write(Corpus.archiveMagic)
        writer.write(documents) { $0.write($1) }
        writer.write(reports) { $0.write($1) }
        writer.write(sections) { $0.write($1) }
        writer.write(sentences)
        writer.write(measures)
        writer.write(units.strings)
        writer.write(subjects.strings)
        writer.write(indicators.strings)
        writer.write(indicatorOfSubject)
        return writer.bytes
    }

    /// The corpus `archived()` wrote into `archive`.
    public init(archive: [UInt8]) throws(ArchiveFailure) {
        var reader = ArchiveReader(archive)
        guard try reader.readArray(of: UInt8.self) == Corpus.archiveMagic else {
            throw ArchiveFailure.invalid("the archive's first bytes", at: 0)
        }
        self.init()
        documents = try reader.readArray { (reader: inout ArchiveReader) throws(ArchiveFailure) in
            try reader.readDocument()
        }
        fingerprints = Set(documents.map(\.fingerprint))
        reports = try reader.readArray { (reader: inout ArchiveReader) throws(ArchiveFailure) in
            try reader.readReport()
        }
        sections = try reader.readArray { (reader: inout ArchiveReader) throws(ArchiveFailure) in
            try reader.readSection()
        }
        sentences = try reader.readSentenceTable()
        measures = try reader.readMeasureTable()
        units = try reader.readStringPool()
        subjects = try reader.readStringPool()
        indicators = try reader.readStringPool()
        indicatorOfSubject = try reader.readArray(of: Int32.self)
        guard reader.isAtEnd else { throw ArchiveFailure.invalid("bytes after the corpus", at: archive.count) }
    }
}

extension ArchiveWriter {
    fileprivate mutating func write(_ document: Document) {
        write(document.name)
        write(document.encoding.rawValue)
        for field in [
            document.metadata.title, document.metadata.source, document.metadata.author, document.metadata.date,
            document.metadata.link,
        ] {
            write(field) { $0.write($1) }
        }
        write(document.lead)
        write(document.text)
        write(document.lineStarts)
        write(document.reports)
        write(document.sentences)
        write(document.fingerprint)
    }

    fileprivate mutating func write(_ report: Report) {
        write(report.document)
        for field in [report.place, report.city, report.role, report.speaker, report.title] { write(field) }
        write(report.date) { $0.write($1) }
        write(report.year) { $0.write($1) }
        write(report.line)
        write(report.sections)
        write(report.measures)
    }

    fileprivate mutating func write(_ section: Section) {
        write(section.report)
        write(section.level)
        for field in [section.path, section.label] { write(field) }
        write(Int(section.headingRange.lowerBound))
        write(Int(section.headingRange.upperBound))
        write(section.line)
        write(section.measures)
    }

    fileprivate mutating func write(_ sentences: SentenceTable) {
        for column in [sentences.document, sentences.report, sentences.section, sentences.start, sentences.end] {
            write(column)
        }
    }

    fileprivate mutating func write(_ measures: MeasureTable) {
        write(measures.value)
        write(measures.high.measures)
        write(measures.high.values)
        write(measures.unit)
        write(measures.kind.map(\.rawValue))
        write(measures.approximation.map(\.rawValue))
        write(measures.details) { $1.write(to: &$0) }
        for column in [
            measures.partOf, measures.subject, measures.document, measures.report, measures.section,
            measures.sentence, measures.rawStart, measures.rawEnd,
        ] {
            write(column)
        }
    }
}

extension ArchiveReader {
    fileprivate mutating func readDocument() throws(ArchiveFailure) -> Document {
        let name = try readString()
        guard let encoding = TextEncoding(rawValue: try readString()) else {
            throw ArchiveFailure.invalid("an encoding", at: position)
        }
        var fields: [String?] = []
        for _ in 0..<5 {
            fields.append(
                try readOptional { (reader: inout ArchiveReader) throws(ArchiveFailure) in try reader.readString() })
        }
        return Document(
            name: name, encoding: encoding,
            metadata: DocumentMetadata(
                title: fields[0], source: fields[1], author: fields[2], date: fields[3], link: fields[4]),
            lead: try readString(), text: try readArray(of: UInt8.self), lineStarts: try readArray(of: Int32.self),
            reports: try readRange(), sentences: try readRange(), fingerprint: try read(UInt64.self))
    }

    fileprivate mutating func readReport() throws(ArchiveFailure) -> Report {
        Report(
            document: try readInt(), place: try readString(), city: try readString(), role: try readString(),
            speaker: try readString(), title: try readString(),
            date: try readOptional { (reader: inout ArchiveReader) throws(ArchiveFailure) in try reader.readString() },
            year: try readOptional { (reader: inout ArchiveReader) throws(ArchiveFailure) in try reader.readInt() },
            line: try readInt(), sections: try readRange(), measures: try readRange())
    }

    fileprivate mutating func readSection() throws(ArchiveFailure) -> Section {
        Section(
            report: try readInt(), level: try readInt(), path: try readString(), label: try readString(),
            headingRange: try readHeadingRange(), line: try readInt(), measures: try readRange())
    }

    /// A section heading's byte range, as two integers.
    private mutating func readHeadingRange() throws(ArchiveFailure) -> Range<Int32> {
        let (lower, upper) = (try readInt(), try readInt())
        guard let low = Int32(exactly: lower), let high = Int32(exactly: upper), low <= high else {
            throw ArchiveFailure.invalid("a heading's range", at: position)
        }
        return low..<high
    }

    fileprivate mutating func readSentenceTable() throws(ArchiveFailure) -> SentenceTable {
        var sentences = SentenceTable()
        sentences.document = try readArray()
        sentences.report = try readArray()
        sentences.section = try readArray()
        sentences.start = try readArray()
        sentences.end = try readArray()
        return sentences
    }

    fileprivate mutating func readMeasureTable() throws(ArchiveFailure) -> MeasureTable {
        var measures = MeasureTable()
        measures.value = try readDoubles()
        guard let highs = RangeHighs(measures: try readArray(), values: try readDoubles()) else {
            throw ArchiveFailure.invalid("the high ends of ranges", at: position)
        }
        measures.high = highs
        measures.unit = try readArray()
        measures.kind = try readEnums()
        measures.approximation = try readEnums()
        measures.details = try readArray { (reader: inout ArchiveReader) throws(ArchiveFailure) in
            try MeasureDetails(from: &reader)
        }
        measures.partOf = try readArray()
        measures.subject = try readArray()
        measures.document = try readArray()
        measures.report = try readArray()
        measures.section = try readArray()
        measures.sentence = try readArray()
        measures.rawStart = try readArray()
        measures.rawEnd = try readArray()
        return measures
    }

    /// An array of enumeration cases written by their raw bytes.
    private mutating func readEnums<Case: RawRepresentable<UInt8>>() throws(ArchiveFailure) -> [Case] {
        var cases: [Case] = []
        for raw in try readArray(of: UInt8.self) {
            guard let value = Case(rawValue: raw) else { throw ArchiveFailure.invalid("a case", at: position) }
            cases.append(value)
        }
        return cases
    }

    fileprivate mutating func readStringPool() throws(ArchiveFailure) -> StringPool {
        guard let pool = StringPool(distinct: try readStrings()) else {
            throw ArchiveFailure.invalid("a string pool (a string twice)", at: position)
        }
        return pool
    }
}
