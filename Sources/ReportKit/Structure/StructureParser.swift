/// Turns the decoded text of one file into reports, sections, sentences and measures.
///
/// The page is read line by line: site boilerplate, page chrome, photo captions and the footer are
/// set aside, metadata lines (in any order, a key and its value on one line or two) give source,
/// author and date, meeting lines give the day and place of delivery, each speaker line starts a
/// report (with the short title lines just above it), heading markers open sections, and every other
/// line is split into sentences whose figures the `MeasureScanner` reads.
struct StructureParser {
    let name: String
    let bytes: Bytes
    let lines: TextLines
    var locator: LineLocator

    var kinds: [LineKind] = []
    var document = DocumentAssembly()

    enum LineKind: Equatable {
        case blank, boilerplate, footer, metadata, text, caption
        /// A heading printed without a marker (`“十四五”时期发展成就和2025年工作回顾`).
        case bareHeading
        case speaker(SpeakerLine)
        case meeting(MeetingLine)
        case heading(HeadingMarker)
    }

    init(name: String, bytes: Bytes) {
        self.name = name
        self.bytes = bytes
        self.lines = TextLines(bytes)
        self.locator = LineLocator(starts: lines.starts)
    }

    /// Parses the whole text.
    mutating func parse() -> DocumentAssembly {
        classifyLines()
        markBreadcrumbs()
        markCaptionedSpeakers()
        markBareHeadings()
        let lastMetadata = kinds.lastIndex(of: .metadata)
        let contentStart = lastMetadata.map { $0 + 1 } ?? 0
        document.metadata.title = documentTitle()
        let contentEnd = kinds.firstIndex(of: .footer) ?? kinds.count
        let speakers = distinctSpeakers(in: 0..<contentEnd)
        if speakers.isEmpty {
            parseSingleReport(min(contentStart, contentEnd)..<contentEnd)
        } else {
            parseReports(speakers: speakers, content: 0..<contentEnd, leadStart: contentStart)
        }
        return document
    }

    // MARK: - Reports

    /// Reads one report per speaker line; the text lines from `leadStart` (past the metadata) to the
    /// first report are the document's lead.
    private mutating func parseReports(speakers: [Int], content: Range<Int>, leadStart: Int) {
        var starts: [Int] = []
        var titles: [[Int]] = []
        for (position, speaker) in speakers.enumerated() {
            let floor = position == 0 ? content.lowerBound : speakers[position - 1] + 1
            let titleLines = titleLines(above: speaker, floor: floor)
            titles.append(titleLines)
            starts.append(titleLines.first ?? speaker)
        }
        let leadLines = (leadStart..<max(leadStart, starts.first ?? content.upperBound)).filter {
            kinds[$0] == .text && ReportTitle.normalized(text($0)) != document.metadata.title
        }
        document.lead = leadLines.map(text).joined(separator: "\n")
        for line in leadLines { addParagraph(lines.trimmed[line], section: -1) }

        for (position, speakerLine) in speakers.enumerated() {
            guard let speaker = speaker(at: speakerLine) else { continue }
            let end = position + 1 < starts.count ? starts[position + 1] : content.upperBound
            let ownTitle = titles[position].map { ReportTitle.normalized(text($0)) }.joined(separator: " ")
            // A page of one speech: its page title when that is the fuller name of the same report.
            let pageTitle = document.metadata.title ?? ""
            let title =
                speakers.count == 1 && (ownTitle.isEmpty || ownTitle.hasSuffix("报告") && pageTitle.hasSuffix("报告"))
                ? pageTitle : ownTitle
            let floor = position == 0 ? 0 : speakers[position - 1] + 1
            let header = ReportHeader(
                speaker: speaker, title: title, documentTitle: document.metadata.title,
                meeting: meeting(from: floor, through: speakerLine), metadata: document.metadata)
            document.reports.append(header.report(line: speakerLine + 1))
            parseBody(speakerLine + 1..<end)
        }
    }

    /// The meeting line nearest above `line` (or `line` itself), not above `floor`.
    private func meeting(from floor: Int, through line: Int) -> MeetingLine? {
        for index in stride(from: line, through: floor, by: -1) {
            if case .meeting(let meeting) = kinds[index] { return meeting }
        }
        return nil
    }

    /// The one to three short title lines just above a speaker line (blank lines, chrome and
    /// captions between are passed over, and so are metadata and meeting lines until a title line is
    /// found); a title line printed twice counts once.
    private func titleLines(above speaker: Int, floor: Int) -> [Int] {
        var found: [Int] = []
        var line = speaker - 1
        while line >= floor && found.count < 3 {
            switch kinds[line] {
            case .blank, .boilerplate, .caption:
                line -= 1
                continue
            case .metadata, .meeting:
                if !found.isEmpty { return found }
                line -= 1
                continue
            default:
                break
            }
            guard isTitleLike(line) else { break }
            if !found.contains(where: { text($0) == text(line) }) { found.insert(line, at: 0) }
            line -= 1
        }
        return found
    }

    /// A document without speaker lines is one report, placed by its title, meeting line or source.
    private mutating func parseSingleReport(_ content: Range<Int>) {
        let title = document.metadata.title ?? ""
        let body = content.filter {
            switch kinds[$0] {
            case .blank, .boilerplate, .caption, .meeting, .metadata: false
            case .text: ReportTitle.normalized(text($0)) != title
            default: true
            }
        }
        guard let first = body.first else { return }
        let header = ReportHeader(
            speaker: nil, title: title, documentTitle: title, meeting: meeting(from: 0, through: first),
            metadata: document.metadata)
        document.reports.append(header.report(line: first + 1))
        parseBody(first..<content.upperBound)
    }

    // MARK: - Sections and sentences

    /// Reads the body of the latest report into sections and sentences.
    private mutating func parseBody(_ body: Range<Int>) {
        let report = document.reports.count - 1
        let firstLine = body.first(where: { kinds[$0] != .blank }) ?? body.lowerBound
        var outline = Outline()
        document.sections.append(
            ParsedSection(
                report: report, level: 0, path: "0", label: "", headingRange: 0..<0, line: firstLine + 1))
        var tracker = SectionTracker(root: document.sections.count - 1)
        for line in body {
            let range = lines.trimmed[line]
            switch kinds[line] {
            case .blank, .boilerplate, .footer, .metadata, .caption, .meeting:
                continue
            case .heading(let marker):
                let headingEnd = runInHeadingEnd(marker.end..<range.upperBound)
                let heading = TextLines.trim(bytes, marker.end..<headingEnd.text)
                document.sections.append(
                    ParsedSection(
                        report: report, level: marker.level, path: outline.enter(level: marker.level),
                        label: bytes.string(range.lowerBound..<marker.end), headingRange: heading,
                        line: line + 1))
                let section = document.sections.count - 1
                tracker.enter(level: marker.level, index: section, runIn: headingEnd.sentence < range.upperBound)
                addParagraph(marker.end..<headingEnd.sentence, section: section)
                if headingEnd.sentence < range.upperBound {
                    addParagraph(headingEnd.sentence..<range.upperBound, section: section)
                }
            case .bareHeading:
                document.sections.append(
                    ParsedSection(
                        report: report, level: 1, path: outline.enter(level: 1), label: "",
                        headingRange: range,
                        line: line + 1))
                tracker.enter(level: 1, index: document.sections.count - 1, runIn: false)
            case .text, .speaker:
                let section = tracker.section(forParagraph: bytes.matches("各位代表", at: range.lowerBound))
                addParagraph(range, section: section)
            }
        }
    }

    /// A heading runs to the end of its line, or when the line goes on as a paragraph (`一、…大提升。率先
    /// 在全省…`), to its first `。`: returns where the heading text ends and where its sentence ends.
    private func runInHeadingEnd(_ range: Range<Int>) -> (text: Int, sentence: Int) {
        var index = range.lowerBound
        var scalars = 0
        while index < range.upperBound && scalars <= 60 {
            if bytes.matches("。", at: index) { return (index, index + 3) }
            index += bytes.scalar(at: index).length
            scalars += 1
        }
        return (range.upperBound, range.upperBound)
    }

    /// Splits a paragraph into sentences and scans each for measures.
    private mutating func addParagraph(_ range: Range<Int>, section: Int) {
        for sentence in SentenceSplitter(bytes: bytes).sentences(in: range) { addSentence(sentence, section: section) }
    }

    /// Adds one sentence to `section` with the measures the `MeasureScanner` finds in it.
    private mutating func addSentence(_ range: Range<Int>, section: Int) {
        let trimmed = TextLines.trim(bytes, range)
        guard !trimmed.isEmpty else { return }
        let sentence = document.sentences.count
        document.sentences.append(
            ParsedSentence(
                section: section, start: trimmed.lowerBound, end: trimmed.upperBound,
                line: locator.lineIndex(of: trimmed.lowerBound) + 1))
        let base = document.measures.count
        for scanned in MeasureScanner(bytes: bytes).scan(trimmed) {
            let (line, column) = locator.location(of: scanned.rawStart, in: bytes)
            document.measures.append(
                ParsedMeasure(
                    scanned: scanned, sentence: sentence, partOf: scanned.partOf.map { $0 + base },
                    line: line, column: column))
        }
    }
}

/// What a `StructureParser` finds in one text.
struct DocumentAssembly {
    var metadata = DocumentMetadata()
    var lead = ""
    var reports: [ParsedReport] = []
    var sections: [ParsedSection] = []
    var sentences: [ParsedSentence] = []
    var measures: [ParsedMeasure] = []
}

/// Numbers headings by their place in the outline: `1`, `2`, `2.1`, `2.1.3`.
struct Outline {
    private var stack: [(level: Int, number: Int)] = []
    private var childCounts: [Int] = [0]

    /// Enters a heading of `level` and returns its path.
    mutating func enter(level: Int) -> String {
        while let top = stack.last, top.level >= level {
            stack.removeLast()
            childCounts.removeLast()
        }
        childCounts[childCounts.count - 1] += 1
        stack.append((level, childCounts[childCounts.count - 1]))
        childCounts.append(0)
        return stack.map { String($0.number) }.joined(separator: ".")
    }
}
