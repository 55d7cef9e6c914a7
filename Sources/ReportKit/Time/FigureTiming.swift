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
        var currentLine = -1
        var paragraph = TimeContext()
        var measure = 0
        for (index, sentence) in document.sentences.enumerated() {
            let report = sentence.section >= 0 ? document.sections[sentence.section].report : 0
            let reportYear =
                document.reports.indices.contains(report) ? document.reports[report].year : nil
            guard let reportYear else { continue }
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
                        let context = TimeContext.read(section.heading, reportYear: reportYear)
                        if !context.isEmpty { headings = [0: context] }
                    } else {
                        headings = headings.filter { $0.key < section.level }
                        headings[section.level] = TimeContext.read(section.heading, reportYear: reportYear)
                    }
                }
            }
            let startsLine = sentence.line != currentLine
            currentLine = sentence.line
            // A plan runs on over paragraphs (`《纲要草案》明确了今后五年的发展目标：…` then `围绕上述目标，…`); a
            // review's paragraphs each name their time (`——这五年…`), so its time ends with its paragraph.
            if startsLine && paragraph.plan != true { paragraph = TimeContext() }
            let endsLine = index + 1 == document.sentences.count || document.sentences[index + 1].line != sentence.line
            let opening = openingScalars(sentence.start..<sentence.end)
            if startsLine && endsLine && opening.count <= Self.bareHeadingLength && Self.isBareHeading(opening) {
                let context = TimeContext.read(String(String.UnicodeScalarView(opening)), reportYear: reportYear)
                if !context.isEmpty {
                    headings = [0: context]
                    paragraph = TimeContext()
                }
            } else if let clause = Self.openingClause(opening) {
                // A sentence that opens with time words (`五年来，…`, `2025年，…`) sets the time of what
                // follows; one that says nothing of time goes on in the time before it.
                let context = TimeContext.read(clause, reportYear: reportYear)
                if !context.isEmpty { paragraph = context }
            }
            guard measure < document.measures.count && document.measures[measure].sentence == index else { continue }
            var outer = paragraph
            for level in headings.keys.sorted(by: >) { outer = outer.within(headings[level] ?? TimeContext()) }
            let sentenceRange = sentence.start..<sentence.end
            let sentenceIsTarget = TimeWords.targetWordTable.occurs(in: bytes, sentenceRange)
            // Only a sentence that writes a year (年) or a plan (五) needs its own words read.
            let mayName = TimeWords.timeMarks.occurs(in: bytes, sentenceRange)
            let scalars = mayName ? Array(bytes.string(sentenceRange).unicodeScalars) : []
            let mentions = mayName ? TimeMentions(scalars, reportYear: reportYear) : nil
            var byte = sentence.start
            var scalar = 0
            while measure < document.measures.count && document.measures[measure].sentence == index {
                let scanned = document.measures[measure].scanned
                var own = TimeContext()
                if mayName {
                    while byte < scanned.rawStart {
                        byte += bytes.scalar(at: byte).length
                        scalar += 1
                    }
                    if let mentions {
                        own = Self.sentenceContext(scalars, before: scalar, mentions, reportYear: reportYear)
                    }
                }
                let context = own.within(outer)
                let plan = context.plan ?? false
                document.measures[measure].scanned.details.period =
                    context.period ?? Period(year: plan ? reportYear : reportYear - 1)
                document.measures[measure].scanned.details.target = plan || (sentenceIsTarget && context.plan != false)
                measure += 1
            }
        }
    }

    /// The first scalars of `range`, as many as a bare heading or an opening clause may hold and one
    /// more.
    private func openingScalars(_ range: Range<Int>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound && scalars.count <= Self.bareHeadingLength + 2 {
            let (value, length) = bytes.scalar(at: index)
            scalars.append(Unicode.Scalar(value) ?? " ")
            index += length
        }
        return scalars
    }

    /// What the words before a figure in its own sentence say: the nearest year written before it
    /// (not a comparison's `比2020年`), else a five-year span named as a time (`“十四五”时期`).
    static func sentenceContext(
        _ scalars: [Unicode.Scalar], before position: Int, _ mentions: TimeMentions, reportYear: Int
    ) -> TimeContext {
        if let last = mentions.years.last(where: { $0.end <= position }),
            last.end < 6 || (scalars[last.end - 6] != "比" && scalars[last.end - 6] != "较")
        {
            let (year, end) = last
            // `从2020年的82.4岁提升至83.9岁`: the year is the start's, not the end's.
            let tail = scalars[end..<position]
            // `自2018年…以来`: from that year to the year reviewed.
            let since = (end >= 6 && scalars[end - 6] == "自") || tail.starts(with: "以来".unicodeScalars)
            if since && year.isYear && year.start < reportYear - 1 {
                return TimeContext(period: Period(start: year.start, end: reportYear - 1), plan: false)
            }
            if !tail.contains("至") && !tail.contains("到") {
                return TimeContext(period: year, plan: year.end >= reportYear)
            }
        }
        let spanBefore = mentions.spans.first { $0.end <= position } ?? mentions.recent.first { $0.end <= position }
        if let span = spanBefore?.period, span.start >= reportYear || span.end < reportYear {
            return TimeContext(period: span, plan: span.start >= reportYear)
        }
        return TimeContext()
    }

    /// Whether a line alone is a heading without a marker: short, with no sentence punctuation.
    static func isBareHeading(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.count <= bareHeadingLength && !scalars.contains { sentencePunctuation.contains($0) }
    }

    private static let sentencePunctuation = Set("。！？；，,;!?".unicodeScalars)

    /// The opening words of a sentence when they set a time: a short clause before the first comma
    /// (`刚刚过去的2025年，…`, `过去五年，…`), or words that begin with a time (`——这五年综合经济实力大幅提升`,
    /// `2025年是“十四五”收官之年`); else nil: a year inside a sentence (`人均预期寿命从2020年的…`) says
    /// nothing of the sentences after it.
    static func openingClause(_ scalars: [Unicode.Scalar]) -> String? {
        var start = 0
        while start < scalars.count, isOpeningDash(scalars[start]) { start += 1 }
        var end = start
        while end < scalars.count, end - start <= bareHeadingLength, !isClauseEnd(scalars[end]) { end += 1 }
        let clause = scalars[start..<end]
        let endsAtComma = end < scalars.count && isClauseEnd(scalars[end])
        let startsWithYear =
            clause.count >= 5 && clause[start + 4] == "年" && TimeWords.years(in: Array(clause.prefix(5))).count == 1
        let startsWithSpan = openingWords.contains { clause.starts(with: $0) }
        let isShortAdverbial =
            endsAtComma && clause.count <= openingClauseLength
            && clause.contains { isTimeCharacter($0) }
        guard startsWithYear || startsWithSpan || isShortAdverbial else { return nil }
        return String(String.UnicodeScalarView(clause))
    }

    private static let openingWords = TimeWords.openingWords.map { Array($0.unicodeScalars) }
    /// A short opening clause sets a time only when it holds one of 年五今去来 (`刚刚过去的2025年`, `过去五年`).
    private static func isTimeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x5E74, 0x4E94, 0x4ECA, 0x53BB, 0x6765: return true
        default: return false
        }
    }

    /// `—`, `-`, a space or an ideographic space before an opening clause.
    private static func isOpeningDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2014, 0x2D, 0x20, 0x3000: return true
        default: return false
        }
    }

    /// `，`, `,` or `：`: the end of an opening clause.
    private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x2C, 0xFF1A: return true
        default: return false
        }
    }

    /// The longest opening clause read as a time adverbial (`刚刚过去的2025年`), in scalars.
    static let openingClauseLength = 12
}

/// The years and spans a sentence writes, each with the offset after it, read once per sentence so
/// that each figure takes the ones before it.
struct TimeMentions {
    let years: [(period: Period, end: Int)]
    let spans: [(period: Period, end: Int)]
    let recent: [(period: Period, end: Int)]

    init(_ scalars: [Unicode.Scalar], reportYear: Int) {
        years = TimeWords.yearMentions(in: scalars)
        spans = TimeWords.planSpansAsTime(in: scalars)
        recent = TimeWords.recentYears(in: scalars, reportYear: reportYear)
    }
}
