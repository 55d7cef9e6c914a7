import ReportKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One figure of the seed report, as the generator rewrites it: where its number is, what the number
/// looks like, and the unit, approximation and city that stay.
///
/// Only the digits change: `4680万元` may become `3127万元`, `1.2万人次` `2.7万人次`, `30余次` `41余次`,
/// `90%` `57%`, `三类` `七类`. The magnitude word, approximation marks and unit are left as written,
/// so the truth is the new digits times the same magnitude, in the same unit.
struct FigureSlot: Sendable {
    /// How the number of the figure is written.
    enum Number: Sendable {
        /// Arabic digits: the digits as an integer (`2608.83` is 260883), how many are decimals, and
        /// the magnitude the seed value shows (`万` is 10⁴).
        case arabic(mantissa: Int64, decimals: Int, magnitude: Double)
        /// A single Chinese numeral from 二 to 九 (`三类`).
        case chinese(digit: Int)
        /// Anything else (a range, `两年`): kept as written, and its value stays.
        case fixed
    }

    /// The shape of the number.
    var number: Number
    /// The bytes of the number in the seed text (empty for `.fixed`).
    var numberRange: Range<Int>
    /// The bytes of the whole figure as written (`超过3300人次`).
    var raw: Range<Int>
    /// The seed's value in base units.
    var value: Double
    /// The base unit (`元`).
    var unit: String
    /// The index of the seed report (and so of the city) the figure belongs to; -1 in the lead.
    var report: Int

    /// Chinese numerals the generator writes, with their values.
    static let chineseDigits: [(text: String, value: Int)] = [
        ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
    ]
    /// Every scalar that can be part of a Chinese number.
    private static let chineseNumerals = Set("〇零一二两三四五六七八九十百千万亿".unicodeScalars)

    /// The smallest and largest factor a figure is scaled by.
    static let scaleRange = (low: 0.4, high: 2.5)

    /// Reads the number of the figure at `raw` in the seed `text`, whose value the parser found to be
    /// `value` (`isRange`: it found a range, which stays as written).
    init(text: [UInt8], raw: Range<Int>, value: Double, isRange: Bool, unit: String, report: Int) {
        self.raw = raw
        self.value = value
        self.unit = unit
        self.report = report
        let read =
            isRange
            ? nil : (Self.readArabic(text, raw: raw, value: value) ?? Self.readChinese(text, raw: raw, value: value))
        number = read?.number ?? .fixed
        numberRange = read?.range ?? raw.lowerBound..<raw.lowerBound
    }

    /// Decimal digits in `text[raw]`, with at most one decimal point, and no other digits after them.
    private static func readArabic(_ text: [UInt8], raw: Range<Int>, value: Double) -> (
        number: Number, range: Range<Int>
    )? {
        guard var index = raw.first(where: { isDigit(text[$0]) }) else { return nil }
        let start = index
        var mantissa: Int64 = 0
        var decimals = 0
        while index < raw.upperBound && isDigit(text[index]) {
            mantissa = mantissa * 10 + Int64(text[index] - 0x30)
            index += 1
        }
        if index + 1 < raw.upperBound && text[index] == 0x2E && isDigit(text[index + 1]) {
            index += 1
            while index < raw.upperBound && isDigit(text[index]) {
                mantissa = mantissa * 10 + Int64(text[index] - 0x30)
                decimals += 1
                index += 1
            }
        }
        guard mantissa > 0, !text[index..<raw.upperBound].contains(where: isDigit) else { return nil }
        let magnitude = value * power(decimals) / Double(mantissa)
        let snapped = pow(10, log10(magnitude).rounded())
        guard snapped >= 1, abs(snapped - magnitude) <= 1e-9 * snapped else { return nil }
        return (.arabic(mantissa: mantissa, decimals: decimals, magnitude: snapped), start..<index)
    }

    /// A lone Chinese numeral from 二 to 九 in `text[raw]` whose value is the figure's value.
    private static func readChinese(_ text: [UInt8], raw: Range<Int>, value: Double) -> (
        number: Number, range: Range<Int>
    )? {
        let scalars = Array(String(decoding: text[raw], as: UTF8.self).unicodeScalars)
        var offset = raw.lowerBound
        for (position, scalar) in scalars.enumerated() {
            let width = UTF8.width(scalar)
            defer { offset += width }
            guard let digit = chineseDigits.first(where: { $0.text.unicodeScalars.first == scalar })?.value,
                Double(digit) == value,
                position == 0 || !chineseNumerals.contains(scalars[position - 1]),
                position + 1 == scalars.count || !chineseNumerals.contains(scalars[position + 1])
            else { continue }
            return (.chinese(digit: digit), offset..<offset + width)
        }
        return nil
    }

    // MARK: - Rewriting

    /// New digits for the figure and the value they state, or nil for a figure kept as written.
    ///
    /// Arabic figures are scaled by a factor drawn between `scaleRange.low` and `.high` (uniform in
    /// its logarithm), keeping the count of decimals, at least 1 before the point, a percentage at
    /// most 100%, and no trailing zero after the point (`2.0万` reads oddly; it becomes `1.9万`).
    /// Chinese numerals become another numeral from 二 to 九.
    func rewritten(using generator: inout SplitMix64) -> (text: [UInt8], value: Double)? {
        switch number {
        case .arabic(let mantissa, let decimals, let magnitude):
            let low = log(Self.scaleRange.low)
            let factor = exp(low + generator.fraction() * (log(Self.scaleRange.high) - low))
            let one = Int64(power(decimals))
            var scaled = max(Int64((Double(mantissa) * factor).rounded()), one)
            if unit == "%" { scaled = min(scaled, 100 * one) }
            if decimals > 0 && scaled % 10 == 0 { scaled += scaled > one ? -1 : 1 }
            return (
                Self.digits(scaled, decimals: decimals), Self.value(scaled, decimals: decimals, magnitude: magnitude)
            )
        case .chinese:
            let choice = generator.pick(Self.chineseDigits)
            return (Array(choice.text.utf8), Double(choice.value))
        case .fixed:
            return nil
        }
    }

    /// The figure as written in a document where it states `value` (for examples of misses).
    func writtenText(value: Double, seed: [UInt8]) -> String {
        var bytes = Array(seed[raw.lowerBound..<numberRange.lowerBound])
        switch number {
        case .arabic(_, let decimals, let magnitude):
            let mantissa = Int64((value * power(decimals) / magnitude).rounded())
            bytes += Self.digits(mantissa, decimals: decimals)
        case .chinese:
            let digit = Self.chineseDigits.first { Double($0.value) == value }
            bytes += Array((digit?.text ?? "?").utf8)
        case .fixed:
            break
        }
        bytes += seed[numberRange.upperBound..<raw.upperBound]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `mantissa` written with `decimals` digits after the point (`260883`, 2 → `2608.83`).
    private static func digits(_ mantissa: Int64, decimals: Int) -> [UInt8] {
        let one = Int64(power(decimals))
        var text = String(mantissa / one)
        if decimals > 0 {
            let fraction = String(mantissa % one)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return Array(text.utf8)
    }

    /// The value the parser computes for these digits: the integer mantissa times the magnitude,
    /// divided by 10^decimals, in this order, so that the truth is the same double.
    private static func value(_ mantissa: Int64, decimals: Int, magnitude: Double) -> Double {
        Double(mantissa) * magnitude / power(decimals)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// 10 to the power `exponent` (≥ 0), by repeated multiplication as the parser computes it.
private func power(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
}
