/// Turns the decoded text of one file into reports, sections, sentences and measures.
///
/// The page is read line by line: site boilerplate, page chrome, photo captions and the footer are
/// set aside, metadata lines (in any order, a key and its value on one line or two) give source,
/// author and date, meeting lines give the day and place of delivery, each speaker line starts a
/// report (with the short title lines just above it), heading markers open sections, and every other
/// line is split into sentences whose figures the `MeasureScanner` reads.
struct DocumentParser {
    let name: String
    let bytes: Bytes
    let lines: TextLines
    var locator: LineLocator

    var kinds: [LineKind] = []
    var document = DocumentAssembly()

    enum LineKind: Equatable {
        case blank, boilerplate, footer, metadata, text, caption
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

    // MARK: - Lines

    private mutating func classifyLines() {
        kinds.reserveCapacity(lines.count)
        var sawFooter = false
        var sawSentence = false  // metadata lines come before the text, never inside it
        var pendingKey: String?  // a metadata key whose value is on the next line
        var openMeeting = false  // a meeting line that goes on on the next line
        for range in lines.trimmed {
            if range.isEmpty {
                kinds.append(.blank)
                continue
            }
            let meetingGoesOn = openMeeting
            openMeeting = false
            let key = pendingKey
            pendingKey = nil
            if let marker = HeadingMarker(bytes, at: range.lowerBound, limit: range.upperBound) {
                kinds.append(.heading(marker))
                continue
            }
            if LineClassifier.startsFooter(bytes, range) && !kinds.isEmpty {
                if document.metadata.link == nil, let link = LineClassifier.metadata(bytes, range)?.link {
                    document.metadata.link = link
                }
                kinds.append(sawFooter ? .boilerplate : .footer)
                sawFooter = true
                continue
            }
            guard range.count <= 480 else {
                kinds.append(.text)
                sawSentence = true
                continue
            }
            if !sawSentence, let kind = metadataKind(range, key: key, pendingKey: &pendingKey) {
                kinds.append(kind)
                continue
            }
            if meetingGoesOn, isMeetingContinuation(range) {
                kinds.append(.boilerplate)
                continue
            }
            if MeetingLine.mayBe(bytes, range), let meeting = MeetingLine(bytes.string(range)) {
                kinds.append(.meeting(meeting))
                openMeeting = !meeting.venue.hasSuffix("上")
            } else if SpeakerLine.mayBe(bytes, range), let speaker = SpeakerLine(bytes.string(range)) {
                kinds.append(.speaker(speaker))
            } else if LineClassifier.isChromeLine(bytes, range) {
                kinds.append(.boilerplate)
            } else if range.count <= 120 * 3, CaptionLine.isCaption(bytes.string(range)) {
                kinds.append(.caption)
            } else if range.count <= 240 && LineClassifier.isBoilerplate(bytes, range) {
                kinds.append(.boilerplate)
            } else {
                kinds.append(.text)
                sawSentence = sawSentence || bytes.firstOffset(of: "。", from: range.lowerBound, limit: range.upperBound) != nil
            }
        }
    }

    /// Reads a metadata line into the document's metadata (the first value of each field wins):
    /// `来源：北京日报`, a key alone (`时间：`, its value on the next line), the value after such a key,
    /// or a bare date line (`2026-01-31 07:00:44`). Returns nil for other lines.
    private mutating func metadataKind(_ range: Range<Int>, key: String?, pendingKey: inout String?) -> LineKind? {
        let found: DocumentMetadata
        if let key {
            found = LineClassifier.metadata(key + bytes.string(range)) ?? DocumentMetadata()
        } else if let only = LineClassifier.keyOnly(bytes, range) {
            pendingKey = only
            return .metadata
        } else if LineClassifier.mayHoldMetadata(bytes, range), let metadata = LineClassifier.metadata(bytes, range),
            metadata.source != nil || metadata.date != nil
        {
            found = metadata
        } else if range.count <= 32 * 3, ReportDate.isDateLine(bytes.string(range)) {
            found = DocumentMetadata(date: bytes.string(range))
        } else {
            return key == nil ? nil : .metadata
        }
        document.metadata.source = document.metadata.source ?? found.source
        document.metadata.author = document.metadata.author ?? found.author
        document.metadata.date = document.metadata.date ?? found.date
        document.metadata.link = document.metadata.link ?? found.link
        return .metadata
    }

    /// The second half of a meeting line broken in two (`人民代表大会第五次会议上`).
    private func isMeetingContinuation(_ range: Range<Int>) -> Bool {
        let text = bytes.string(range)
        return text.unicodeScalars.count <= 40 && !text.contains("。")
            && (text.hasSuffix("会议上") || text.hasSuffix("会议上）") || text.hasSuffix("大会上"))
    }

    /// The pieces of a breadcrumb printed one to a line (`首页` / `>` / `政府信息公开` / `>` / …): the short
    /// lines on both sides of a `>` line are boilerplate too.
    private mutating func markBreadcrumbs() {
        for line in kinds.indices where kinds[line] == .boilerplate && [">", "›", "»"].contains(text(line)) {
            for neighbour in [line - 1, line + 1] where kinds.indices.contains(neighbour) && kinds[neighbour] == .text {
                if isTitleLike(neighbour) && bytes.scalarCount(lines.trimmed[neighbour]) <= 16 {
                    kinds[neighbour] = .boilerplate
                }
            }
        }
    }

    /// A bare name line whose office is in the photo caption after it (`毛伟明`, then
    /// `…省长毛伟明作政府工作报告…`) is a speaker line. Looks at most three lines ahead.
    private mutating func markCaptionedSpeakers() {
        for line in kinds.indices where kinds[line] == .text && lines.trimmed[line].count <= 4 * 4 {
            let name = text(line)
            guard SpeakerLine.isName(ArraySlice(name.unicodeScalars)) else { continue }
            for next in line + 1..<min(line + 4, kinds.count) where kinds[next] == .caption {
                if let speaker = CaptionLine.speaker(named: name, in: text(next)) {
                    kinds[line] = .speaker(speaker)
                }
                break
            }
        }
    }

    func text(_ line: Int) -> String { bytes.string(lines.trimmed[line]) }

    /// The speaker of a speaker line, or of a meeting line that names one.
    func speaker(at line: Int) -> SpeakerLine? {
        switch kinds[line] {
        case .speaker(let speaker): speaker
        case .meeting(let meeting): meeting.speaker
        default: nil
        }
    }

    /// The speaker lines of `content`, each speech once: a page that repeats its header block
    /// (title, meeting and speaker, then breadcrumbs) names the same speaker again before any
    /// sentence; the later line is the one that starts the report.
    private func distinctSpeakers(in content: Range<Int>) -> [Int] {
        var found: [Int] = []
        var sentenceSinceLast = false
        for line in content {
            if let speaker = speaker(at: line) {
                if let last = found.last, !sentenceSinceLast, self.speaker(at: last) == speaker {
                    found[found.count - 1] = line
                } else {
                    found.append(line)
                }
                sentenceSinceLast = false
            } else if kinds[line] == .text && !isTitleLike(line) {
                sentenceSinceLast = true
            }
        }
        return found
    }

    /// A short line without sentence punctuation, not ending in a colon (`各位代表：`): a title.
    func isTitleLike(_ line: Int) -> Bool {
        let range = lines.trimmed[line]
        guard kinds[line] == .text, range.count <= 150, bytes.scalarCount(range) <= 40,
            bytes[range.upperBound - 1] != 0x3A, !bytes.matches("：", at: range.upperBound - 3)
        else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = bytes.scalar(at: index)
            switch value {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x3B, 0x21, 0x3F, 0xFF0C, 0x2C: return false  // 。！？；;!?，,
            default: index += length
            }
        }
        return true
    }

    /// The page title: the first title-like line naming a work report (`2026年北京市政府工作报告`,
    /// `政 府 工 作 报 告`) before the first sentence, else the title-like line nearest above the
    /// metadata lines, else the first title-like line.
    private func documentTitle() -> String? {
        for line in kinds.indices {
            if kinds[line] == .text && !isTitleLike(line) { break }
            if case .heading = kinds[line] { break }
            if isTitleLike(line), ReportTitle.normalized(text(line)).hasSuffix("报告") {
                return ReportTitle.normalized(text(line))
            }
        }
        if let firstMetadata = kinds.firstIndex(of: .metadata), firstMetadata > 0 {
            for line in stride(from: firstMetadata - 1, through: 0, by: -1) where kinds[line] != .blank {
                if kinds[line] == .text { return ReportTitle.normalized(text(line)) }
                if kinds[line] != .boilerplate { break }
            }
        }
        return kinds.indices.first(where: isTitleLike).map { ReportTitle.normalized(text($0)) }
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
            let title = speakers.count == 1 && (ownTitle.isEmpty || ownTitle.hasSuffix("报告") && pageTitle.hasSuffix("报告"))
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

    private mutating func parseBody(_ body: Range<Int>) {
        let report = document.reports.count - 1
        let firstLine = body.first(where: { kinds[$0] != .blank }) ?? body.lowerBound
        var outline = Outline()
        document.sections.append(
            ParsedSection(report: report, level: 0, path: "0", label: "", heading: "", line: firstLine + 1))
        var section = document.sections.count - 1
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
                        label: bytes.string(range.lowerBound..<marker.end), heading: bytes.string(heading),
                        line: line + 1))
                section = document.sections.count - 1
                addParagraph(marker.end..<headingEnd.sentence, section: section)
                if headingEnd.sentence < range.upperBound {
                    addParagraph(headingEnd.sentence..<range.upperBound, section: section)
                }
            case .text, .speaker:
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

    /// The longest sentence kept whole, in bytes (see `SentenceSplitter.maximumSentenceBytes`).
    static let maximumSentenceBytes = SentenceSplitter.maximumSentenceBytes

    private mutating func addSentence(_ range: Range<Int>, section: Int) {
        let trimmed = TextLines.trim(bytes, range)
        guard !trimmed.isEmpty else { return }
        let sentence = document.sentences.count
        document.sentences.append(
            ParsedSentence(section: section, start: trimmed.lowerBound, end: trimmed.upperBound,
                           line: locator.lineIndex(of: trimmed.lowerBound) + 1))
        let base = document.measures.count
        for scanned in MeasureScanner(bytes: bytes).scan(trimmed) {
            let (line, column) = locator.location(of: scanned.rawStart, in: bytes)
            document.measures.append(
                ParsedMeasure(scanned: scanned, sentence: sentence, partOf: scanned.partOf.map { $0 + base },
                              line: line, column: column))
        }
    }
}

/// What a `DocumentParser` finds in one text.
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
