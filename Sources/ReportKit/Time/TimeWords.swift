/// The words of time in work reports: five-year plans (`“十四五”`), relative spans (`过去五年`,
/// `今后五年`), years (`2025年`, `2021—2025年`), and the words of reviews and plans. Every reader
/// works on UTF-8 bytes and answers byte offsets, so a sentence is never copied to be read.
enum TimeWords {
    /// The groups of time words that a heading or an opening clause may hold, read in one scan.
    struct Groups: OptionSet {
        let rawValue: UInt32
        /// Words of a review of results.
        static let review = Groups(rawValue: 1 << 0)
        /// Words of a plan.
        static let plan = Groups(rawValue: 1 << 1)
        /// The five years before the report's year: 过去五年, 这五年, 五年来, 近五年.
        static let pastFiveYears = Groups(rawValue: 1 << 2)
        /// The five years from the report's year: 今后五年, 未来五年.
        static let nextFiveYears = Groups(rawValue: 1 << 3)
        /// The year before the report's: 过去一年, 一年来, 去年, 上一年.
        static let pastYear = Groups(rawValue: 1 << 4)
        /// The report's year: 今年.
        static let thisYear = Groups(rawValue: 1 << 5)
    }

    /// The time words of each group.
    private static let groupWords: [(words: [String], group: Groups)] = [
        (["回顾", "过去", "成就", "五年来", "一年来", "这五年", "刚刚过去"], .review),
        (
            [
                "工作安排", "重点工作", "目标任务", "主要目标", "预期目标", "重点任务", "总体要求", "工作建议", "今年", "今后",
                "未来五年", "主要任务",
            ], .plan
        ),
        (["过去五年", "这五年", "五年来", "近五年"], .pastFiveYears),
        (["今后五年", "未来五年"], .nextFiveYears),
        (["过去一年", "一年来", "去年", "上一年"], .pastYear),
        (["今年"], .thisYear),
    ]

    /// Every time word of `groupWords` with the groups it belongs to.
    private static let groupTable = WordTable(
        tagged: Dictionary(
            groupWords.flatMap { entry in entry.words.map { ($0, entry.group.rawValue) } }, uniquingKeysWith: |
        )
        .sorted { $0.key < $1.key }
        .map { (word: $0.key, tag: $0.value) })

    /// The groups of time words that occur in `range`.
    static func groups(in bytes: Bytes, _ range: Range<Int>) -> Groups {
        Groups(rawValue: groupTable.tags(in: bytes, range))
    }
    /// Words that open a sentence with a time (`这五年，…`, `“十四五”时期，…`).
    static let openingWords = WordTable([
        "这五年", "过去五年", "五年来", "近五年", "过去一年", "一年来", "今年", "去年", "今后五年", "未来五年", "“十四五”",
        "“十三五”", "“十五五”", "十四五", "十三五", "十五五", "展望", "刚刚过去的一年",
    ])
    /// Words in a sentence that make its figures targets wherever it stands.
    private static let targetWordTable = WordTable(["预期目标", "主要目标", "目标是", "力争", "奋斗目标", "发展目标"])

    /// Whether `range` holds a target word. Each holds `目标` or `力争`, so a search for those bytes
    /// rules out most sentences before the table is read.
    static func namesTarget(in bytes: Bytes, _ range: Range<Int>) -> Bool {
        let (from, limit) = (range.lowerBound, range.upperBound)
        guard
            bytes.firstOffset(of: "目标", from: from, limit: limit) != nil
                || bytes.firstOffset(of: "力争", from: from, limit: limit) != nil
        else { return false }
        return targetWordTable.occurs(in: bytes, range)
    }

    /// Whether `range` may name a year or a plan period: without `年` or `五` it names neither.
    static func mayNameTime(in bytes: Bytes, _ range: Range<Int>) -> Bool {
        bytes.firstOffset(of: "年", from: range.lowerBound, limit: range.upperBound) != nil
            || bytes.firstOffset(of: "五", from: range.lowerBound, limit: range.upperBound) != nil
    }

    /// What follows a plan's name when it names a time: `“十四五”时期`, `十四五期间`, `“十四五”以来`.
    private static let planTimeMarkers = WordTable(["时期", "期间", "以来", "规划期"])

    /// The number of the five-year plan named at `index` (`十四五` → 14, from 十一五 to 十六五), or nil.
    private static func planNumber(at index: Int, in bytes: Bytes, limit: Int) -> Int? {
        guard index + 9 <= limit, bytes.matches("十", at: index), bytes.matches("五", at: index + 6) else { return nil }
        let (value, _) = bytes.scalar(at: index + 3)
        guard let digit = ChineseNumerals.digit(value), (1...6).contains(digit) else { return nil }
        return 10 + digit
    }

    /// The years of the five-year plan numbered `number` (14 → 2021-2025).
    private static func planPeriod(_ number: Int) -> Period {
        let start = 2006 + (number - 11) * 5
        return Period(start: start, end: start + 4)
    }

    /// The span of the first five-year plan named in `range` (`十四五` → 2021-2025), or nil.
    static func planSpan(in bytes: Bytes, _ range: Range<Int>) -> Period? {
        var index = range.lowerBound
        while let ten = bytes.firstOffset(of: "十", from: index, limit: range.upperBound) {
            if let number = planNumber(at: ten, in: bytes, limit: range.upperBound) { return planPeriod(number) }
            index = ten + 3
        }
        return nil
    }

    /// Every five-year plan named as a time in `range` (`“十四五”时期`, `十四五期间`, `“十四五”以来`), not
    /// as a basis (`较“十三五”末`) or a name (`“十四五”批复的`), in order, each ending after its time word.
    static func planSpansAsTime(in bytes: Bytes, _ range: Range<Int>) -> [TimeMention] {
        var found: [TimeMention] = []
        var index = range.lowerBound
        while let ten = bytes.firstOffset(of: "十", from: index, limit: range.upperBound) {
            index = ten + 3
            if let number = planNumber(at: ten, in: bytes, limit: range.upperBound) {
                var after = ten + 9
                if bytes.matches("”", at: after) && after + 3 <= range.upperBound { after += 3 }
                if after < range.upperBound,
                    let marker = planTimeMarkers.match(bytes, at: after, limit: range.upperBound)
                {
                    found.append(TimeMention(period: planPeriod(number), yearStart: ten, end: after + marker))
                }
            }
        }
        return found
    }

    /// Every `近3年`, `3年来`, `近三年` in `range` (the N years before the report's year), in order,
    /// each ending after it.
    static func recentYears(in bytes: Bytes, _ range: Range<Int>, reportYear: Int) -> [TimeMention] {
        var found: [TimeMention] = []
        var index = range.lowerBound
        while let year = bytes.firstOffset(of: "年", from: index, limit: range.upperBound) {
            index = year + 3
            guard year > range.lowerBound else { continue }
            let numeral = bytes.scalarStart(before: year)
            let (value, _) = bytes.scalar(at: numeral)
            let count = value >= 0x31 && value <= 0x39 ? Int(value - 0x30) : ChineseNumerals.digit(value)
            guard let count, count >= 2, numeral == range.lowerBound || !isDigit(bytes[numeral - 1]) else { continue }
            let recent = numeral > range.lowerBound && bytes.matches("近", endingAt: numeral)
            let since = index + 3 <= range.upperBound && bytes.matches("来", at: index)
            if recent || since {
                let period = Period(start: reportYear - count, end: reportYear - 1)
                found.append(TimeMention(period: period, yearStart: numeral, end: since ? index + 3 : index))
            }
        }
        return found
    }

    /// The span relative to the report's year that `groups` name: 过去五年, 这五年, 五年来 (the five
    /// years before it), 今后五年, 未来五年 (the five from it), 今年, 去年.
    static func relativeSpan(_ groups: Groups, reportYear: Int) -> Period? {
        if groups.contains(.pastFiveYears) { return Period(start: reportYear - 5, end: reportYear - 1) }
        if groups.contains(.nextFiveYears) { return Period(start: reportYear, end: reportYear + 4) }
        if groups.contains(.pastYear) { return Period(year: reportYear - 1) }
        if groups.contains(.thisYear) { return Period(year: reportYear) }
        return nil
    }

    /// Every year written in `range` (`2025年`, `2021—2025年`, `2021年至2025年` as a span), in order,
    /// each ending after its `年`.
    static func yearMentions(in bytes: Bytes, _ range: Range<Int>) -> [TimeMention] {
        var found: [TimeMention] = []
        var index = range.lowerBound
        while let mark = bytes.firstOffset(of: "年", from: index, limit: range.upperBound) {
            index = mark + 3
            guard mark - 4 >= range.lowerBound, let last = year(at: mark - 4, in: bytes, range) else { continue }
            // A span: `2021—2025年`, `2021-2025年`, `2021至2025年`.
            if mark - 5 > range.lowerBound {
                let separator = bytes.scalarStart(before: mark - 4)
                let (value, _) = bytes.scalar(at: separator)
                if isSpanSeparator(value), separator - 4 >= range.lowerBound,
                    let first = year(at: separator - 4, in: bytes, range), last > first
                {
                    found.append(TimeMention(period: Period(start: first, end: last), yearStart: mark - 4, end: index))
                    continue
                }
            }
            found.append(TimeMention(period: Period(year: last), yearStart: mark - 4, end: index))
        }
        return found
    }

    /// The year whose four ASCII digits start at `index` (1949–2099, not inside a longer number).
    static func year(at index: Int, in bytes: Bytes, _ range: Range<Int>) -> Int? {
        guard index >= range.lowerBound, index + 4 <= range.upperBound,
            index == range.lowerBound || !isDigit(bytes[index - 1]),
            index + 4 == range.upperBound || !isDigit(bytes[index + 4])
        else { return nil }
        var value = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return (1949...2099).contains(value) ? value : nil
    }

    /// `—`, `–`, `-`, `~`, `至`, `到` between the two years of a span.
    private static func isSpanSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x2014, 0x2013, 0x2D, 0x7E, 0x81F3, 0x5230: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// A year or span named in a text, with the byte offsets that place it: `yearStart` is where the
/// digits of its (last) year begin, `end` is just after its time word.
struct TimeMention {
    let period: Period
    let yearStart: Int
    let end: Int
}
