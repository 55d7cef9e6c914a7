import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmark's results as the Markdown page `docs/PERFORMANCE.md`: how it was made, then every
/// table of the terminal output as a pipe table. `tally-bench --large --markdown docs/PERFORMANCE.md`
/// writes it, so the page is never edited by hand.
enum PerformancePage {
    /// The page for `result`, made by `tally-bench` with `arguments`.
    static func markdown(_ result: BenchResult, arguments: [String]) -> String {
        let command = (["tally-bench"] + arguments).joined(separator: " ")
        var page = """
            # Performance

            Written by `\(command)` on \(today()); the build it measured is in the Machine table (the
            published page measures a release build linked as one static executable, as `./tally`
            builds it with `.ci/release-build`). Regenerate it after a change that may move these
            numbers:

            ```sh
            .ci/release-build
            .build/release/tally-bench --large --markdown docs/PERFORMANCE.md
            ```

            The corpus is generated from the seed report (its cities replaced by real prefecture-level
            cities, every figure scaled, sentences lightly reordered) with the truth of every figure, so
            recall and precision are exact. Times are medians; queries run through the query engine beside
            a hand-written scan of the columns that computes the same answer.


            """
        page += ResultTables.tables(result).map { MarkdownRenderer().render($0) }.joined(separator: "\n")
        return page
    }

    /// Today's date in UTC, `2026-12-02`.
    private static func today() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 16)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%d", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
