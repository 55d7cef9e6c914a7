/// The first pass of a `StructureParser`: what each line of the page is (text, a heading, a
/// speaker, a meeting line, metadata, chrome, a caption), and the page title.
extension StructureParser {
    /// Gives every line its kind, in one pass; the metadata found on the way fills the document's.
    mutating func classifyLines() {
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
            } else if CaptionLine.mayBe(bytes, range), CaptionLine.isCaption(bytes.string(range)) {
                kinds.append(.caption)
            } else if range.count <= 240 && LineClassifier.isBoilerplate(bytes, range) {
                kinds.append(.boilerplate)
            } else {
                kinds.append(.text)
                sawSentence =
                    sawSentence || bytes.firstOffset(of: "。", from: range.lowerBound, limit: range.upperBound) != nil
            }
        }
    }

    /// Reads a metadata line into the document's metadata (the first value of each field wins):
    /// `来源：北京日报`, a key alone (`时间：`, its value on the next line), the value after such a key,
    /// or a bare date line (`2026-01-31 07:00:44`). Returns nil for other lines.
    mutating func metadataKind(_ range: Range<Int>, key: String?, pendingKey: inout String?) -> LineKind? {
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
    func isMeetingContinuation(_ range: Range<Int>) -> Bool {
        let text = bytes.string(range)
        return text.unicodeScalars.count <= 40 && !text.contains("。")
            && (text.hasSuffix("会议上") || text.hasSuffix("会议上）") || text.hasSuffix("大会上"))
    }

    /// The pieces of a breadcrumb printed one to a line (`首页` / `>` / `政府信息公开` / `>` / …): the short
    /// lines on both sides of a `>` line are boilerplate too.
    mutating func markBreadcrumbs() {
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
    mutating func markCaptionedSpeakers() {
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

    /// A short line standing alone between two paragraphs, without any punctuation but quotes
    /// (`“十四五”时期发展成就和2025年工作回顾`), is a level-1 heading printed without its marker. Only
    /// lines after the report's first sentence count, and both neighbours must be paragraphs of
    /// sentences, so titles, captions, lists of short lines and attachments stay text.
    mutating func markBareHeadings() {
        var previous: Int?  // the nearest non-blank line above
        var sawSentence = false
        for line in kinds.indices where kinds[line] != .blank {
            defer { previous = line }
            let isParagraph = isSentenceParagraph(line)
            guard sawSentence || isParagraph else { continue }
            sawSentence = true
            guard kinds[line] == .text, let above = previous, isSentenceParagraph(above),
                let below = (line + 1..<min(line + 4, kinds.count)).first(where: { kinds[$0] != .blank }),
                isSentenceParagraph(below), isBareHeading(line)
            else { continue }
            kinds[line] = .bareHeading
        }
    }

    /// A text line of at least 30 characters ending in sentence punctuation.
    func isSentenceParagraph(_ line: Int) -> Bool {
        let range = lines.trimmed[line]
        guard kinds[line] == .text, range.count >= 30 * 3, bytes.hasScalars(30, in: range) else { return false }
        let last = bytes.scalar(at: bytes.scalarStart(before: range.upperBound)).value
        return [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x201D, 0xFF1A].contains(last)  // 。！？；”：
    }

    /// Six to thirty characters, Han, digits and quotes only.
    func isBareHeading(_ line: Int) -> Bool {
        let scalars = text(line).unicodeScalars
        return (6...30).contains(scalars.count)
            && scalars.allSatisfy {
                ScalarClass.isHan($0.value) || ScalarClass.digitValue($0.value) != nil
                    || "“”《》—".unicodeScalars.contains($0)
            }
    }

    /// The trimmed text of `line`.
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
    func distinctSpeakers(in content: Range<Int>) -> [Int] {
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
    func documentTitle() -> String? {
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
}
