import ReportKit
import TallyText

/// The words for a count — `1 row`, `2 rows`, `1,020,000 figures`; `3 行` in Chinese — written in
/// one place, with the noun from the catalogue.
public enum Plural {
    /// The noun of `noun` for `count` things: `row` or `rows`.
    public static func word(_ count: Int, _ noun: Phrase) -> String {
        TallyText.word(count, noun)
    }

    /// `count` with thousands separators, a space and the word for it (`1 row`, `1,020 rows`).
    public static func counted(_ count: Int, _ noun: Phrase) -> String {
        TallyText.counted(HumanNumber.grouped(Double(count)), count, noun)
    }
}
