/// What a heading, a paragraph's opening words or a sentence say about time: the year or span the
/// figures after them describe, and whether they are plans (targets) or results.
struct TimeContext: Sendable, Equatable {
    /// The year or span named; nil when none is.
    var period: Period?
    /// True for a plan (`2026年重点工作`, `“十五五”时期主要目标`), false for a review
    /// (`工作回顾`, `过去五年`), nil when the words do not say.
    var plan: Bool?

    /// Whether the words said anything about time.
    var isEmpty: Bool { period == nil && plan == nil }

    /// This context, with what it leaves open taken from `outer`.
    func within(_ outer: TimeContext) -> TimeContext {
        TimeContext(period: period ?? outer.period, plan: plan ?? outer.plan)
    }

    /// Reads the time words of `range` (a heading or the opening of a paragraph) for a report of
    /// `reportYear`. A text that names both a review and a plan (`“十四五”时期发展成就和“十五五”时期主要目标`)
    /// says nothing: its paragraphs decide.
    static func read(_ bytes: Bytes, _ range: Range<Int>, reportYear: Int) -> TimeContext {
        let groups = TimeWords.groups(in: bytes, range)
        var review = groups.contains(.review)
        var plan = groups.contains(.plan)
        if review && plan { return TimeContext() }
        var period: Period?
        // A year named beside a span is the more precise (`2025年是“十四五”收官之年` → 2025).
        if let year = TimeWords.yearMentions(in: bytes, range).first {
            period = year.period
        } else if let span = TimeWords.planSpan(in: bytes, range) {
            period = span
        } else {
            period = TimeWords.relativeSpan(groups, reportYear: reportYear)
        }
        // A plan period still running (`“十四五”期间` in a 2022 report) is no time of its own.
        if let span = period, !span.isYear, span.start < reportYear, span.end >= reportYear { period = nil }
        if let period {
            if period.start >= reportYear { plan = true } else { review = true }
        }
        if review && plan { return TimeContext() }
        return TimeContext(period: period, plan: plan ? true : (review ? false : nil))
    }
}
