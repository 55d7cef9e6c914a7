/// Reduces the words before a figure to the noun phrase that names it: `同比增长` and link words
/// dropped, place and time words stripped, a verb's object kept (`累计投入建设运营资金` → `建设运营资金`).
extension SubjectExtractor {
    /// The words before a figure reduced to the noun phrase: trailing link words and leading place and
    /// time words removed, and everything up to the last verb dropped.
    static func clean(_ phrase: [UInt8]) -> [UInt8] {
        phrase.withUnsafeBufferPointer { buffer -> [UInt8] in
            guard !buffer.isEmpty else { return [] }
            var range = 0..<buffer.count
            range = withoutLeadingYear(buffer, range)
            var trimming = true
            while trimming && !range.isEmpty {
                trimming = false
                if let length = trailingWords.suffix(of: buffer, range) {
                    range = range.lowerBound..<(range.upperBound - length)
                    trimming = true
                }
                // `人均预期寿命从2020年的82.4岁`: the year of a start value is no part of the indicator.
                let withoutYear = withoutTrailingYear(buffer, range)
                if withoutYear != range {
                    range = withoutYear
                    trimming = true
                }
            }
            // `高于全国平均水平4.9个百分点`: a gap names no indicator of its own.
            if range.isEmpty || gapStarts.match(buffer, at: range.lowerBound, limit: range.upperBound) != nil {
                return []
            }
            // `地区生产总值较“十三五”末净增1万亿元`, `…比上年`: the comparison is no part of the indicator,
            // and words that start with one (`较“十三五”末净增`) name none.
            if let comparison = comparisonStart(buffer, range) {
                if comparison == range.lowerBound { return [] }
                range = range.lowerBound..<comparison
            }
            if let (verbStart, cut) = lastVerb(buffer, range) {
                if let named = ownedHead(
                    buffer, owner: range.lowerBound..<verbStart, verb: verbStart..<cut, end: range.upperBound)
                {
                    return named
                }
                range = cut..<range.upperBound
            }
            var changed = true
            while changed && !range.isEmpty {
                changed = false
                if let length = leadingWords.match(buffer, at: range.lowerBound, limit: range.upperBound),
                    length < range.count
                {
                    range = (range.lowerBound + length)..<range.upperBound
                    changed = true
                }
                let trimmed = withoutLeadingYear(buffer, range)
                if trimmed != range {
                    range = trimmed
                    changed = true
                }
            }
            // `近3年提升21个百分点`, `3年增长58.6%`: a span of years is when, not what.
            return isYearSpan(buffer, range) ? [] : Array(buffer[range])
        }
    }

    /// The indicator when the words before the last verb say whose its object is, or nil when the
    /// object alone names it: `双良集团集中供热项目完成投资` → `双良集团集中供热项目投资` (完成, 实现:
    /// the owner and a head of up to three characters), `城镇新增就业` (新增 keeps a short head with
    /// its verb), `旅游接待人数`, `研发投入强度` (any other verb before a generic head is part of the
    /// noun), `新增两院院士占全国` (a share keeps what it is a share of), and
    /// `医保集中带量采购为群众减负` (为, 对, 向 after a noun introduce whom a figure is for).
    private static func ownedHead(_ buffer: Bytes, owner: Range<Int>, verb: Range<Int>, end: Int) -> [UInt8]? {
        guard !owner.isEmpty else { return nil }
        let headLength = buffer.scalarCount(verb.upperBound..<end)
        let verbWord = Array(buffer[verb])
        let keepsVerb: Bool
        if buffer.spells("完成", in: verb) || buffer.spells("实现", in: verb) {
            guard headLength <= 3 else { return nil }
            keepsVerb = false
        } else if buffer.spells("新增", in: verb) {
            keepsVerb = headLength <= 2
        } else if buffer.spells("占", in: verb) {
            keepsVerb = true
        } else if buffer.spells("为", in: verb) || buffer.spells("对", in: verb) || buffer.spells("向", in: verb) {
            // A noun before them is the owner (`…采购为群众减负`, `对外直接投资`); after a verb
            // (`面对面为民营企业…`, `提供一对一…`) they belong to that verb's object.
            guard !verbs.occurs(in: buffer, owner) else { return nil }
            keepsVerb = true
        } else if buffer.spells("在", in: verb) {
            // `猕猴桃产量稳定在全国`: a share of the whole country or province.
            guard scopeWords.match(buffer, at: verb.upperBound, limit: end) == end - verb.upperBound else { return nil }
            keepsVerb = true
        } else {
            guard genericHeads.match(buffer, at: verb.upperBound, limit: end) == end - verb.upperBound else {
                return nil
            }
            keepsVerb = true
        }
        let named = clean(Array(buffer[owner]))
        let isTimeOrPlaceOrVerb = named.withUnsafeBufferPointer {
            !$0.isEmpty
                && (leadingWords.match($0, at: 0, limit: $0.count) == $0.count
                    || verbs.match($0, at: 0, limit: $0.count) == $0.count)
        }
        guard scalarCount(named) >= 2, !isPlaceWord(named), !isTimeOrPlaceOrVerb else { return nil }
        return named + (keepsVerb ? verbWord : []) + Array(buffer[verb.upperBound..<end])
    }

    /// The wholes a share is taken of (`占全国`, `在全国`).
    static let scopeWords = WordTable(["全国", "全省", "全球", "全市", "全区", "世界"])

    /// Whether `range` is only a span of years: `近3年`, `三年`, `五年来`, `过去5年间`.
    static func isYearSpan(_ buffer: Bytes, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        if buffer.matches("近", at: index) || buffer.matches("这", at: index) { index += 3 }
        if buffer.matches("过去", at: index) { index += 6 }
        let numberStart = index
        while index < range.upperBound {
            let (value, length) = buffer.scalar(at: index)
            guard ScalarClass.digitValue(value) != nil || ChineseNumerals.canStart(value) else { break }
            index += length
        }
        guard index > numberStart, buffer.matches("年", at: index), index + 3 <= range.upperBound else { return false }
        index += 3
        if index < range.upperBound && (buffer.matches("来", at: index) || buffer.matches("间", at: index)) { index += 3 }
        return index == range.upperBound
    }

    /// The rightmost verb that leaves at least two characters after it: where the longest verb that
    /// ends there starts, and where it ends.
    private static func lastVerb(_ buffer: Bytes, _ range: Range<Int>) -> (start: Int, end: Int)? {
        var best: (start: Int, end: Int)?
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = verbs.match(buffer, at: index, limit: range.upperBound), index + length > best?.end ?? 0,
                buffer.hasScalars(2, in: (index + length)..<range.upperBound)
            {
                best = (index, index + length)
            }
            index += buffer.scalar(at: index).length
        }
        return best
    }

    /// Words that begin a gap against another figure.
    static let gapStarts = WordTable(["高于", "低于", "快于", "慢于", "超过全国", "比全国", "较全国"])

    /// Where a comparison (`较“十三五”末`, `比上年`, `比2020年`) starts in the last eight scalars of
    /// `range`, or nil.
    private static func comparisonStart(_ buffer: Bytes, _ range: Range<Int>) -> Int? {
        var index = range.upperBound
        var scalars = 0
        while index > range.lowerBound && scalars < 8 {
            index = buffer.scalarStart(before: index)
            scalars += 1
            let value = buffer.scalar(at: index).value
            // 比重, 比例, and 比 at the end (`城乡居民收入比缩小至`) are nouns; `比2020年`, `比上年` compare.
            if isRatioNoun(buffer, at: index)
                || (value == 0x6BD4 && index + 3 == range.upperBound && !comparesYear(buffer, after: index + 3))
            {
                continue
            }
            if value == 0x8F83 || value == 0x6BD4 {  // 较 比
                return index
            }
        }
        return nil
    }

    /// Whether the words at `index` name a year compared with (`2020年`, `上年`, `去年`, `同期`).
    private static func comparesYear(_ buffer: Bytes, after index: Int) -> Bool {
        guard index < buffer.count else { return false }
        let value = buffer.scalar(at: index).value
        return ScalarClass.digitValue(value) != nil || value == 0x4E0A || value == 0x53BB || value == 0x540C  // 上 去 同
    }

    /// Whether the 比 at `index` begins a noun (比重, 比例, 比率), not a comparison.
    static func isRatioNoun(_ buffer: Bytes, at index: Int) -> Bool {
        guard buffer.matches("比", at: index), index + 6 <= buffer.count else { return false }
        let value = buffer.scalar(at: index + 3).value
        return value == 0x91CD || value == 0x4F8B || value == 0x7387  // 重 例 率
    }

    /// `range` without a trailing year (`2020年`, `2020年底`).
    private static func withoutTrailingYear(_ buffer: Bytes, _ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        if end - 3 >= range.lowerBound && (buffer.matches("底", at: end - 3) || buffer.matches("末", at: end - 3)) {
            end -= 3
        }
        guard end - 7 >= range.lowerBound, buffer.matches("年", at: end - 3) else { return range }
        for offset in (end - 7)..<(end - 3) where !(0x30...0x39).contains(buffer[offset]) { return range }
        return range.lowerBound..<(end - 7)
    }

    /// `range` without a leading year (`2021年`, `2021年度`).
    private static func withoutLeadingYear(_ buffer: Bytes, _ range: Range<Int>) -> Range<Int> {
        guard range.count >= 7 else { return range }
        for offset in 0..<4 where !(0x30...0x39).contains(buffer[range.lowerBound + offset]) { return range }
        var start = range.lowerBound + 4
        guard buffer.matches("年", at: start) else { return range }
        start += 3
        if start + 3 <= range.upperBound && buffer.matches("度", at: start) { start += 3 }
        return start..<range.upperBound
    }
}
