import ReportKit

/// `where`: the rows that pass a condition, tested in stop-checked chunks.
extension PipelineRunner {
    func keep(_ frame: Frame, where test: (Int) -> Bool) throws -> Frame {
        switch frame {
        case .measures(let indices): return .measures(try filtered(indices, test))
        case .sentences(let indices): return .sentences(try filtered(indices, test))
        case .table(var table):
            var kept: [[Value]] = []
            try inChunks(table.rows.count) { chunk in
                for row in chunk where test(row) { kept.append(table.rows[row]) }
            }
            table.rows = kept
            return .table(table)
        }
    }

    /// The ids in `indices` that pass `test`, checking for a stop request between chunks.
    func filtered(_ indices: [Int32], _ test: (Int) -> Bool) throws -> [Int32] {
        var kept: [Int32] = []
        try inChunks(indices.count) { chunk in
            for index in indices[chunk] where test(Int(index)) { kept.append(index) }
        }
        return kept
    }

    /// The ids in `range` that pass `test`, checking for a stop request between chunks.
    func filtered(_ range: Range<Int>, _ test: (Int) -> Bool) throws -> [Int32] {
        var kept: [Int32] = []
        try inChunks(range.count) { chunk in
            for index in (range.lowerBound + chunk.lowerBound)..<(range.lowerBound + chunk.upperBound) where test(index) {
                kept.append(Int32(index))
            }
        }
        return kept
    }

    /// The most rows a filter tests between two checks for a stop request.
    static let largestChunk = 4_096

    /// Calls `body` with consecutive chunks of `0..<count`, checking for a stop request before each.
    /// Chunks grow from one row to `largestChunk` while each takes under 10 ms, and shrink back
    /// towards one row when rows are slow (a regular expression over long sentences), so Ctrl-C is
    /// answered within about one row's time.
    func inChunks(_ count: Int, _ body: (Range<Int>) -> Void) throws {
        let clock = ContinuousClock()
        var size = 1
        var start = 0
        while start < count {
            if shouldStop() { throw Stopped() }
            let end = min(start + size, count)
            let began = clock.now
            body(start..<end)
            size = clock.now - began > .milliseconds(10) ? max(1, size / 8) : min(Self.largestChunk, size * 2)
            start = end
        }
    }
}
