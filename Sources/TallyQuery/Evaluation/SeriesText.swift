/// The words of `trend`, `compare` by period and `targets`, kept together so they can move to a
/// catalogue of translations.
enum SeriesText {
    /// The source cell of a year with no figure.
    static let gap = "no figure for this year"

    static let gapNote = "a row without a value is a gap: no loaded report gives a figure for that year"

    static let reportedNote =
        "growth is computed from the levels; reported is the growth rate the reports give (often at comparable prices)"

    /// `地区生产总值 (海拉尔区): average annual growth 8.9% from 2011 to 2016`.
    static func averageGrowth(indicator: String, city: String, first: Int, last: Int, percent: Double) -> String {
        indicator + (city.isEmpty ? "" : " (\(city))") + ": average annual growth "
            + HumanNumberText.percent(percent) + " from \(first) to \(last)"
    }

    static let trendNeedsFigures = "trend makes series of figures: start from measures"

    static let periodComparisonNote =
        "targets are left out when years are compared (a target and its result are not added); on target == true compares targets"

    static let targetsNote =
        "met: the result reaches the target (stays within it for a ceiling such as 4%以内); the result is from a later report"
}

/// Numbers as notes write them.
enum HumanNumberText {
    /// `8.9%`, `-1.2%`, `18%`.
    static func percent(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + "%"
    }
}

/// The notes of aggregates over no rows.
enum AggregationText {
    static let nothingToAggregate = "no rows: an aggregate of nothing is empty (count is 0)"
    static let nothingToTotal = "no figures: the total of nothing is empty"
}
