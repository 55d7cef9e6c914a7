/// Tells a level from a change by the words just before each figure of a sentence:
/// `地区生产总值5.3万亿元` is a level, `增长5.5%` a growth rate, `新增12家` an amount added; a decline
/// (`下降2.3%`, `减少1.2万人`) is a negative change. It also reads what a change is against: `同比`
/// (yoy), `年均` (annual), `比2020年` (against that year).
///
/// A figure in a list after a change word takes the same reading (`分别增长4.4%、5.9%`). A change word
/// followed by `至`/`到` (`提高到`, `增至`, `降至`) introduces a level, not a change.
struct ChangeReader {
    let bytes: Bytes

    /// The most scalars read before a figure.
    static let window = 24

    /// Fills `details.change` and `details.basis` of each measure of the sentence, and turns the
    /// value of a decline negative.
    func read(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var previousEnd = sentence.lowerBound
        var previous: Reading?
        for index in measures.indices {
            let start = measures[index].rawStart
            let reading: Reading
            if let previous, index > 0, Self.isListSeparator(bytes.string(previousEnd..<start)) {
                reading = previous
            } else {
                let clause = Self.clauseStart(bytes, before: start, floor: sentence.lowerBound)
                reading = Self.reading(
                    before: bytes.string(clause..<start), sentence: bytes.string(sentence.lowerBound..<start),
                    unit: measures[index].quantity.unit)
            }
            measures[index].details.change = reading.change
            measures[index].details.basis = reading.basis
            if reading.sign < 0 {
                measures[index].quantity.value.negate()
                measures[index].quantity.high?.negate()
            }
            previous = reading
            previousEnd = measures[index].rawEnd
        }
    }

    /// What the words before one figure say.
    struct Reading: Equatable {
        var change: Change = .none
        var basis: Basis = .none
        /// −1 for a decline or a gap below (`下降`, `低于全国`).
        var sign = 1
    }

    /// Words between a figure and its change word that do not change the reading.
    static let fillers = [
        "将近", "大约", "接近", "超过", "突破", "约", "近", "超", "逾", "了", "分别", "均", "仅", "达", "为", "则", "都",
        "平均", "累计",
    ]
    /// Words after which a figure is the level reached (`提高到`, `增至`, `达到`).
    static let levelMarks = [
        "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "下降到", "下降至", "降低到", "降低至",
        "减少到", "减少至", "缩小到", "缩小至", "缩减到", "缩减至", "扩大到", "扩大至", "上升到", "上升至", "回落到", "回落至",
        "增至", "降至", "降到", "升至", "达到", "保持在", "稳定在", "控制在", "维持在", "为", "是", "达",
    ]
    /// Rate nouns: a figure after them (`增速达到12%`, `增幅5%`) is a growth rate.
    static let rateNouns = ["增长率", "增速", "增幅", "涨幅", "降幅", "增长"]
    /// Words of a fall.
    static let fallWords = [
        "下降", "降低", "减少", "回落", "压减", "压缩", "精简", "缩小", "缩减", "下滑", "收窄", "降幅", "减", "降",
    ]
    /// Words of a rise or an addition.
    static let riseWords = [
        "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "回升", "新增", "净增", "增", "涨", "增速", "增幅", "涨幅",
    ]
    /// Verbs of adding or removing that govern a figure written after their object (`新增绿道1000公里`).
    static let objectVerbs: [(word: String, sign: Int)] = [
        ("新增", 1), ("净增", 1), ("增设", 1), ("增加", 1), ("压减", -1), ("精简", -1), ("减量", -1), ("减轻", -1),
        ("减少", -1),
    ]
    /// Gaps against another figure (`高于全国0.4个百分点`): levels, below is negative.
    static let gapWords: [(word: String, sign: Int)] = [
        ("高于全国", 1), ("低于全国", -1), ("快于全国", 1), ("慢于全国", -1), ("高于", 1), ("低于", -1), ("快于", 1),
        ("慢于", -1),
    ]

    /// The reading of a figure whose clause has `before` in front of it (`sentence` is all of the
    /// sentence up to the figure, for the basis).
    static func reading(before: String, sentence: String, unit: String) -> Reading {
        var text = String(before.unicodeScalars.suffix(window))
        var reading = Reading()
        if let gap = gapWords.first(where: { text.hasSuffix($0.word) || stripped(text, fillers).hasSuffix($0.word) }) {
            reading.sign = gap.sign
            return reading
        }
        text = stripped(text, ["将近", "大约", "接近", "超过", "突破", "约", "近", "超", "逾"])
        if let mark = levelMarks.first(where: { text.hasSuffix($0) }) {
            let rest = stripped(String(text.dropLast(mark.count)), fillers)
            guard rateNouns.contains(where: { rest.hasSuffix($0) }) else { return reading }
            text = rest
        }
        text = stripped(text, fillers)
        let isRatio = unit == "%" || unit == "‰" || unit == "倍"
        let isPoints = unit.hasSuffix("百分点")
        let fall = fallWords.first(where: { text.hasSuffix($0) })
        let rise = riseWords.first(where: { text.hasSuffix($0) })
        var onlyAdds = false
        if let word = [fall, rise].compactMap({ $0 }).max(by: { $0.count < $1.count }) {
            if word == fall { reading.sign = -1 }
            onlyAdds = word == "新增" || word == "净增"
            // `提升20个县乡村养老服务网络`: upgrading things, not adding them.
            if !onlyAdds && (word == "提升" || word == "提高") && UnitTable.kind(of: unit) == .count { return reading }
        } else if let verb = objectVerbs.first(where: { text.contains($0.word) }) {
            // `新增入驻企业132家`, `压减非重点支出18.2亿元`: the verb governs the figure across its object.
            reading.sign = verb.sign
            onlyAdds = verb.sign > 0
        } else {
            return reading
        }
        guard UnitTable.kind(of: unit) != .time else { return Reading() }
        reading.change = isRatio && !isPoints && !onlyAdds ? .growth : .increase
        reading.basis = basis(in: String(sentence.unicodeScalars.suffix(window * 2)))
        return reading
    }

    /// `text` without any of `words` at its end, repeatedly.
    static func stripped(_ text: String, _ words: [String]) -> String {
        var text = text
        while let word = words.first(where: { text.hasSuffix($0) }) { text.removeLast(word.count) }
        return text
    }

    /// The basis named in the words before a change: 同比, 比上年 (yoy), 年均 (annual), 比2020年.
    static func basis(in text: String) -> Basis {
        let scalars = Array(text.unicodeScalars)
        for end in stride(from: scalars.count, through: 0, by: -1) {
            let head = String(String.UnicodeScalarView(scalars[..<end]))
            if head.hasSuffix("同比") || head.hasSuffix("比上年") || head.hasSuffix("较上年") || head.hasSuffix("比去年") {
                return .yearOnYear
            }
            if head.hasSuffix("年均") || head.hasSuffix("年平均") { return .annual }
            if head.hasSuffix("“十三五”末") || head.hasSuffix("十三五末") { return .versus(year: 2020) }
            if head.hasSuffix("“十四五”末") || head.hasSuffix("十四五末") { return .versus(year: 2025) }
            if head.hasSuffix("年"), end >= 6 {
                let digits = scalars[(end - 5)..<(end - 1)]
                let marker = scalars[end - 6]
                if marker == "比" || marker == "较",
                    digits.allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
                    let year = Int(String(String.UnicodeScalarView(digits)))
                {
                    return .versus(year: year)
                }
            }
            // The basis is read only within the clause: stop at a clause break.
            if end > 0, "，,；;。：:".unicodeScalars.contains(scalars[end - 1]) { break }
        }
        return .none
    }

    /// Whether the text between two figures only joins them into a list (`、`, `和`, `及`).
    static func isListSeparator(_ text: String) -> Bool {
        ["、", "和", "与", "及", "以及", "、以及"].contains(text.trimmingSpaces())
    }

    /// The start of the clause that holds `offset` (after the last `，、；：` before it), not before `floor`.
    static func clauseStart(_ bytes: Bytes, before offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor {
            let start = bytes.scalarStart(before: index)
            if SubjectExtractor.isClauseBreak(bytes.scalar(at: start).value) { return index }
            index = start
        }
        return floor
    }
}
