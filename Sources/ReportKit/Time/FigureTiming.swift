/// Gives every figure of a parsed text the period it describes and whether it is a target.
///
/// Time is read from the nearest words that name it: a year written before the figure in its
/// sentence (`2025年，…`, `从2020年的5.2万元提高到2025年的7.4万元`), a five-year span
/// (`“十四五”时期`), the opening of its paragraph (`过去五年，…`, `——这五年…`), a bare time line
/// (`“十五五”时期主要目标和2026年重点工作`), then its section headings (`一、2025年工作回顾`,
/// `二、2026年工作安排`). A plan's figures are targets; with nothing said, a figure describes the
/// year the report reviews: an annual report of year Y reviews Y−1 and plans Y.
struct FigureTiming {
    let bytes: Bytes

    /// The longest line read as a bare time heading, in scalars.
    static let bareHeadingLength = 40

    func assign(_ document: inout DocumentAssembly) {
        var headings: [Int: TimeContext] = [:]
        var currentSection = Int.min
        var sectionYear: Int?  // the year of the report that holds `currentSection`
        var currentLine = -1
        var paragraph = TimeContext()
        var measure = 0
        for (index, sentence) in document.sentences.enumerated() {
            if sentence.section != currentSection {
                let report = sentence.section >= 0 ? document.sections[sentence.section].report : 0
                sectionYear = document.reports.indices.contains(report) ? document.reports[report].year : nil
            }
            guard let reportYear = sectionYear else {
                currentSection = sentence.section
                continue
            }
            if sentence.section != currentSection {
                currentSection = sentence.section
                if sentence.section >= 0 {
                    let section = document.sections[sentence.section]
                    // Bare time lines are kept at level 0, above the numbered sections; a new report clears them.
                    paragraph = TimeContext()
                    if section.level == 0 {
                        headings = [:]
                    } else if section.label.isEmpty {
                        // A heading without a marker (`“十五五”时期主要目标和2026年重点工作`) stands above the
                        // numbered sections after it: its time holds until the next such heading.
                        let context = TimeContext.read(bytes, section.headingRange, reportYear: reportYear)
                        if !context.isEmpty { headings = [0: context] }
                    } else {
                        headings = headings.filter { $0.key < section.level }
                        headings[section.level] = TimeContext.read(bytes, section.headingRange, reportYear: reportYear)
                    }
                }
            }
            let startsLine = sentence.line != currentLine
            currentLine = sentence.line
            // A plan runs on over paragraphs (`《纲要草案》明确了今后五年的发展目标：…` then `围绕上述目标，…`); a
            // review's paragraphs each name their time (`——这五年…`), so its time ends with its paragraph.
            if startsLine && paragraph.plan != true { paragraph = TimeContext() }
            let endsLine = index + 1 == document.sentences.count || document.sentences[index + 1].line != sentence.line
            let sentenceRange = sentence.start..<sentence.end
            if startsLine && endsLine && isBareHeading(sentenceRange) {
                let context = TimeContext.read(bytes, sentenceRange, reportYear: reportYear)
                if !context.isEmpty {
                    headings = [0: context]
                    paragraph = TimeContext()
                }
            } else if let clause = openingClause(sentenceRange) {
                // A sentence that opens with time words (`五年来，…`, `2025年，…`) sets the time of what
                // follows; one that says nothing of time goes on in the time before it.
                let context = TimeContext.read(bytes, clause, reportYear: reportYear)
                if !context.isEmpty { paragraph = context }
            }
            guard measure < document.measures.count && document.measures[measure].sentence == index else { continue }
            var outer = paragraph
            for level in headings.keys.sorted(by: >) { outer = outer.within(headings[level] ?? TimeContext()) }
            let sentenceIsTarget = TimeWords.namesTarget(in: bytes, sentenceRange)
            // Only a sentence that writes a year (年) or a plan (五) needs its own words read.
            let mentions =
                TimeWords.mayNameTime(in: bytes, sentenceRange)
                ? TimeMentions(bytes, sentenceRange, reportYear: reportYear) : nil
            while measure < document.measures.count && document.measures[measure].sentence == index {
                let scanned = document.measures[measure].scanned
                let own = mentions.map { sentenceContext(before: scanned.rawStart, $0, reportYear: reportYear) }
                let context = (own ?? TimeContext()).within(outer)
                let plan = context.plan ?? false
                document.measures[measure].scanned.details.period =
                    context.period ?? Period(year: plan ? reportYear : reportYear - 1)
                document.measures[measure].scanned.details.target = plan || (sentenceIsTarget && context.plan != false)
                measure += 1
            }
        }
    }

    /// What the words before a figure at byte `position` in its own sentence say: the nearest year
    /// written before it (not a comparison's `比2020年`), else a five-year span named as a time
    /// (`“十四五”时期`).
    func sentenceContext(before position: Int, _ mentions: TimeMentions, reportYear: Int) -> TimeContext {
        if let last = mentions.years.last(where: { $0.end <= position }),
            !bytes.matches("比", endingAt: last.yearStart) && !bytes.matches("较", endingAt: last.yearStart)
        {
            // `从2020年的82.4岁提升至83.9岁`: the year is the start's, not the end's.
            let tail = last.end..<position
            // `自2018年…以来`: from that year to the year reviewed.
            let since =
                bytes.matches("自", endingAt: last.yearStart) || (tail.count >= 6 && bytes.matches("以来", at: last.end))
            let year = last.period
            if since && year.isYear && year.start < reportYear - 1 {
                return TimeContext(period: Period(start: year.start, end: reportYear - 1), plan: false)
            }
            if bytes.firstOffset(of: "至", from: tail.lowerBound, limit: tail.upperBound) == nil
                && bytes.firstOffset(of: "到", from: tail.lowerBound, limit: tail.upperBound) == nil
            {
                return TimeContext(period: year, plan: year.end >= reportYear)
            }
        }
        let spanBefore = mentions.spans.first { $0.end <= position } ?? mentions.recent.first { $0.end <= position }
        if let span = spanBefore?.period, span.start >= reportYear || span.end < reportYear {
            return TimeContext(period: span, plan: span.start >= reportYear)
        }
        return TimeContext()
    }

    /// Whether a sentence alone on its line is a heading without a marker: at most
    /// `bareHeadingLength` scalars, with no sentence punctuation.
    func isBareHeading(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var count = 0
        while index < range.upperBound {
            let (value, length) = bytes.scalar(at: index)
            count += 1
            if count > Self.bareHeadingLength || Self.isSentencePunctuation(value) { return false }
            index += length
        }
        return true
    }

    private static func isSentencePunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF0C, 0x2C, 0x3B, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// The opening words of a sentence when they set a time: a short clause before the first comma
    /// (`刚刚过去的2025年，…`, `过去五年，…`), or words that begin with a time (`——这五年综合经济实力大幅提升`,
    /// `2025年是“十四五”收官之年`); else nil: a year inside a sentence (`人均预期寿命从2020年的…`) says
    /// nothing of the sentences after it.
    func openingClause(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var skipped = 0
        while start < range.upperBound, skipped <= Self.bareHeadingLength + 1 {
            let (value, length) = bytes.scalar(at: start)
            guard Self.isOpeningDash(value) else { break }
            start += length
            skipped += 1
        }
        // Most sentences start with no time word: then only a short adverbial (`刚刚过去的2025年，`) may
        // set a time, and the clause need not be read further than one of those.
        let mayStartWithTime =
            TimeWords.year(at: start, in: bytes, range) != nil
            || (start < range.upperBound
                && TimeWords.openingWords.match(bytes, at: start, limit: range.upperBound) != nil)
        let longest = mayStartWithTime ? Self.bareHeadingLength : Self.openingClauseLength
        // The clause runs to the first comma or colon, at most `longest` + 1 scalars.
        var end = start
        var count = 0
        var hasTimeCharacter = false
        var endsAtComma = false
        while end < range.upperBound, count <= longest, skipped + count <= Self.bareHeadingLength + 2 {
            let (value, length) = bytes.scalar(at: end)
            if Self.isClauseEnd(value) {
                endsAtComma = true
                break
            }
            if Self.isTimeCharacter(value) { hasTimeCharacter = true }
            end += length
            count += 1
        }
        let clause = start..<end
        let startsWithYear =
            mayStartWithTime && TimeWords.year(at: start, in: bytes, clause) != nil && start + 7 <= end
            && bytes.matches("年", at: start + 4)
        let startsWithSpan =
            mayStartWithTime && start < end && TimeWords.openingWords.match(bytes, at: start, limit: end) != nil
        let isShortAdverbial = endsAtComma && count <= Self.openingClauseLength && hasTimeCharacter
        guard startsWithYear || startsWithSpan || isShortAdverbial else { return nil }
        return clause
    }

    /// A short opening clause sets a time only when it holds one of 年五今去来 (`刚刚过去的2025年`, `过去五年`).
    private static func isTimeCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x5E74, 0x4E94, 0x4ECA, 0x53BB, 0x6765: return true
        default: return false
        }
    }

    /// `—`, `-`, a space or an ideographic space before an opening clause.
    private static func isOpeningDash(_ value: UInt32) -> Bool {
        switch value {
        case 0x2014, 0x2D, 0x20, 0x3000: return true
        default: return false
        }
    }

    /// `，`, `,` or `：`: the end of an opening clause.
    private static func isClauseEnd(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF0C, 0x2C, 0xFF1A: return true
        default: return false
        }
    }

    /// The longest opening clause read as a time adverbial (`刚刚过去的2025年`), in scalars.
    static let openingClauseLength = 12
}

/// The years and spans a sentence writes, read once per sentence so that each figure takes the
/// ones before it.
struct TimeMentions {
    let years: [TimeMention]
    let spans: [TimeMention]
    let recent: [TimeMention]

    init(_ bytes: Bytes, _ range: Range<Int>, reportYear: Int) {
        years = TimeWords.yearMentions(in: bytes, range)
        spans = TimeWords.planSpansAsTime(in: bytes, range)
        recent = TimeWords.recentYears(in: bytes, range, reportYear: reportYear)
    }
}
