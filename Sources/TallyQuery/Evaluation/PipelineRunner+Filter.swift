import ReportKit

/// `where`: the rows that pass a condition, checking for a stop request row by row.
extension PipelineRunner {
    func keep(_ frame: Frame, where test: (Int) -> Bool) throws(StatementError) -> Frame {
        switch frame {
        case .measures(let indices): return .measures(try filtered(indices, test))
        case .sentences(let indices): return .sentences(try filtered(indices, test))
        case .table(var table):
            var check = stop.check()
            var kept: [[Value]] = []
            for row in table.rows.indices {
                try check.step()
                if test(row) { kept.append(table.rows[row]) }
            }
            table.rows = kept
            return .table(table)
        case .computed(var table):
            table.rows = try filtered(table.rows, test)
            return .computed(table)
        }
    }

    /// The ids in `indices` that pass `test`.
    func filtered(_ indices: [Int32], _ test: (Int) -> Bool) throws(StatementError) -> [Int32] {
        var check = stop.check()
        var kept: [Int32] = []
        for index in indices {
            try check.step()
            if test(Int(index)) { kept.append(index) }
        }
        return kept
    }
}
