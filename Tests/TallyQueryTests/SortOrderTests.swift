import Testing

@testable import TallyQuery

/// Sorting by several keys equals stable sorts by each key from the last to the first, whether the
/// keys' ranks pack into one integer or (with many keys) rows are compared key by key.
@Suite struct SortOrderTests {
    static let keySets = [
        ["city", "value desc"],
        ["unit desc", "subject", "section"],
        ["kind", "approx desc", "value"],
        // Eleven keys whose ranks and the row position need 68 bits: rows are compared key by key.
        [
            "subject", "raw desc", "sentence", "value", "line desc", "column", "heading", "speaker", "section",
            "unit", "kind",
        ],
    ]

    @Test(arguments: keySets)
    func manyKeysEqualStableSortsByEachKey(_ keys: [String]) throws {
        let together = try output("measures | sort \(keys.joined(separator: ", ")) | select raw, line, column")
        let oneByOne = keys.reversed().map { "sort \($0)" }.joined(separator: " | ")
        let staged = try output("measures | \(oneByOne) | select raw, line, column")
        #expect(together == staged)
        #expect(together.hasSuffix("102 rows\n"))
    }

    @Test func packedRanksOrderLikeComparisons() throws {
        let ranks = try SortRanks(
            rows: Array(0..<6),
            keys: [
                (.numbers([3, 1, 2, 1, 3, 2]), false), (.values { .text(["b", "a", "a", "b", "a", "b"][$0]) }, true),
            ],
            stop: .never)
        #expect(try ranks.order(stop: .never) == [3, 1, 5, 2, 0, 4])
    }
}
