/// Turns the decoded text of one file into reports, sections, sentences and measures.
///
/// The page is read line by line: site boilerplate and the footer are set aside, the metadata line
/// gives title, source, author and date, each speaker line starts a report (with the short title lines
/// just above it), heading markers open sections, and every other line is split into sentences whose
/// figures the `MeasureScanner` reads.
struct DocumentParser {
    let name: String
    let bytes: Bytes
    let lines: TextLines
    var locator: LineLocator

    private var kinds: [LineKind] = []
    private var document = DocumentAssembly()

    enum LineKind: Equatable {
        case blank, boilerplate, footer, metadata, text
        case speaker(SpeakerLine)
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
        let contentStart = (kinds.firstIndex(of: .metadata).map { $0 + 1 }) ?? 0
        document.metadata.title = documentTitle(before: contentStart)?.collapsingSpaces()
        let contentEnd = kinds[contentStart...].firstIndex(of: .footer) ?? kinds.count
        let speakers = (contentStart..<contentEnd).filter {
            if case .speaker = kinds[$0] { return true }
            return false
        }
        if speakers.isEmpty {
            parseSingleReport(contentStart..<contentEnd)
        } else {
            parseReports(speakers: speakers, content: contentStart..<contentEnd)
        }
        return document
    }

    // MARK: - Lines

    private mutating func classifyLines() {
        kinds.reserveCapacity(lines.count)
        var sawMetadata = false
        var sawFooter = false
        var sawSentence = false  // metadata lines come before the text, never inside it
        for range in lines.trimmed {
            if range.isEmpty {
                kinds.append(.blank)
                continue
            }
            if let marker = HeadingMarker(bytes, at: range.lowerBound, limit: range.upperBound) {
                kinds.append(.heading(marker))
                continue
            }
            if LineClassifier.startsFooter(bytes, range) && (sawMetadata || !kinds.isEmpty) {
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
            if !sawMetadata, !sawSentence, LineClassifier.mayHoldMetadata(bytes, range),
                let metadata = LineClassifier.metadata(bytes, range), metadata.source != nil || metadata.date != nil
            {
                document.metadata.source = metadata.source
                document.metadata.author = metadata.author
                document.metadata.date = metadata.date
                if metadata.link != nil { document.metadata.link = metadata.link }
                sawMetadata = true
                kinds.append(.metadata)
            } else if SpeakerLine.mayBe(bytes, range), let speaker = SpeakerLine(bytes.string(range)) {
                kinds.append(.speaker(speaker))
            } else if range.count <= 240 && LineClassifier.isBoilerplate(bytes, range) {
                kinds.append(.boilerplate)
            } else {
                kinds.append(.text)
                sawSentence = sawSentence || bytes.firstOffset(of: "。", from: range.lowerBound, limit: range.upperBound) != nil
            }
        }
    }

    private func text(_ line: Int) -> String { bytes.string(lines.trimmed[line]) }

    /// A short line without sentence punctuation: a title.
    private func isTitleLike(_ line: Int) -> Bool {
        let range = lines.trimmed[line]
        guard kinds[line] == .text, range.count <= 150, bytes.scalarCount(range) <= 40 else { return false }
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

    /// The page title: the title-like line nearest above the metadata line, else the first one.
    private func documentTitle(before contentStart: Int) -> String? {
        if contentStart > 0 {
            for line in stride(from: contentStart - 2, through: 0, by: -1) where kinds[line] != .blank {
                if kinds[line] == .text { return text(line) }
                if kinds[line] != .boilerplate { break }
            }
        }
        return kinds.indices.first(where: isTitleLike).map(text)
    }

    // MARK: - Reports

    private mutating func parseReports(speakers: [Int], content: Range<Int>) {
        var starts: [Int] = []
        var titles: [[Int]] = []
        for (position, speaker) in speakers.enumerated() {
            let floor = position == 0 ? content.lowerBound : speakers[position - 1] + 1
            let titleLines = titleLines(above: speaker, floor: floor)
            titles.append(titleLines)
            starts.append(titleLines.first ?? speaker)
        }
        let leadLines = (content.lowerBound..<(starts.first ?? content.upperBound)).filter {
            kinds[$0] == .text && text($0) != document.metadata.title
        }
        document.lead = leadLines.map(text).joined(separator: "\n")
        for line in leadLines { addParagraph(lines.trimmed[line], section: -1) }

        let context = PlaceName.firstPlace(in: document.metadata.source ?? "")
            ?? PlaceName.firstPlace(in: document.metadata.title ?? "")
        for (position, speakerLine) in speakers.enumerated() {
            guard case .speaker(let speaker) = kinds[speakerLine] else { continue }
            let place = PlaceName.parse(office: speaker.role) ?? context ?? (place: "", city: "")
            let end = position + 1 < starts.count ? starts[position + 1] : content.upperBound
            document.reports.append(
                ParsedReport(
                    place: place.place, city: place.city.isEmpty ? "省" : place.city, role: speaker.role,
                    speaker: speaker.name, title: titles[position].map(text).joined(separator: " ").collapsingSpaces(),
                    line: speakerLine + 1))
            parseBody(speakerLine + 1..<end)
        }
    }

    /// The one to three short title lines just above a speaker line (blank lines between are fine).
    private func titleLines(above speaker: Int, floor: Int) -> [Int] {
        var found: [Int] = []
        var line = speaker - 1
        while line >= floor && found.count < 3 {
            if kinds[line] == .blank || kinds[line] == .boilerplate {
                line -= 1
                continue
            }
            guard isTitleLike(line) else { break }
            found.insert(line, at: 0)
            line -= 1
        }
        return found
    }

    /// A document without speaker lines is one report, placed by its title, source or file name.
    private mutating func parseSingleReport(_ content: Range<Int>) {
        let title = document.metadata.title ?? ""
        let place = PlaceName.firstPlace(in: title) ?? PlaceName.firstPlace(in: document.metadata.source ?? "")
            ?? PlaceName.firstPlace(in: name)
        let stem = name.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? name
        let body = content.filter { kinds[$0] != .blank && kinds[$0] != .boilerplate && !(kinds[$0] == .text && text($0) == title) }
        guard let first = body.first else { return }
        document.reports.append(
            ParsedReport(
                place: place?.place ?? stem, city: place?.city ?? stem, role: "", speaker: "", title: title,
                line: first + 1))
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
            case .blank, .boilerplate, .footer, .metadata:
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

    /// Splits a paragraph into sentences at `。！？；` (and their ASCII forms), keeping closing quotes
    /// with their sentence, and scans each for measures. The scan reads bytes: `。` is E3 80 82 and
    /// `！？；` are EF BC 81/9F/9B, so only those lead bytes need a closer look.
    private mutating func addParagraph(_ range: Range<Int>, section: Int) {
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            var terminatorLength = 0
            if byte == 0x3B || byte == 0x21 || byte == 0x3F {
                terminatorLength = 1
            } else if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 {
                terminatorLength = 3
            } else if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC,
                bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F || bytes[index + 2] == 0x9B
            {
                terminatorLength = 3
            }
            guard terminatorLength > 0 else {
                index += 1
                if index - start >= Self.maximumSentenceBytes && index < end {
                    let cut = longSentenceCut(start..<index)
                    addSentence(start..<cut, section: section)
                    start = cut
                }
                continue
            }
            index += terminatorLength
            while index < end, Self.isClosingMark(bytes.scalar(at: index).value) {
                index += bytes.scalar(at: index).length
            }
            addSentence(start..<index, section: section)
            start = index
        }
        if start < end { addSentence(start..<end, section: section) }
    }

    /// The longest sentence kept whole, in bytes (about 2,700 Chinese characters; real sentences are
    /// far shorter). A longer run without sentence punctuation — a hostile or broken file — is cut
    /// into pieces, so that no sentence costs megabytes each time a measure shows it and a regular
    /// expression never runs over megabytes at once.
    static let maximumSentenceBytes = 8_192

    /// Where to cut the over-long sentence `range`: after its last clause mark (`，、：,` or a space)
    /// in the final quarter, else at the last character boundary not between two ASCII digits.
    private func longSentenceCut(_ range: Range<Int>) -> Int {
        let earliest = range.upperBound - Self.maximumSentenceBytes / 4
        var index = range.upperBound
        while index > earliest {
            index -= 1
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x20 { return index + 1 }
            if index >= 2, bytes[index - 2] == 0xEF, bytes[index - 1] == 0xBC, byte == 0x8C || byte == 0x9A {
                return index + 1
            }
            if index >= 2, bytes[index - 2] == 0xE3, bytes[index - 1] == 0x80, byte == 0x81 { return index + 1 }
        }
        index = range.upperBound
        while index > range.lowerBound + 1 {
            let isLeadByte = bytes[index] & 0xC0 != 0x80
            let betweenDigits = (0x30...0x39).contains(bytes[index]) && (0x30...0x39).contains(bytes[index - 1])
            if isLeadByte && !betweenDigits { return index }
            index -= 1
        }
        return range.upperBound
    }

    /// Closing quotes and brackets that stay with the sentence before them: ” ’ 」 』 ） ).
    private static func isClosingMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29: true
        default: false
        }
    }

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
