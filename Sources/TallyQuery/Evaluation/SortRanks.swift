/// Sorting rows by keys without comparing values over and over: each key's values are replaced by
/// their rank among the key's distinct values (equal values share a rank), so the sort itself compares
/// integers. Ordering follows `Value.ascending`: numbers, then text, then missing values; a descending
/// key reverses the values but keeps missing ones last (as DuckDB does), so `sort result desc` starts
/// with the largest result, not with the empty cells.
struct SortRanks {
    /// How a key reads its values.
    enum Key {
        /// A value per row.
        case values((Int) -> Value)
        /// A value per id of an integer column (`RowFields.measureKeyColumn`): only the distinct ids
        /// the rows hold are valued and ranked; -1 is no value.
        case column([Int32], (Int) -> Value)
        /// A number per row id (the measures' value column), compared as numbers.
        case numbers([Double])
    }

    /// Per key, the rank of each row in the key's direction (smaller first).
    private let ranks: [[Int32]]

    /// The ranks of `rows` under `keys`, checking `stop` as it goes.
    init(rows: [Int], keys: [(key: Key, descending: Bool)], stop: StopSignal) throws(StatementError) {
        var ranks: [[Int32]] = []
        for key in keys {
            let ranked: Ranked
            switch key.key {
            case .values(let value): ranked = try Self.ranks(of: rows, value, stop: stop)
            case .column(let column, let value): ranked = Self.ranks(of: rows, in: column, value)
            case .numbers(let numbers): ranked = Ranked(ranks: Self.ranks(of: rows.map { numbers[$0] }), missing: nil)
            }
            ranks.append(key.descending ? ranked.reversed() : ranked.ranks)
        }
        self.ranks = ranks
    }

    /// A key's ranks and the rank of its missing values, which is the largest (nil when none is
    /// missing).
    private struct Ranked {
        var ranks: [Int32]
        var missing: Int32?

        /// The ranks with the values' order reversed and missing values still last.
        func reversed() -> [Int32] {
            let top = missing.map { $0 - 1 } ?? (ranks.max() ?? 0)
            return ranks.map { $0 == missing ? $0 : top - $0 }
        }
    }

    /// The row positions in sorted order (ties keep their order). When every key's ranks and the
    /// positions fit in 64 bits together, each row becomes one integer — ranks, then position — and
    /// a plain integer sort orders them; otherwise rows are compared key by key, checking `stop`
    /// between comparisons.
    func order(stop: StopSignal) throws(StatementError) -> [Int] {
        let count = ranks.first?.count ?? 0
        let positionBits = Self.bits(for: count)
        let rankBits = ranks.map { Self.bits(for: Int(($0.max() ?? 0)) + 1) }
        guard positionBits + rankBits.reduce(0, +) <= 64 else {
            return try stop.sorted(count, by: before)
        }
        var packed = [UInt64](repeating: 0, count: count)
        for (key, keyRanks) in ranks.enumerated() {
            for position in 0..<count {
                packed[position] = packed[position] << UInt64(rankBits[key]) | UInt64(keyRanks[position])
            }
        }
        for position in 0..<count { packed[position] = packed[position] << UInt64(positionBits) | UInt64(position) }
        packed.sort()
        let positionMask = positionBits == 64 ? UInt64.max : (1 << UInt64(positionBits)) - 1
        return packed.map { Int($0 & positionMask) }
    }

    /// The bits that hold the numbers 0..<count.
    private static func bits(for count: Int) -> Int {
        count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }

    /// Whether row position `left` comes before `right` (positions in the `rows` given); ties keep
    /// their order.
    private func before(_ left: Int, _ right: Int) -> Bool {
        for key in ranks.indices {
            let a = ranks[key][left]
            let b = ranks[key][right]
            if a != b { return a < b }
        }
        return left < right
    }

    /// The rank of each row's value.
    private static func ranks(of rows: [Int], _ value: (Int) -> Value, stop: StopSignal) throws(StatementError)
        -> Ranked
    {
        var check = stop.check()
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            try check.step()
            values.append(value(row))
        }
        return ranks(of: values)
    }

    /// The rank of each row's id in `column`, valuing each distinct id once.
    private static func ranks(of rows: [Int], in column: [Int32], _ value: (Int) -> Value) -> Ranked {
        let largest = rows.lazy.map { Int(column[$0]) }.max() ?? -1
        // Slot id + 1, so that -1 (no value) has a slot too.
        var present = [Bool](repeating: false, count: largest + 2)
        for row in rows { present[Int(column[row]) + 1] = true }
        let ids = present.indices.filter { present[$0] }.map { $0 - 1 }
        let idRanks = ranks(of: ids.map { $0 < 0 ? .null : value($0) })
        var rankOfSlot = [Int32](repeating: 0, count: present.count)
        for (position, id) in ids.enumerated() { rankOfSlot[id + 1] = idRanks.ranks[position] }
        return Ranked(ranks: rows.map { rankOfSlot[Int(column[$0]) + 1] }, missing: idRanks.missing)
    }

    /// Each number's rank among the distinct numbers, smallest first.
    private static func ranks(of numbers: [Double]) -> [Int32] {
        var distinct = numbers.sorted()
        distinct.removeDuplicates()
        var rankOf: [Double: Int32] = [:]
        rankOf.reserveCapacity(distinct.count)
        for (rank, number) in distinct.enumerated() { rankOf[number] = Int32(rank) }
        return numbers.map { rankOf[$0] ?? 0 }
    }

    /// Each value's rank among the distinct values, in `Value.ascending` order.
    private static func ranks(of values: [Value]) -> Ranked {
        let distinct = Array(Set(values)).sorted(by: Value.ascending)
        var rankOf: [Value: Int32] = [:]
        rankOf.reserveCapacity(distinct.count)
        var rank: Int32 = 0
        for (index, value) in distinct.enumerated() {
            if index > 0 && Value.ascending(distinct[index - 1], value) { rank += 1 }
            rankOf[value] = rank
        }
        return Ranked(ranks: values.map { rankOf[$0] ?? 0 }, missing: rankOf[.null])
    }
}

extension Array where Element: Equatable {
    /// Removes each element equal to the one before it (on a sorted array: every repeat).
    fileprivate mutating func removeDuplicates() {
        guard !isEmpty else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeSubrange(kept...)
    }
}
