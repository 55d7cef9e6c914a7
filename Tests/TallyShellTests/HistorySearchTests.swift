import Testing

@testable import TallyShell

@Suite("HistorySearch")
struct HistorySearchTests {
    private let entries = ["measures | where city == 合肥", "cities", "compare 合肥, 安庆", "cities | count"]

    /// A search through `entries` after typing `query`.
    private func searching(_ query: String) -> HistorySearch {
        var search = HistorySearch(entries: entries)
        for scalar in query.unicodeScalars { search.type(scalar) }
        return search
    }

    @Test("Two Chinese characters find the newest entry holding both, the cursor on the first")
    func chineseQueryFindsNewest() {
        let search = searching("合肥")
        #expect(search.foundEntry == "compare 合肥, 安庆")
        #expect(search.foundOffset == 8)
        #expect(!search.isFailing)
    }

    @Test("Searching again finds older entries, and past the oldest the search fails keeping its match")
    func searchOlderThenFail() {
        var search = searching("合肥")
        search.searchOlder()
        #expect(search.foundEntry == "measures | where city == 合肥")
        search.searchOlder()
        #expect(search.isFailing)
        #expect(search.foundEntry == "measures | where city == 合肥")
    }

    @Test("A query no entry holds fails; Backspace shortens it and searches from the newest again")
    func failThenBackspace() {
        var search = searching("合肥x")
        #expect(search.isFailing)
        #expect(search.foundEntry == "compare 合肥, 安庆")
        search.deleteLast()
        search.deleteLast()
        #expect(search.query == "合")
        #expect(search.foundEntry == "compare 合肥, 安庆")
        #expect(!search.isFailing)
        search.deleteLast()
        #expect(search.foundEntry == nil)
    }
}
