/// Finds the unit written after a number: the longest entry of `UnitTable` that the text spells at a
/// position, plus a rate's denominator (`元/月`, `元/人`).
struct UnitMatcher: Sendable {
    /// The units with their kind and traits; `spellings` tags each spelling with its unit's index.
    private let units: [(unit: String, kind: Kind, traits: UnitTraits)]
    private let spellings: WordTable
    /// Byte sequences that end a figure's unit with a magnitude (`万`, `亿`, `千`, `百`, `万亿`).
    static let magnitudes: [(bytes: [UInt8], factor: Double)] = [
        (Array("万亿".utf8), 1e12), (Array("亿".utf8), 1e8), (Array("万".utf8), 1e4),
        (Array("千".utf8), 1e3), (Array("百".utf8), 1e2),
    ]

    /// The shared matcher for `UnitTable.entries`.
    static let shared = UnitMatcher(units: UnitTable.entries.map(\.unit) + ["％"])

    init(units names: [String]) {
        let written = names.filter { !$0.isEmpty }
        units = written.map { written in
            let name = written == "％" ? "%" : written
            return (name, UnitTable.kind(of: name), UnitTraits(of: name))
        }
        spellings = WordTable(tagged: written.enumerated().map { (word: $0.element, tag: UInt32($0.offset)) })
    }

    /// The unit spelled at `index` and the offset just past it, or nil: the longest unit there. A
    /// stand-alone unit (one character, so no shorter unit can take its place) counts only where it
    /// stands alone.
    func match(_ bytes: Bytes, at index: Int, limit: Int) -> UnitMatch? {
        guard index < limit, let found = spellings.longestMatch(bytes, at: index, limit: limit) else { return nil }
        let end = index + found.length
        let (unit, kind, traits) = units[Int(found.tag)]
        if traits.contains(.standalone), !Self.standsAlone(bytes, at: end, limit: limit) { return nil }
        if let rate = Self.rateDenominator(bytes, at: end, limit: limit) {
            // A rate takes the kind of its numerator when that is money (`元/月`), else other.
            return UnitMatch(
                unit: unit + "/" + rate.unit, kind: kind == .money ? .money : .other, traits: [], end: rate.end)
        }
        return UnitMatch(unit: unit, kind: kind, traits: traits, end: end)
    }

    /// A `/` followed by a time or person word makes a rate: `元/月`, `元/人`, `元/人·月`.
    private static func rateDenominator(_ bytes: Bytes, at index: Int, limit: Int) -> (unit: String, end: Int)? {
        guard index + 1 < limit, bytes[index] == 0x2F || bytes.matches("／", at: index) else { return nil }
        let start = index + (bytes[index] == 0x2F ? 1 : 3)
        guard start < limit, let length = rateWords.match(bytes, at: start, limit: limit) else { return nil }
        return (bytes.string(start..<(start + length)), start + length)
    }

    /// The words after `/` that make a rate.
    private static let rateWords = WordTable([
        "月", "年", "天", "日", "人", "户", "人·月", "人月", "人年", "次", "周", "小时", "亩", "平方米", "立方米", "千克",
        "公斤", "吨", "平方公里", "公里", "标箱", "万元", "亿元", "百亿元",
    ])

    /// Whether no Han character follows a stand-alone unit ending at `end`, except `以上`, `以下`,
    /// `以内` or `左右`.
    private static func standsAlone(_ bytes: Bytes, at end: Int, limit: Int) -> Bool {
        guard end < limit else { return true }
        guard ScalarClass.isHan(bytes.scalar(at: end).value) else { return true }
        guard end + 6 <= limit else { return false }
        return bytes.matches("以上", at: end) || bytes.matches("以下", at: end) || bytes.matches("以内", at: end)
            || bytes.matches("左右", at: end)
    }

    /// The magnitude word at `index` (`万`, `亿`, …) and the offset past it, or nil.
    static func magnitude(_ bytes: Bytes, at index: Int, limit: Int) -> (factor: Double, end: Int)? {
        for magnitude in magnitudes where index + magnitude.bytes.count <= limit {
            var same = true
            for (offset, byte) in magnitude.bytes.enumerated() where bytes[index + offset] != byte {
                same = false
                break
            }
            if same { return (magnitude.factor, index + magnitude.bytes.count) }
        }
        return nil
    }
}
