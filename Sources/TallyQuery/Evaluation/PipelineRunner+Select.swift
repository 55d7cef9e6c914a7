import ReportKit

/// `take`, `select` and `distinct`: rows cut, reshaped into columns, or made unique.
extension PipelineRunner {
    func take(_ frame: Frame, _ count: Int) -> Frame {
        switch frame {
        case .measures(let indices): return .measures(Array(indices.prefix(count)))
        case .sentences(let indices): return .sentences(Array(indices.prefix(count)))
        case .table(let table):
            return .table(RowTable(columns: table.columns, rows: Array(table.rows.prefix(count)), notes: table.notes))
        case .computed(var table):
            table.rows = Array(table.rows.prefix(count))
            return .computed(table)
        }
    }

    func select(_ items: [SelectItem], from frame: Frame) throws(StatementError) -> RowTable {
        let compiler = compiler(for: frame)
        var columns: [RowTable.Column] = []
        var accessors: [(Int) -> Value] = []
        for item in items {
            accessors.append(try compiler.value(item.expr))
            var field: Field?
            if case .field(.known(let known)) = item.expr.kind { field = known }
            columns.append(RowTable.Column(name: item.alias?.value ?? expressionText(item.expr), field: field))
        }
        let ids = frame.rowIDs
        var rows: [[Value]] = []
        rows.reserveCapacity(ids.count)
        var check = stop.check()
        for id in ids {
            try check.step()
            rows.append(accessors.map { $0(id) })
        }
        var table = RowTable(columns: columns, rows: rows)
        if case .table(let input) = frame { table.notes = input.notes }
        if case .computed(let input) = frame { table.notes = input.notes }
        return table
    }

    func distinct(_ fields: [Spanned<FieldName>], in frame: Frame) throws(StatementError) -> RowTable {
        let compiler = compiler(for: frame)
        let accessors = try fields.map { (field) throws(StatementError) in
            try compiler.fields.accessor(field.value, at: field.span)
        }
        let grouping = Grouping(
            rows: frame.rowIDs, by: fields, in: frame, accessors: accessors, corpus: corpus, cities: cities)
        return RowTable(
            columns: fields.map { field in
                var known: Field?
                if case .known(let value) = field.value { known = value }
                return RowTable.Column(name: field.value.name, field: known)
            },
            rows: grouping.groups.compactMap { group in group.first.map { first in accessors.map { $0(first) } } })
    }

    /// The text an expression was written as, to name its column (`value / 10000`).
    func expressionText(_ expr: Expr) -> String {
        if case .field(let name) = expr.kind { return name.name }
        let scalars = Array(text.unicodeScalars)
        let range = max(0, expr.span.start)..<min(scalars.count, expr.span.end)
        return String(String.UnicodeScalarView(scalars[range]))
    }
}
