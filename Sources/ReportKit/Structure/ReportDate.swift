/// Reads the calendar dates printed in report headers — `2026年1月27日`, `二〇二六年一月二十七日`,
/// `2026-02-02 09:20`, `2026年02月10日 07时41分`, `2022/01/22` — as ISO `yyyy-mm-dd`.
enum ReportDate {
    /// The date at the start of `scalars` (after `start`) and the index just past it, or nil.
    static func leading(_ scalars: [Unicode.Scalar], from start: Int = 0) -> (iso: String, end: Int)? {
        guard let (year, afterYear) = number(scalars, from: start, yearDigits: true), (1900...2999).contains(year),
            afterYear < scalars.count
        else { return nil }
        let separator = scalars[afterYear]
        if separator == "年" {
            guard let (month, afterMonth) = number(scalars, from: afterYear + 1, yearDigits: false),
                afterMonth < scalars.count, scalars[afterMonth] == "月",
                let (day, afterDay) = number(scalars, from: afterMonth + 1, yearDigits: false),
                afterDay < scalars.count, scalars[afterDay] == "日" || scalars[afterDay] == "号"
            else { return nil }
            return iso(year, month, day).map { ($0, afterDay + 1) }
        }
        guard separator == "-" || separator == "/" || separator == ".",
            let (month, afterMonth) = number(scalars, from: afterYear + 1, yearDigits: false),
            afterMonth < scalars.count, scalars[afterMonth] == separator,
            let (day, afterDay) = number(scalars, from: afterMonth + 1, yearDigits: false)
        else { return nil }
        return iso(year, month, day).map { ($0, afterDay) }
    }

    /// The date of a metadata value or a bare date line (`2026-01-31 07:00:44`), or nil when the
    /// text does not start with a date.
    static func iso(in text: String) -> String? {
        leading(Array(text.trimmingSpaces().unicodeScalars))?.iso
    }

    /// Whether a whole line is a date, maybe with a time (`2026年02月10日 07时41分`, `2026-01-31 07:00:44`).
    static func isDateLine(_ text: String) -> Bool {
        let scalars = Array(text.trimmingSpaces().unicodeScalars)
        guard scalars.count <= 32, let (_, end) = leading(scalars) else { return false }
        return scalars[end...].allSatisfy {
            ScalarClass.digitValue($0.value) != nil || ScalarClass.isSpace($0.value)
                || ":：时分秒".unicodeScalars.contains($0)
        }
    }

    /// The year a text names first (`2026年…`), or nil.
    static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (value, end) = number(scalars, from: index, yearDigits: true), end < scalars.count,
                scalars[end] == "年", (1900...2999).contains(value)
            {
                return value
            }
            index += 1
        }
        return nil
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let pad: (Int) -> String = { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// A number in ASCII or full-width digits, or in Chinese numerals: digit by digit for a year
    /// (`二〇二六`), with 十 for a month or day (`二十七`).
    private static func number(_ scalars: [Unicode.Scalar], from start: Int, yearDigits: Bool) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < scalars.count, index - start < 4, let digit = ScalarClass.digitValue(scalars[index].value) {
            value = value * 10 + digit
            index += 1
        }
        if index > start { return (value, index) }
        if yearDigits {
            while index < scalars.count, index - start < 4, let digit = ChineseNumerals.digit(scalars[index].value) {
                value = value * 10 + digit
                index += 1
            }
            return index - start == 4 ? (value, index) : nil
        }
        // 一 … 九, 十, 十一 … 十九, 二十 … 三十一
        var tens = 0
        var units = 0
        while index < scalars.count, index - start < 3 {
            let scalar = scalars[index]
            if scalar == "十" {
                guard tens == 0 else { return nil }
                tens = max(units, 1)
                units = 0
            } else if let digit = ChineseNumerals.digit(scalar.value), digit > 0 {
                units = digit
            } else {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        return (tens * 10 + units, index)
    }
}
