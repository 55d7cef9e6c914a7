/// A number read from text, before its unit is known.
struct NumberReading {
    /// The digits as an integer (`2608.83` is 260883); magnitude words inside a Chinese numeral are
    /// included (`三万` is 30000).
    var mantissa: Double
    /// How many of the mantissa's digits are decimals (`2608.83` has 2).
    var fractionDigits: Int
    /// Byte offsets of the number.
    var start: Int
    var end: Int
    /// Written in Chinese numerals.
    var isChinese: Bool
    /// An integer of four digits from 1000 to 2999 (or `二〇二一`): a year when `年` follows.
    var isYearLike: Bool
    /// A lone `一`, which is mostly an article (`一批`, `一项`) rather than a figure.
    var isLoneOne: Bool

    /// The value with a magnitude applied, computed from the integer mantissa so that decimals stay
    /// exact: `2608.83` × 10⁴ is 26088300, not 26088300.000000004.
    func value(times magnitude: Double = 1) -> Double {
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        return mantissa * magnitude / divisor
    }
}

/// Reads Arabic and Chinese numbers from valid UTF-8 bytes.
enum NumberReader {
    /// Reads the number starting at `start`, or nil when none starts there.
    static func read(_ bytes: Bytes, at start: Int, limit: Int) -> NumberReading? {
        let (first, _) = bytes.scalar(at: start)
        if ScalarClass.digitValue(first) != nil { return readArabic(bytes, at: start, limit: limit) }
        guard ChineseNumerals.canStart(first),
            let reading = ChineseNumerals.read(bytes, at: start, limit: limit)
        else { return nil }
        if let decimals = chineseDecimals(bytes, after: reading, limit: limit) {
            return NumberReading(
                mantissa: decimals.mantissa, fractionDigits: decimals.digits, start: start, end: decimals.end,
                isChinese: true, isYearLike: false, isLoneOne: false)
        }
        let yearLike = reading.isDigitByDigit && reading.scalarCount == 4
        return NumberReading(
            mantissa: reading.value, fractionDigits: 0, start: start, end: reading.end, isChinese: true,
            isYearLike: yearLike, isLoneOne: reading.scalarCount == 1 && first == 0x4E00)
    }

    /// `一点五`, `十二点五`, `零点五`: the decimals after `点` following a Chinese integer below 万,
    /// digit by digit (`零`, `〇`, `一` … `九`; not `两`), as a mantissa with its count of decimals; nil
    /// when no digit follows `点` (`一点点`, `三点`) or a place value follows the digits (`十二点五十分`,
    /// a time of day).
    private static func chineseDecimals(_ bytes: Bytes, after reading: ChineseNumerals.Reading, limit: Int) -> (
        mantissa: Double, digits: Int, end: Int
    )? {
        guard reading.value < 10_000, !reading.isDigitByDigit, reading.end + 3 < limit,
            bytes.matches("点", at: reading.end)
        else { return nil }
        var mantissa = reading.value
        var digits = 0
        var index = reading.end + 3
        while index < limit, digits < 12, bytes.scalar(at: index).value != 0x4E24,  // 两
            let digit = ChineseNumerals.digit(bytes.scalar(at: index).value)
        {
            mantissa = mantissa * 10 + Double(digit)
            digits += 1
            index += 3
        }
        if index < limit, ChineseNumerals.smallUnit(bytes.scalar(at: index).value) != nil { return nil }
        return digits > 0 ? (mantissa, digits, index) : nil
    }

    /// Reads digits (ASCII or full-width) with an optional decimal part (`.` or `．`) and thousands
    /// separators (`1,234.5`: a comma followed by exactly three digits).
    static func readArabic(_ bytes: Bytes, at start: Int, limit: Int) -> NumberReading {
        var index = start
        var integer = 0.0
        var digits = 0
        var groupDigits = 0
        var sawSeparator = false
        while index < limit {
            let (value, length) = bytes.scalar(at: index)
            if let digit = ScalarClass.digitValue(value) {
                integer = integer * 10 + Double(digit)
                digits += 1
                groupDigits += 1
                index += length
                continue
            }
            let groupFits = sawSeparator ? groupDigits == 3 : (1...3).contains(groupDigits)
            if value == 0x2C, groupFits, threeDigitsFollow(bytes, after: index, limit: limit) {
                sawSeparator = true
                groupDigits = 0
                index += 1
                continue
            }
            break
        }
        var mantissa = integer
        var fractionDigits = 0
        if index < limit {
            let (point, pointLength) = bytes.scalar(at: index)
            if point == 0x2E || point == 0xFF0E, index + pointLength < limit {
                var cursor = index + pointLength
                while cursor < limit {
                    let (value, length) = bytes.scalar(at: cursor)
                    guard let digit = ScalarClass.digitValue(value) else { break }
                    mantissa = mantissa * 10 + Double(digit)
                    fractionDigits += 1
                    cursor += length
                }
                if fractionDigits > 0 { index = cursor }
            }
        }
        let hasFraction = fractionDigits > 0
        let yearLike = !hasFraction && !sawSeparator && digits == 4 && integer >= 1000 && integer < 3000
        return NumberReading(
            mantissa: mantissa, fractionDigits: fractionDigits, start: start, end: index, isChinese: false,
            isYearLike: yearLike, isLoneOne: false)
    }

    /// Whether exactly three digits follow the comma at `comma` (and no fourth).
    private static func threeDigitsFollow(_ bytes: Bytes, after comma: Int, limit: Int) -> Bool {
        var index = comma + 1
        var count = 0
        while index < limit, count < 4 {
            let (value, length) = bytes.scalar(at: index)
            guard ScalarClass.digitValue(value) != nil else { break }
            count += 1
            index += length
        }
        return count == 3
    }
}
