/// Sorting rows by keys without comparing values over and over: each key's values are replaced by
/// their rank among the key's distinct values (equal values share a rank), so the sort itself compares
/// integers. Ordering follows `Value.ascending`: numbers, then text, then missing values.
struct SortRanks {
    /// Per key, the rank of each row.
    private let ranks: [[Int32]]
    private let descending: [Bool]

    /// The ranks of `rows` under `keys` (accessor and direction), polling `shouldStop` as it goes.
    init(
        rows: [Int], keys: [(value: (Int) -> Value, descending: Bool)], shouldStop: () -> Bool
    ) throws(PipelineRunner.Stopped) {
        var ranks: [[Int32]] = []
        for key in keys {
            var values: [Value] = []
            values.reserveCapacity(rows.count)
            for (position, row) in rows.enumerated() {
                if position & 0xFFFF == 0, shouldStop() { throw PipelineRunner.Stopped() }
                values.append(key.value(row))
            }
            ranks.append(Self.ranks(of: values))
        }
        self.ranks = ranks
        self.descending = keys.map(\.descending)
    }

    /// Whether row position `left` comes before `right` (positions in the `rows` given); ties keep
    /// their order.
    func before(_ left: Int, _ right: Int) -> Bool {
        for key in ranks.indices {
            let a = ranks[key][left]
            let b = ranks[key][right]
            if a != b { return descending[key] ? a > b : a < b }
        }
        return left < right
    }

    /// Each value's rank among the distinct values, in `Value.ascending` order.
    private static func ranks(of values: [Value]) -> [Int32] {
        let distinct = Array(Set(values)).sorted(by: Value.ascending)
        var rankOf: [Value: Int32] = [:]
        rankOf.reserveCapacity(distinct.count)
        var rank: Int32 = 0
        for (index, value) in distinct.enumerated() {
            if index > 0 && Value.ascending(distinct[index - 1], value) { rank += 1 }
            rankOf[value] = rank
        }
        return values.map { rankOf[$0] ?? 0 }
    }
}
