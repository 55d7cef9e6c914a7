/// Everything loaded: documents, their reports, sections and sentences, and every measure in columns.
///
/// Measures are stored in document order, so each report's and each section's measures are one
/// contiguous range. Strings that repeat (units, subjects) are interned.
public struct Corpus: Sendable {
    /// The loaded files, in the order they were added.
    public internal(set) var documents: [Document] = []
    /// Every report of every document.
    public internal(set) var reports: [Report] = []
    /// Every section of every report; each report's first section is its section 0.
    public internal(set) var sections: [Section] = []
    /// Every sentence.
    public internal(set) var sentences = SentenceTable()
    /// Every measure, by column.
    public internal(set) var measures = MeasureTable()
    /// The units measures use, interned.
    public internal(set) var units = StringPool()
    /// The subjects of measures, interned.
    public internal(set) var subjects = StringPool()
    /// The indicators subjects name (`IndicatorName`), interned.
    public internal(set) var indicators = StringPool()
    /// Each subject's indicator: an id in `indicators`, by subject id.
    public internal(set) var indicatorOfSubject: [Int32] = []
    /// The fingerprints of the documents' bytes, so that a document loaded twice is found at once.
    var fingerprints: Set<UInt64> = []

    /// An empty corpus.
    public init() {}

    /// A corpus of the given documents, in order.
    public init(_ documents: [ParsedDocument]) {
        // Exact capacities: growing by doubling would leave up to half of each column unused.
        measures.reserve(documents.reduce(0) { $0 + $1.measures.count })
        sentences.reserve(documents.reduce(0) { $0 + $1.sentences.count })
        sections.reserveCapacity(documents.reduce(0) { $0 + $1.sections.count })
        reports.reserveCapacity(documents.reduce(0) { $0 + $1.reports.count })
        self.documents.reserveCapacity(documents.count)
        for document in documents { add(document) }
    }

    /// Whether a document with the same bytes as `parsed` (under any name) is loaded.
    public func contains(_ parsed: ParsedDocument) -> Bool {
        fingerprints.contains(parsed.fingerprint)
    }

    /// Adds one parsed document after those already loaded, unless a document with the same bytes
    /// is loaded already; returns whether it was added.
    @discardableResult
    public mutating func add(_ parsed: ParsedDocument) -> Bool {
        guard !contains(parsed) else { return false }
        let documentIndex = documents.count
        let reportBase = reports.count
        let sectionBase = sections.count
        let sentenceBase = sentences.count
        let measureBase = measures.count

        // Sentence → section and report; measures follow their sentences, so ranges are contiguous.
        for sentence in parsed.sentences {
            let section = sentence.section < 0 ? -1 : sectionBase + sentence.section
            let report = sentence.section < 0 ? -1 : reportBase + parsed.sections[sentence.section].report
            sentences.document.append(Int32(documentIndex))
            sentences.report.append(Int32(report))
            sentences.section.append(Int32(section))
            sentences.start.append(Int32(sentence.start))
            sentences.end.append(Int32(sentence.end))
        }
        for measure in parsed.measures {
            let scanned = measure.scanned
            let sentence = sentenceBase + measure.sentence
            let unit = units.intern(scanned.quantity.unit)
            measures.high.append(scanned.quantity.high, at: measures.value.count)
            measures.value.append(scanned.quantity.value)
            measures.unit.append(unit)
            measures.kind.append(scanned.quantity.kind)
            measures.approximation.append(scanned.quantity.approximation)
            measures.details.append(scanned.details)
            measures.partOf.append(measure.partOf.map { Int32(measureBase + $0) } ?? -1)
            measures.subject.append(internSubject(scanned.subject))
            measures.document.append(Int32(documentIndex))
            measures.report.append(sentences.report[sentence])
            measures.section.append(sentences.section[sentence])
            measures.sentence.append(Int32(sentence))
            measures.rawStart.append(Int32(scanned.rawStart))
            measures.rawEnd.append(Int32(scanned.rawEnd))
        }
        let added = measureBase..<measures.count
        let sectionMeasures = measureRanges(
            in: added, where: \.section, base: sectionBase, count: parsed.sections.count)
        for (offset, section) in parsed.sections.enumerated() {
            sections.append(
                Section(
                    report: reportBase + section.report, level: section.level, path: section.path,
                    label: section.label,
                    headingRange: Int32(section.headingRange.lowerBound)..<Int32(section.headingRange.upperBound),
                    line: section.line,
                    measures: sectionMeasures[offset]))
        }
        let reportMeasures = measureRanges(in: added, where: \.report, base: reportBase, count: parsed.reports.count)
        let reportSections = sectionRanges(of: parsed, base: sectionBase)
        for (offset, report) in parsed.reports.enumerated() {
            reports.append(
                Report(
                    document: documentIndex, place: report.place, city: report.city, role: report.role,
                    speaker: report.speaker, title: report.title, date: report.date, year: report.year,
                    line: report.line, sections: reportSections[offset] ?? sections.count..<sections.count,
                    measures: reportMeasures[offset]))
        }
        fingerprints.insert(parsed.fingerprint)
        // The parser reserved room for a line per 64 bytes; a report has about one per 150.
        var lineStarts = parsed.lineStarts
        trim(&lineStarts)
        documents.append(
            Document(
                name: parsed.name, encoding: parsed.encoding, metadata: parsed.metadata, lead: parsed.lead,
                text: parsed.text, lineStarts: lineStarts, reports: reportBase..<reports.count,
                sentences: sentenceBase..<sentences.count, fingerprint: parsed.fingerprint))
        return true
    }

    /// The id of a subject, interning it and its indicator when it is new.
    private mutating func internSubject(_ subject: String) -> Int32 {
        let id = subjects.intern(subject)
        if Int(id) == indicatorOfSubject.count {
            indicatorOfSubject.append(indicators.intern(IndicatorName.of(subject)))
        }
        return id
    }

    /// Gives back the capacity that adding documents one at a time left unused in the columns and
    /// lists (call it after adding many).
    public mutating func trimCapacity() {
        measures.trimCapacity()
        sentences.trimCapacity()
        trim(&sections)
        trim(&reports)
        trim(&documents)
    }

    /// For each of `count` values from `base`, the contiguous run of measures in `range` whose column
    /// holds it, from its first occurrence (empty at the end of `range` when none does): one pass
    /// over the measures however many sections or reports there are.
    private func measureRanges(
        in range: Range<Int>, where column: KeyPath<MeasureTable, [Int32]>, base: Int, count: Int
    ) -> [Range<Int>] {
        let values = measures[keyPath: column]
        var runs = [Range<Int>?](repeating: nil, count: count)
        for index in range {
            let value = Int(values[index]) - base
            guard runs.indices.contains(value) else { continue }
            if let run = runs[value] {
                if run.upperBound == index { runs[value] = run.lowerBound..<(index + 1) }
            } else {
                runs[value] = index..<(index + 1)
            }
        }
        return runs.map { $0 ?? range.upperBound..<range.upperBound }
    }

    /// For each report of `parsed`, the range of its sections (from its first to its last) in the
    /// corpus's sections, which start at `base`; nil for a report without sections.
    private func sectionRanges(of parsed: ParsedDocument, base: Int) -> [Range<Int>?] {
        var ranges = [Range<Int>?](repeating: nil, count: parsed.reports.count)
        for (offset, section) in parsed.sections.enumerated() where ranges.indices.contains(section.report) {
            let global = base + offset
            ranges[section.report] = (ranges[section.report]?.lowerBound ?? global)..<(global + 1)
        }
        return ranges
    }

    // MARK: - Reading

    /// The text of sentence `index`.
    public func sentenceText(_ index: Int) -> String {
        // The text is read in place: copying the document would retain each of its fields.
        let range = Int(sentences.start[index])..<Int(sentences.end[index])
        return documents[Int(sentences.document[index])].text.withUnsafeBufferPointer { $0.string(range) }
    }

    /// The raw text of measure `index` as written (`超过3300人次`).
    public func rawText(ofMeasure index: Int) -> String {
        let document = documents[Int(measures.document[index])]
        return document.text.withUnsafeBufferPointer {
            $0.string(Int(measures.rawStart[index])..<Int(measures.rawEnd[index]))
        }
    }

    /// The measure at `index` with every field resolved, for display and machine formats.
    public func measure(_ index: Int) -> Measure {
        let reportIndex = Int(measures.report[index])
        let sectionIndex = Int(measures.section[index])
        let report = reportIndex >= 0 ? reports[reportIndex] : nil
        let section = sectionIndex >= 0 ? sections[sectionIndex] : nil
        let high = measures.high[index]
        return Measure(
            index: index, document: documents[Int(measures.document[index])].name, city: report?.city ?? "",
            speaker: report?.speaker ?? "", section: section?.path ?? "",
            heading: sectionIndex >= 0 ? heading(ofSection: sectionIndex) : "",
            quantity: Quantity(
                value: measures.value[index], high: high.isNaN ? nil : high, unit: units[measures.unit[index]],
                approximation: measures.approximation[index]),
            details: measures.details[index],
            partOf: measures.partOf[index] >= 0 ? Int(measures.partOf[index]) : nil,
            subject: subjects[measures.subject[index]], raw: rawText(ofMeasure: index),
            line: line(ofMeasure: index), column: column(ofMeasure: index),
            sentence: sentenceText(Int(measures.sentence[index])))
    }

    /// The distinct cities, in the order their reports were loaded.
    public var cities: [String] {
        var seen = Set<String>()
        return reports.map(\.city).filter { seen.insert($0).inserted }
    }
}

/// One measure with every field resolved: a row of `Corpus.measures`.
public struct Measure: Sendable, Hashable {
    /// The index in `Corpus.measures`.
    public var index: Int
    /// The document's name.
    public var document: String
    /// The report's city (`合肥`); empty in a document's lead.
    public var city: String
    /// The report's speaker.
    public var speaker: String
    /// The section path (`0`, `2`, `2.1`).
    public var section: String
    /// The section heading.
    public var heading: String
    /// Value, range high, unit and approximation.
    public var quantity: Quantity
    /// Level or change, basis, period, target, and whether the unit was inferred.
    public var details: MeasureDetails
    /// For a breakdown part, the index of its total.
    public var partOf: Int?
    /// What is measured.
    public var subject: String
    /// The figure as written.
    public var raw: String
    /// 1-based line and column (Unicode scalars) in the file.
    public var line: Int
    public var column: Int
    /// The sentence it stands in.
    public var sentence: String
}
