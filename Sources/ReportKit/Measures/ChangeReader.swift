/// Tells a level from a change by the words just before each figure of a sentence:
/// `地区生产总值5.3万亿元` is a level, `增长5.5%` a growth rate, `新增12家` an amount added; a decline
/// (`下降2.3%`, `减少1.2万人`) is a negative change. It also reads what a change is against: `同比`
/// (yoy), `年均` (annual), `比2020年` (against that year).
///
/// A figure in a list after a change word takes the same reading (`分别增长4.4%、5.9%`). A change word
/// followed by `至`/`到` (`提高到`, `增至`, `降至`) introduces a level, not a change. The words are read
/// in the UTF-8 bytes of the clause before the figure; no string is built.
struct ChangeReader {
    let bytes: Bytes

    /// The most scalars read before a figure.
    static let window = 24
    /// The most bytes searched back for the start of a figure's clause: far beyond the window, so the
    /// reading is the same, and bounded, so a sentence of many figures is read in linear time.
    static let clauseReach = 1024

    /// Fills `details.change` and `details.basis` of each measure of the sentence, and turns the
    /// value of a decline negative.
    func read(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var previousEnd = sentence.lowerBound
        var previous: Reading?
        for index in measures.indices {
            let start = measures[index].rawStart
            let reading: Reading
            if let previous, index > 0, Self.isListSeparator(bytes, previousEnd..<start) {
                reading = previous
            } else {
                let floor = reachFloor(before: start, sentence: sentence)
                let clause = SubjectExtractor(bytes: bytes).clauseStart(before: start, floor: floor)
                reading = self.reading(before: windowed(clause..<start), unit: measures[index].quantity.unit)
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

    /// Approximation words between a figure and its change word.
    static let approximations = WordTable(["将近", "大约", "接近", "超过", "突破", "约", "近", "超", "逾"])
    /// Words between a figure and its change word that do not change the reading.
    static let fillers = WordTable([
        "将近", "大约", "接近", "超过", "突破", "约", "近", "超", "逾", "了", "分别", "均", "仅", "达", "为", "则", "都",
        "平均", "累计",
    ])
    /// Words after which a figure is the level reached (`提高到`, `增至`, `达到`).
    static let levelMarks = WordTable([
        "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "下降到", "下降至", "降低到", "降低至",
        "减少到", "减少至", "缩小到", "缩小至", "缩减到", "缩减至", "扩大到", "扩大至", "上升到", "上升至", "回落到", "回落至",
        "增至", "降至", "降到", "升至", "达到", "保持在", "稳定在", "控制在", "维持在", "为", "是", "达",
    ])
    /// Rate nouns: a figure after them (`增速达到12%`, `增幅5%`) is a growth rate.
    static let rateNouns = WordTable(["增长率", "增速", "增幅", "涨幅", "降幅", "增长"])
    /// Words of a fall.
    static let fallWords = WordTable(fallWordList)
    private static let fallWordList = [
        "下降", "降低", "减少", "回落", "压减", "压缩", "精简", "缩小", "缩减", "下滑", "收窄", "降幅", "减", "降",
    ]
    /// Words of a rise or an addition.
    static let riseWords = WordTable(riseWordList)
    private static let riseWordList = [
        "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "回升", "新增", "净增", "增", "涨", "增速", "增幅", "涨幅",
    ]
    /// Rise words that only add (`新增12家` is an amount even in percent).
    static let addingWords = WordTable(["新增", "净增"])
    /// Rise words that upgrade things rather than add them (`提升20个县乡村养老服务网络`).
    static let upgradingWords = WordTable(["提升", "提高"])
    /// Verbs that add a figure written after their object (`新增绿道1000公里`).
    static let addingVerbs = WordTable(addingVerbList)
    private static let addingVerbList = ["新增", "净增", "增设", "增加"]
    /// Verbs that remove a figure written after their object (`压减非重点支出18.2亿元`).
    static let removingVerbs = WordTable(removingVerbList)
    private static let removingVerbList = ["压减", "精简", "减量", "减轻", "减少"]
    /// Gaps against another figure above it (`高于全国0.4个百分点`): levels.
    static let gapsAbove = WordTable(gapsAboveList)
    private static let gapsAboveList = ["高于全国", "快于全国", "高于", "快于"]
    /// Gaps below another figure: negative levels.
    static let gapsBelow = WordTable(gapsBelowList)
    private static let gapsBelowList = ["低于全国", "慢于全国", "低于", "慢于"]
    /// Every word of a change or a gap: without one of them before it, a figure is a level.
    static let changeAndGapWords = WordTable(
        Array(
            Set(
                fallWordList + riseWordList + addingVerbList + removingVerbList + gapsAboveList + gapsBelowList)
        ).sorted())
    /// Words of a year-on-year basis.
    static let yearOnYearWords = WordTable(["同比", "比上年", "较上年", "比去年"])
    /// Words of an annual-average basis.
    static let annualWords = WordTable(["年均", "年平均"])

    /// The reading of a figure whose clause has the bytes `before` in front of it.
    func reading(before: Range<Int>, unit: String) -> Reading {
        var reading = Reading()
        // Most figures are levels with none of these words near them: one scan tells.
        guard Self.changeAndGapWords.occurs(in: bytes, before) else { return reading }
        let end = before.upperBound
        let unfilled = stripped(before, Self.fillers)
        if Self.gapsAbove.suffix(of: bytes, before) != nil || Self.gapsAbove.suffix(of: bytes, unfilled) != nil {
            return reading
        }
        if Self.gapsBelow.suffix(of: bytes, before) != nil || Self.gapsBelow.suffix(of: bytes, unfilled) != nil {
            reading.sign = -1
            return reading
        }
        var text = stripped(before, Self.approximations)
        if let mark = Self.levelMarks.suffix(of: bytes, text) {
            let rest = stripped(text.lowerBound..<(text.upperBound - mark), Self.fillers)
            guard Self.rateNouns.suffix(of: bytes, rest) != nil else { return reading }
            text = rest
        }
        text = stripped(text, Self.fillers)
        let fall = Self.fallWords.suffix(of: bytes, text) ?? 0
        let rise = Self.riseWords.suffix(of: bytes, text) ?? 0
        var onlyAdds = false
        if fall > 0 || rise > 0 {
            if fall >= rise {
                reading.sign = -1
            } else {
                onlyAdds = Self.addingWords.suffix(of: bytes, text) == rise
                // `提升20个县乡村养老服务网络`: upgrading things, not adding them.
                if Self.upgradingWords.suffix(of: bytes, text) == rise && UnitTraits.facts(of: unit).kind == .count {
                    return reading
                }
            }
        } else if Self.addingVerbs.occurs(in: bytes, text) {
            // `新增入驻企业132家`: the verb governs the figure across its object.
            onlyAdds = true
        } else if Self.removingVerbs.occurs(in: bytes, text) {
            reading.sign = -1
        } else {
            return reading
        }
        let (kind, traits) = UnitTraits.facts(of: unit)
        guard kind != .time else { return Reading() }
        reading.change = traits.contains(.ratio) && !onlyAdds ? .growth : .increase
        reading.basis = basis(before: end, floor: before.lowerBound)
        return reading
    }

    /// `range` without any of `words` at its end, repeatedly.
    private func stripped(_ range: Range<Int>, _ words: WordTable) -> Range<Int> {
        var range = range
        while !range.isEmpty, let length = words.suffix(of: bytes, range) {
            range = range.lowerBound..<(range.upperBound - length)
        }
        return range
    }

    /// The basis named in the clause before a change (from `floor` to `end`): 同比, 比上年 (yoy), 年均
    /// (annual), 较“十三五”末 (against 2020), 比2020年.
    private func basis(before end: Int, floor: Int) -> Basis {
        let clause = floor..<end
        if Self.yearOnYearWords.occurs(in: bytes, clause) { return .yearOnYear }
        if Self.annualWords.occurs(in: bytes, clause) { return .annual }
        var index = floor
        while index < end {
            let (value, length) = bytes.scalar(at: index)
            if value == 0x6BD4 || value == 0x8F83 {  // 比 较
                let after = index + length
                if let year = yearAt(after, limit: end) { return .versus(year: year) }
                if bytes.matches("“十三五”末", at: after) || bytes.matches("十三五末", at: after) { return .versus(year: 2020) }
                if bytes.matches("“十四五”末", at: after) || bytes.matches("十四五末", at: after) { return .versus(year: 2025) }
            }
            index += length
        }
        return .none
    }

    /// The year written as four ASCII digits and `年` at `index`, or nil.
    private func yearAt(_ index: Int, limit: Int) -> Int? {
        guard index + 7 <= limit, bytes.matches("年", at: index + 4) else { return nil }
        var year = 0
        for offset in index..<(index + 4) {
            guard (0x30...0x39).contains(bytes[offset]) else { return nil }
            year = year * 10 + Int(bytes[offset] - 0x30)
        }
        return year
    }

    /// The first scalar start at most `clauseReach` bytes before `start`, not before the sentence.
    private func reachFloor(before start: Int, sentence: Range<Int>) -> Int {
        var floor = max(sentence.lowerBound, start - Self.clauseReach)
        while floor > sentence.lowerBound && floor < start && bytes[floor] & 0xC0 == 0x80 { floor += 1 }
        return floor
    }

    /// The last `window` scalars of `range`.
    private func windowed(_ range: Range<Int>) -> Range<Int> {
        var start = range.upperBound
        var count = 0
        while start > range.lowerBound && count < Self.window {
            start = bytes.scalarStart(before: start)
            count += 1
        }
        return start..<range.upperBound
    }

    /// Whether the bytes between two figures only join them into a list (`、`, `和`, `及`).
    static func isListSeparator(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        let trimmed = TextLines.trim(bytes, range)
        return listSeparators.contains { word in
            trimmed.count == word.count && bytes.matchesBytes(word, at: trimmed.lowerBound)
        }
    }

    private static let listSeparators: [[UInt8]] = ["、", "和", "与", "及", "以及", "、以及"].map { Array($0.utf8) }
}
