/// Reading numbers written with Chinese numerals: `三`, `十五`, `一百零五`, `两千`, `三万`, `二〇二一`.
enum ChineseNumerals {
    /// The digit value of a numeral scalar (`〇`/`零` 0 … `九` 9, `两` 2), or nil.
    @inline(__always)
    static func digit(_ value: UInt32) -> Int? {
        switch value {
        case 0x96F6, 0x3007: 0  // 零 〇
        case 0x4E00: 1  // 一
        case 0x4E8C, 0x4E24: 2  // 二 两
        case 0x4E09: 3  // 三
        case 0x56DB: 4  // 四
        case 0x4E94: 5  // 五
        case 0x516D: 6  // 六
        case 0x4E03: 7  // 七
        case 0x516B: 8  // 八
        case 0x4E5D: 9  // 九
        default: nil
        }
    }

    /// The multiplier of a place-value scalar inside a group (`十` 10, `百` 100, `千` 1000), or nil.
    @inline(__always)
    static func smallUnit(_ value: UInt32) -> Double? {
        switch value {
        case 0x5341: 10  // 十
        case 0x767E: 100  // 百
        case 0x5343: 1000  // 千
        default: nil
        }
    }

    /// The multiplier of a magnitude scalar (`万` 10⁴, `亿` 10⁸), or nil.
    @inline(__always)
    static func largeUnit(_ value: UInt32) -> Double? {
        switch value {
        case 0x4E07: 10_000  // 万
        case 0x4EBF: 100_000_000  // 亿
        default: nil
        }
    }

    /// Whether a scalar can start a Chinese number: a digit, or `十` (`十五`). A bare `百` or `千`
    /// starts idioms (`百姓`, `千家万户`), not figures.
    @inline(__always)
    static func canStart(_ value: UInt32) -> Bool {
        digit(value) != nil || value == 0x5341
    }

    /// The end of the run of numeral scalars (digits, place values, magnitudes) starting at `start`:
    /// where the scan resumes after a malformed run, so that a long run is read once, not once per scalar.
    static func runEnd(_ bytes: Bytes, at start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let (value, length) = bytes.scalar(at: index)
            guard digit(value) != nil || smallUnit(value) != nil || largeUnit(value) != nil else { break }
            index += length
        }
        return max(index, start + bytes.scalar(at: start).length)
    }

    /// A Chinese number read from a run of numeral scalars.
    struct Reading {
        /// Its value.
        var value: Double
        /// The byte offset just past the last numeral used.
        var end: Int
        /// Written digit by digit with no place values (`二〇二一`), as years are.
        var isDigitByDigit: Bool
        /// How many scalars it spans.
        var scalarCount: Int
    }

    /// Reads the longest well-formed Chinese number at `start`, or nil when the run is malformed
    /// (`十四五`) and so a name rather than a number.
    static func read(_ bytes: Bytes, at start: Int, limit: Int) -> Reading? {
        var index = start
        var count = 0
        var onlyDigits = true
        var hasCircleZero = false  // 〇, written only digit by digit
        var digitByDigitValue = 0.0
        while index < limit {
            let (value, length) = bytes.scalar(at: index)
            if let digit = digit(value) {
                digitByDigitValue = digitByDigitValue * 10 + Double(digit)
                if value == 0x3007 { hasCircleZero = true }
            } else if smallUnit(value) != nil || largeUnit(value) != nil {
                onlyDigits = false
            } else {
                break
            }
            count += 1
            index += length
        }
        guard count > 0 else { return nil }
        // A trailing magnitude word may be the unit-side magnitude of the figure; the evaluation below
        // accepts it either way, so only malformed runs are rejected.
        if onlyDigits {
            guard count == 1 || count == 4 || hasCircleZero else { return nil }
            return Reading(value: digitByDigitValue, end: index, isDigitByDigit: count > 1, scalarCount: count)
        }
        guard let value = evaluate(bytes, start..<index) else { return nil }
        return Reading(value: value, end: index, isDigitByDigit: false, scalarCount: count)
    }

    /// The value of the place-value numeral in `range` (`一百零五`, `十五`, `三万五千`), which holds only
    /// numeral scalars, or nil when malformed.
    static func evaluate(_ bytes: Bytes, _ range: Range<Int>) -> Double? {
        var total = 0.0  // completed 亿 groups
        var group = 0.0  // completed 万 groups inside the current 亿 group
        var section = 0.0  // the current group below 万
        var pending: Double? = nil  // a digit waiting for its place value
        var lastSmallUnit = Double.infinity
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = bytes.scalar(at: index)
            index += length
            if let value = digit(scalar) {
                if value == 0 {
                    guard pending == nil else { return nil }
                    continue
                }
                guard pending == nil else { return nil }  // two digits in a row: 十四五
                pending = Double(value)
            } else if let unit = smallUnit(scalar) {
                guard unit < lastSmallUnit else { return nil }
                section += (pending ?? 1) * unit
                pending = nil
                lastSmallUnit = unit
            } else if let unit = largeUnit(scalar) {
                let value = section + (pending ?? 0)
                guard value > 0 || group > 0 || total > 0 else { return nil }
                if unit == 10_000 {
                    group = (group + value) * unit
                } else {
                    total = (total + group + value) * unit
                    group = 0
                }
                section = 0
                pending = nil
                lastSmallUnit = .infinity
            }
        }
        return total + group + section + (pending ?? 0)
    }
}
