import ReportKit

/// `sort`: the rows in the order of their keys (and `sort value | take N` in one pass).
extension PipelineRunner {
    func sort(_ frame: Frame, by keys: [SortKey]) throws(StatementError) -> Frame {
        let compiler = compiler(for: frame)
        let accessors = try keys.map { (key) throws(StatementError) in try compiler.value(key.key) }
        let ids = frame.rowIDs
        if stop.isRaised { throw .interrupted }
        let order: [Int]
        if case .measures = frame, keys.count == 1, case .field(.known(.value)) = keys[0].key.kind {
            // The common `sort value desc`: compare the value column directly.
            let values = corpus.measures.value
            let descending = keys[0].direction == .descending
            order = try stop.sorted(ids.count) { left, right in
                let a = values[ids[left]]
                let b = values[ids[right]]
                if a != b { return descending ? a > b : a < b }
                return left < right
            }
        } else {
            let fields = compiler.fields
            let rankedKeys = zip(accessors, keys).map { accessor, key -> (key: SortRanks.Key, descending: Bool) in
                var read = SortRanks.Key.values(accessor)
                if case .field(.known(let field)) = key.key.kind, case .measures = frame {
                    if field == .value {
                        read = .numbers(corpus.measures.value)
                    } else if let column = fields.measureKeyColumn(field) {
                        read = .column(column.column, column.value)
                    }
                }
                return (read, key.direction == .descending)
            }
            order = try SortRanks(rows: ids, keys: rankedKeys, stop: stop).order(stop: stop)
        }
        switch frame {
        case .measures(let indices): return .measures(order.map { indices[$0] })
        case .sentences(let indices): return .sentences(order.map { indices[$0] })
        case .table(var table):
            table.rows = order.map { table.rows[$0] }
            return .table(table)
        case .computed(var table):
            table.rows = order.map { table.rows[$0] }
            return .computed(table)
        }
    }

    /// The first `count` measures in the order of one `value` key, found in one pass with a small
    /// sorted buffer (ties keep their input order, as the full sort does); nil for other keys.
    func topMeasures(_ indices: [Int32], by keys: [SortKey], count: Int) -> [Int32]? {
        guard keys.count == 1, case .field(.known(.value)) = keys[0].key.kind else { return nil }
        let values = corpus.measures.value
        let descending = keys[0].direction == .descending
        func before(_ a: Double, _ b: Double) -> Bool { descending ? a > b : a < b }
        var best: [Int32] = []
        best.reserveCapacity(count + 1)
        for index in indices {
            let value = values[Int(index)]
            if best.count == count, let last = best.last, !before(value, values[Int(last)]) { continue }
            var slot = best.count
            while slot > 0 && before(value, values[Int(best[slot - 1])]) { slot -= 1 }
            best.insert(index, at: slot)
            if best.count > count { best.removeLast() }
        }
        return best
    }
}
