/// The line under a report's title that says when and where it was delivered:
/// `——2026年1月25日在北京市第十六届人民代表大会第四次会议上`, `（2026年1月27日在贵州省…会议上）`,
/// `--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上`. Some pages print the speaker on the
/// same line (`2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚`).
struct MeetingLine: Sendable, Equatable {
    /// The day the report was delivered, ISO `yyyy-mm-dd`.
    var date: String
    /// What follows `在` up to the end of the meeting (`北京市第十六届人民代表大会第四次会议上`).
    var venue: String
    /// A speaker printed after the meeting on the same line.
    var speaker: SpeakerLine?

    /// Dashes and brackets that may open the line: — – - ― ─ （ ( and spaces.
    private static let openers: Set<Unicode.Scalar> = Set("—–-―─－（(".unicodeScalars)

    /// Whether the line may be a meeting line, from its bytes alone: short, with `在` and no `。`.
    static func mayBe(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        range.count <= 100 * 3 && bytes.firstOffset(of: "在", from: range.lowerBound, limit: range.upperBound) != nil
            && bytes.firstOffset(of: "。", from: range.lowerBound, limit: range.upperBound) == nil
    }

    /// Recognises a meeting line: optional dashes or an opening bracket, a date, `在`, and a venue
    /// that names a congress or meeting (`代表大会`, `会议`, `大会`, or `第十四届` of a line broken in two).
    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        while start < scalars.count, Self.openers.contains(scalars[start]) || ScalarClass.isSpace(scalars[start].value)
        {
            start += 1
        }
        guard scalars.count <= 100, let (date, afterDate) = ReportDate.leading(scalars, from: start),
            afterDate < scalars.count, scalars[afterDate] == "在"
        else { return nil }
        var rest = Array(scalars[(afterDate + 1)...])
        while let last = rest.last, last == "）" || last == ")" || ScalarClass.isSpace(last.value) { rest.removeLast() }
        let text = String(scalars: rest)
        // The meeting ends at `会议上` (or `大会上`); a speaker may follow after white space.
        var venue = text
        var speaker: SpeakerLine?
        for ending in ["会议上", "大会上", "会上"] {
            guard let found = text.firstRange(of: ending) else { continue }
            venue = String(text[..<found.upperBound])
            let tail = text[found.upperBound...].trimmingSpaces()
            if !tail.isEmpty { speaker = SpeakerLine(tail) }
            break
        }
        guard venue.contains("会") || venue.contains("代表") || venue.contains("届") else { return nil }
        self.date = date
        self.venue = venue.trimmingSpaces()
        self.speaker = speaker
    }

    /// The year the date falls in.
    var year: Int? { Int(date.prefix(4)) }

    /// The place the meeting was held for, read from the venue (`吉林省第十四届…` → 吉林省), or nil.
    var place: (place: String, city: String)? { PlaceName.parse(office: venue) }
}
