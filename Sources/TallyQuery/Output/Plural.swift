import ReportKit

/// English words for a count — `1 row`, `2 rows`, `1,020,000 figures` — written in one place.
public enum Plural {
    /// `one` when `count` is 1, else `many`.
    public static func word(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? one : many
    }

    /// `count` with thousands separators, a space and the word for it (`1 row`, `1,020 rows`).
    public static func counted(_ count: Int, _ one: String, _ many: String) -> String {
        HumanNumber.grouped(Double(count)) + " " + word(count, one, many)
    }
}
