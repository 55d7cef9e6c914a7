import TallyText

/// The words of `trend`, `compare` by period and `targets`, from the catalogue.
enum SeriesText {
    /// The source cell of a year with no figure.
    static var gap: String { Phrase.gap() }

    static var gapNote: String { Phrase.gapNote() }

    static var reportedNote: String { Phrase.reportedNote() }

    /// `地区生产总值 (海拉尔区): average annual growth 8.9% from 2011 to 2016`.
    static func averageGrowth(indicator: String, city: String, first: Int, last: Int, percent: Double) -> String {
        Phrase.averageGrowth(
            indicator + (city.isEmpty ? "" : " (\(city))"), HumanNumberText.percent(percent), first, last)
    }

    static var trendNeedsFigures: String { Phrase.trendNeedsFigures() }

    static var periodComparisonNote: String { Phrase.periodComparisonNote() }

    static var targetsNote: String { Phrase.targetsNote() }
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
    static var nothingToAggregate: String { Phrase.nothingToAggregate() }
    static var nothingToTotal: String { Phrase.nothingToTotal() }
}
