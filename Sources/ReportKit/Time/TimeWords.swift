/// The words of time in work reports: five-year plans (`“十四五”`), relative spans (`过去五年`,
/// `今后五年`), years (`2025年`, `2021—2025年`), and the words of reviews and plans.
enum TimeWords {
    /// Words of a review of results.
    static let reviewWords = WordTable(["回顾", "过去", "成就", "五年来", "一年来", "这五年", "刚刚过去"])
    /// Words of a plan.
    static let planWords = WordTable([
        "工作安排", "重点工作", "目标任务", "主要目标", "预期目标", "重点任务", "总体要求", "工作建议", "今年", "今后",
        "未来五年", "主要任务",
    ])
    /// Words that open a sentence with a time (`这五年，…`, `“十四五”时期，…`).
    static let openingWords = [
        "这五年", "过去五年", "五年来", "近五年", "过去一年", "一年来", "今年", "去年", "今后五年", "未来五年", "“十四五”",
        "“十三五”", "“十五五”", "十四五", "十三五", "十五五", "展望", "刚刚过去的一年",
    ]
    /// Words in a sentence that make its figures targets wherever it stands.
    static let targetWordTable = WordTable(["预期目标", "主要目标", "目标是", "力争", "奋斗目标", "发展目标"])
    /// The characters without which a sentence names no year and no plan period.
    static let timeMarks = WordTable(["年", "五"])

    /// The numerals of a five-year plan's number: 十一五 … 十六五.
    private static let planNumbers: [String: Int] = ["十一五": 11, "十二五": 12, "十三五": 13, "十四五": 14, "十五五": 15, "十六五": 16]

    /// The number of the five-year plan named at `index` (`十四五` → 14), or nil.
    private static func planNumber(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index + 3 <= scalars.count, scalars[index] == "十", scalars[index + 2] == "五" else { return nil }
        return planNumbers[String(String.UnicodeScalarView(scalars[index..<(index + 3)]))]
    }

    /// The span of the first five-year plan named (`十四五` → 2021-2025), or nil.
    static func planSpan(in scalars: [Unicode.Scalar]) -> Period? {
        var index = 0
        while index + 3 <= scalars.count {
            if let number = planNumber(at: index, in: scalars) {
                let start = 2006 + (number - 11) * 5
                return Period(start: start, end: start + 4)
            }
            index += 1
        }
        return nil
    }

    /// Every five-year plan named as a time (`“十四五”时期`, `十四五期间`, `“十四五”以来`), not as a basis
    /// (`较“十三五”末`) or a name (`“十四五”批复的`), in order, each with the offset after its time word.
    static func planSpansAsTime(in scalars: [Unicode.Scalar]) -> [(period: Period, end: Int)] {
        var found: [(period: Period, end: Int)] = []
        var index = 0
        while index + 3 <= scalars.count {
            if let number = planNumber(at: index, in: scalars) {
                var after = index + 3
                if after < scalars.count, scalars[after] == "”" { after += 1 }
                let next = String(String.UnicodeScalarView(scalars[after..<min(scalars.count, after + 3)]))
                if let marker = ["时期", "期间", "以来", "规划期"].first(where: next.hasPrefixBytes) {
                    let start = 2006 + (number - 11) * 5
                    found.append((Period(start: start, end: start + 4), after + marker.unicodeScalars.count))
                }
            }
            index += 1
        }
        return found
    }

    /// Every `近3年`, `3年来`, `近三年` (the N years before the report's year), in order, each with the
    /// offset after it.
    static func recentYears(in scalars: [Unicode.Scalar], reportYear: Int) -> [(period: Period, end: Int)] {
        var found: [(period: Period, end: Int)] = []
        for index in scalars.indices where scalars[index] == "年" && index > 0 {
            let digit = scalars[index - 1]
            let count =
                digit.value >= 0x31 && digit.value <= 0x39
                ? Int(digit.value - 0x30) : ChineseNumerals.digit(digit.value)
            guard let count, count >= 2,
                index < 2 || !(scalars[index - 2].value >= 0x30 && scalars[index - 2].value <= 0x39)
            else { continue }
            let recent = index >= 2 && scalars[index - 2] == "近"
            let since = index + 1 < scalars.count && scalars[index + 1] == "来"
            if recent || since {
                found.append((Period(start: reportYear - count, end: reportYear - 1), since ? index + 2 : index + 1))
            }
        }
        return found
    }

    /// A span relative to the report's year: 过去五年, 这五年, 五年来 (the five years before it), 今后五年,
    /// 未来五年 (the five from it), 今年, 去年.
    static func relativeSpan(in text: String, reportYear: Int) -> Period? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            let all = 0..<bytes.count
            if pastFiveYears.occurs(in: bytes, all) { return Period(start: reportYear - 5, end: reportYear - 1) }
            if nextFiveYears.occurs(in: bytes, all) { return Period(start: reportYear, end: reportYear + 4) }
            if pastYear.occurs(in: bytes, all) { return Period(year: reportYear - 1) }
            if thisYear.occurs(in: bytes, all) { return Period(year: reportYear) }
            return nil
        }
    }

    private static let pastFiveYears = WordTable(["过去五年", "这五年", "五年来", "近五年"])
    private static let nextFiveYears = WordTable(["今后五年", "未来五年"])
    private static let pastYear = WordTable(["过去一年", "一年来", "去年", "上一年"])
    private static let thisYear = WordTable(["今年"])

    /// Every year written in `scalars` (`2025年`, `2021—2025年`, `2021年至2025年` as a span), in order.
    static func years(in scalars: [Unicode.Scalar]) -> [Period] { yearMentions(in: scalars).map(\.period) }

    /// Every year written in `scalars`, in order, each with the offset after its `年`.
    static func yearMentions(in scalars: [Unicode.Scalar]) -> [(period: Period, end: Int)] {
        var found: [(period: Period, end: Int)] = []
        var index = 0
        while index + 4 < scalars.count {
            guard let first = year(at: index, in: scalars) else {
                index += 1
                continue
            }
            var end = index + 4
            // A span: `2021—2025年`, `2021-2025年`, `2021至2025年`.
            if end < scalars.count, "—–-~至到".unicodeScalars.contains(scalars[end]),
                let last = year(at: end + 1, in: scalars), end + 5 < scalars.count, scalars[end + 5] == "年",
                last > first
            {
                found.append((Period(start: first, end: last), end + 6))
                index = end + 6
                continue
            }
            if end < scalars.count, scalars[end] == "年" {
                end += 1
                found.append((Period(year: first), end))
            }
            index = end
        }
        return found
    }

    /// The year whose four ASCII digits start at `index` (1949–2099, not inside a longer number).
    private static func year(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index + 4 <= scalars.count, index == 0 || !isDigit(scalars[index - 1]),
            index + 4 == scalars.count || !isDigit(scalars[index + 4])
        else { return nil }
        var value = 0
        for scalar in scalars[index..<(index + 4)] {
            guard isDigit(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        return (1949...2099).contains(value) ? value : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
