/// Numbers written the way Chinese reports write them (`4,680万元`, `17.3亿元`, `30余次`), and in
/// the exact machine form (`46800000`) that tables export.
public enum HumanNumber {
    /// The exact machine form of `value`: shortest round-trip digits, never an exponent, never a
    /// trailing `.0` (`46800000`, `0.5`, `-3`, `0.00001`). Non-finite values give `nan`, `inf`, `-inf`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == 0 { return "0" }
        if value.rounded(.towardZero) == value && abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        let digits = positionalDigits(of: abs(value))
        return value < 0 ? "-" + digits : digits
    }

    /// `value` with its unit in report form: from 1亿 in 亿 (`17.3亿元`, `≥35.41亿元`, rounded to two
    /// decimals), below that in 万 when that states it with at most two decimals (`4,680万元`,
    /// `1.2万人次`) or when it is 100万 or more (rounded), otherwise the number itself (`12,257件`);
    /// with `bySize`, every value from 1万 is in 万 (`38.65万人`), for a column that mixes them. `%`
    /// and `‰` never take a magnitude. A number below 1 keeps three significant digits (`0.0005`,
    /// `0.0399`) instead of rounding to nothing. With `lowerBound` the figure is marked as a minimum:
    /// `≥4,680万元`.
    public static func format(value: Double, unit: String, lowerBound: Bool = false, bySize: Bool = false) -> String {
        let parts = parts(of: value, unit: unit, bySize: bySize)
        return (lowerBound ? "≥" : "") + parts.number + parts.magnitude + unit
    }

    /// `value` split into its number and magnitude word (`("4,680", "万")`), as `format` chooses them.
    static func parts(of value: Double, unit: String, bySize: Bool = false) -> (number: String, magnitude: String) {
        guard value.isFinite else { return (plain(value), "") }
        let size = abs(value)
        guard unit != "%" && unit != "‰" else { return (readable(value), "") }
        if size >= 1e8 { return (grouped(value / 1e8), "亿") }
        if size >= 1e4 && (bySize || hasAtMostTwoDecimals(value / 1e4)) { return (grouped(value / 1e4), "万") }
        if size >= 1e6 {
            // 99,999,999 rounds to 10,000万, which reads better as 1亿.
            if (size / 1e4 * 100).rounded() >= 1e6 { return (grouped(value / 1e8), "亿") }
            return (grouped(value / 1e4), "万")
        }
        return (readable(value), "")
    }

    /// Whether `format` writes `value` with a magnitude word (万 or 亿).
    public static func takesMagnitude(_ value: Double, unit: String) -> Bool {
        !parts(of: value, unit: unit).magnitude.isEmpty
    }

    /// `value` for people: grouped with two decimals, but a number below 1 (not 0) keeps three
    /// significant digits (`0.0005`, `0.0399`, `0.5`), so a small ratio is not shown as `0`.
    public static func readable(_ value: Double) -> String {
        let size = abs(value)
        guard size > 0, size < 1, value.isFinite else { return grouped(value) }
        var decimals = 2
        var scaled = size * 100
        while scaled < 100 && decimals < 15 {
            scaled *= 10
            decimals += 1
        }
        let digits = String(Int64(scaled.rounded()))
        if digits.count > decimals { return grouped(value) }
        var fraction = String(repeating: "0", count: decimals - digits.count) + digits
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + "0." + fraction
    }

    /// Whether `value` has at most two decimals, allowing for binary floating-point error.
    private static func hasAtMostTwoDecimals(_ value: Double) -> Bool {
        let hundredths = value * 100
        return abs(hundredths - hundredths.rounded()) <= 1e-9 * max(1, abs(hundredths))
    }

    /// `value` rounded to at most two decimals, with thousands separators (`2,619.35`, `-3`,
    /// `1,020,000`).
    public static func grouped(_ value: Double) -> String {
        let hundredths = (abs(value) * 100).rounded()
        guard hundredths < 9e15 else {
            let whole = withThousandsSeparators(plain(abs(value).rounded()))
            return value < 0 ? "-" + whole : whole
        }
        let total = Int64(hundredths)
        let fraction = total % 100
        var text = value < 0 && total != 0 ? "-" : ""
        text += withThousandsSeparators(String(total / 100))
        if fraction != 0 {
            text += fraction < 10 ? ".0" : "."
            text += String(fraction % 10 == 0 ? fraction / 10 : fraction)
        }
        return text
    }

    /// A string of digits with a comma before every group of three from the right.
    private static func withThousandsSeparators(_ digits: String) -> String {
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        var result = ""
        result.reserveCapacity(count + count / 3)
        for (index, digit) in digits.unicodeScalars.enumerated() {
            if index > 0 && (count - index) % 3 == 0 { result.append(",") }
            result.unicodeScalars.append(digit)
        }
        return result
    }

    /// The shortest round-trip digits of a positive finite `value`, written without an exponent.
    private static func positionalDigits(of value: Double) -> String {
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        var inExponent = false
        var exponent = 0
        var exponentSign = 1
        for byte in value.description.utf8 {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent {
                    exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
                } else {
                    digits.append(byte)
                    if !seenPoint { integerDigits += 1 }
                }
            default: break
            }
        }
        var point = integerDigits + exponentSign * exponent
        var start = 0
        while start < digits.count && digits[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var end = digits.count
        while end > start && digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        let significant = digits[start..<end]
        let zero = UInt8(ascii: "0")
        var result: [UInt8] = []
        result.reserveCapacity(significant.count + abs(point) + 2)
        if point <= 0 {
            result.append(contentsOf: [zero, UInt8(ascii: ".")])
            result.append(contentsOf: repeatElement(zero, count: -point))
            result.append(contentsOf: significant)
        } else if point >= significant.count {
            result.append(contentsOf: significant)
            result.append(contentsOf: repeatElement(zero, count: point - significant.count))
        } else {
            result.append(contentsOf: significant.prefix(point))
            result.append(UInt8(ascii: "."))
            result.append(contentsOf: significant.dropFirst(point))
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension Quantity {
    /// The figure in report form: `4,680万元`, `30余次`, `500余万元`, `约20万元`, `5%—5.5%`, `1.2万—1.5万元`.
    public var humanDescription: String { humanDescription(lowerBound: false) }

    /// The figure in report form; with `lowerBound` it is marked as a minimum (`≥4,680万元`) in
    /// place of its `余` or `约`, as for a total that includes approximate figures; with `bySize`
    /// every value from 1万 takes 万 or 亿 (see `HumanNumber.format`).
    public func humanDescription(lowerBound: Bool, bySize: Bool = false) -> String {
        let prefix = lowerBound ? "≥" : (approximation == .about ? "约" : "")
        let more = !lowerBound && approximation == .more ? "余" : ""
        let less = !lowerBound && approximation == .less ? "以内" : ""
        let last = HumanNumber.parts(of: high ?? value, unit: unit, bySize: bySize)
        let figure = last.number + more + last.magnitude + unit + less
        guard high != nil else { return prefix + figure }
        let low = HumanNumber.parts(of: value, unit: unit, bySize: bySize)
        let lowUnit = unit == "%" || unit == "‰" ? unit : ""
        return prefix + low.number + low.magnitude + lowUnit + "—" + figure
    }
}
