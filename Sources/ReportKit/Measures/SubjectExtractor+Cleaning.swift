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
            // `地区生产总值较“十三五”末净增1万亿元`, `…比上年`: the comparison is no part of the indicator.
            if let comparison = comparisonStart(buffer, range) { range = range.lowerBound..<comparison }
            if let cut = lastVerbEnd(buffer, range) {
                // `双良集团集中供热项目完成投资` → `双良集团集中供热项目投资`: a head of two characters after
                // 完成 or 实现 is generic; the words before the verb say whose it is.
                let verbStart = lastVerbStart(buffer, range, end: cut)
                let head = Array(buffer[cut..<range.upperBound])
                var owner = Array(buffer[range.lowerBound..<verbStart])
                let verb = Array(buffer[verbStart..<cut])
                let isAdding = verb == Array("新增".utf8)
                if scalarCount(head) <= 2 || isAdding, !owner.isEmpty {
                    owner = clean(owner)
                    let ownerIsTimeOrPlace = owner.withUnsafeBufferPointer {
                        !$0.isEmpty && leadingWords.match($0, at: 0, limit: $0.count) == $0.count
                    }
                    if scalarCount(owner) >= 2 && !placeWords.contains(owner) && !ownerIsTimeOrPlace {
                        if verb == Array("完成".utf8) || verb == Array("实现".utf8) { return owner + head }
                        // `城镇新增就业`: a short added thing names the indicator with its verb;
                        // `天津滨海-中关村科技园新增注册企业` → `天津滨海-中关村科技园注册企业`.
                        if isAdding { return scalarCount(head) <= 2 ? owner + verb + head : owner + head }
                    }
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
            return Array(buffer[range])
        }
    }

    /// The start of the verb that ends at `end` (the longest verb that does).
    private static func lastVerbStart(_ buffer: Bytes, _ range: Range<Int>, end: Int) -> Int {
        var index = range.lowerBound
        while index < end {
            if let length = verbs.match(buffer, at: index, limit: range.upperBound), index + length == end {
                return index
            }
            index += buffer.scalar(at: index).length
        }
        return end
    }

    /// The end of the rightmost verb that leaves at least two characters after it.
    private static func lastVerbEnd(_ buffer: Bytes, _ range: Range<Int>) -> Int? {
        var best: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = verbs.match(buffer, at: index, limit: range.upperBound),
                scalarCount(buffer[(index + length)..<range.upperBound]) >= 2
            {
                best = max(best ?? 0, index + length)
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
            if value == 0x8F83 || value == 0x6BD4 {  // 较 比
                return index > range.lowerBound ? index : nil
            }
        }
        return nil
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
