import ReportKit

/// `compare 合肥, 安庆 [on CONDITION] [by FIELDS]`: cities side by side, one row per group (kind and
/// unit by default, always split by unit), a total and a count column per city; with two cities also
/// their difference and ratio.
struct CityComparison {
    let corpus: Corpus
    let cities: CityDirectory
    let compiler: ExpressionCompiler
    /// Keeps the rows that pass a test, checking for a stop request as it goes (`PipelineRunner`).
    let keep: ([Int], (Int) -> Bool) throws(StatementError) -> [Int]

    func table(_ comparison: Comparison) throws(StatementError) -> RowTable {
        let compared = try comparedCities(comparison.cities)
        // Each city's column, by city number; -1 for cities not compared.
        var columnOfCity = [Int](repeating: -1, count: cities.names.count)
        for (column, city) in compared.enumerated() {
            if let id = cities.id(of: city) { columnOfCity[Int(id)] = column }
        }
        let cityOfMeasure = cities.idOfMeasure
        var rows = (0..<corpus.measures.count).filter {
            cityOfMeasure[$0] >= 0 && columnOfCity[Int(cityOfMeasure[$0])] >= 0
        }
        if let condition = comparison.condition {
            let test = try compiler.predicate(condition)
            rows = try keep(rows, test)
        }
        var groupBy =
            comparison.groupBy.isEmpty
            ? [Spanned(FieldName.known(.kind), span: SourceSpan(start: 0, end: 0))] : comparison.groupBy
        if !groupBy.contains(where: { $0.value.name == "unit" }) {
            groupBy.append(Spanned(FieldName.known(.unit), span: SourceSpan(start: 0, end: 0)))
        }
        let keyAccessors = try groupBy.map { (field) throws(StatementError) in
            try compiler.fields.accessor(field.value, at: field.span)
        }
        let measures = corpus.measures
        // A part (其中…) is left out when its total is among the compared figures.
        var selected = [Bool](repeating: false, count: measures.count)
        for row in rows { selected[row] = true }

        // One pass: each row adds to the accumulators of its group and city.
        let groups = try groupsOf(rows, by: groupBy, accessors: keyAccessors)
        let width = compared.count
        var totals = [Double](repeating: 0, count: groups.firstRows.count * width)
        var counts = [Int](repeating: 0, count: totals.count)
        var lowerBounds = [Bool](repeating: false, count: totals.count)
        let (values, partOf, approximations) = (measures.value, measures.partOf, measures.approximation)
        for (position, row) in rows.enumerated() {
            let cell = Int(groups.slotOfRow[position]) * width + columnOfCity[Int(cityOfMeasure[row])]
            counts[cell] += 1
            let total = Int(partOf[row])
            guard total < 0 || !selected[total] else { continue }
            totals[cell] += values[row]
            if approximations[row] == .more { lowerBounds[cell] = true }
        }

        var tableRows: [[Value]] = []
        var ratioRows = false
        var boundedPairs = false
        for (slot, first) in groups.firstRows.enumerated() {
            let unit = corpus.units[measures.unit[first]]
            let additive = UnitTable.kind(of: unit).isAdditive
            let base = slot * width
            var row = keyAccessors.map { $0(first) }
            for column in compared.indices {
                row.append(
                    additive && counts[base + column] > 0
                        ? .quantity(
                            Quantity(value: totals[base + column], unit: unit), lowerBound: lowerBounds[base + column])
                        : .null)
                row.append(.number(Double(counts[base + column])))
            }
            ratioRows = ratioRows || !additive
            if width == 2 {
                let both = additive && counts[base] > 0 && counts[base + 1] > 0
                let (first, second) = (lowerBounds[base], lowerBounds[base + 1])
                boundedPairs = boundedPairs || both && (first || second)
                // first ≥ a, second exact: the difference is at least a − b. When the second is a
                // lower bound the difference can be smaller as well as larger: about a − b.
                let difference = Quantity(
                    value: totals[base] - totals[base + 1], unit: unit, approximation: second ? .about : .exact)
                row.append(both ? .quantity(difference, lowerBound: first && !second) : .null)
                row.append(both && totals[base + 1] != 0 ? .number(totals[base] / totals[base + 1]) : .null)
            }
            tableRows.append(row)
        }
        var columns = groupBy.map { RowTable.Column(name: $0.value.name, field: Self.field(of: $0.value)) }
        for city in compared {
            columns.append(RowTable.Column(name: city, field: nil))
            columns.append(RowTable.Column(name: city + " n", field: nil))
        }
        if compared.count == 2 {
            columns.append(RowTable.Column(name: "difference", field: nil))
            columns.append(RowTable.Column(name: "ratio", field: nil))
        }
        var table = RowTable(columns: columns, rows: tableRows)
        table.notes.append("totals per city and unit; n is the number of figures")
        if ratioRows {
            table.notes.append("ratios are not added: their rows show only how many figures each city gave")
        }
        if boundedPairs {
            table.notes.append(
                "≥ marks a lower bound (figures written with 余, 多, 以上 or 超过); a difference or ratio with one is not exact"
            )
        }
        return table
    }

    /// A comparison as one row per group and city, for charts: the group fields, the city and its
    /// total (groups of ratios, which have no totals, are left out).
    static func longForm(_ table: RowTable, groupColumns: Int, cities: [String]) -> RowTable {
        var rows: [[Value]] = []
        for row in table.rows {
            for (position, city) in cities.enumerated() {
                let total = row[groupColumns + 2 * position]
                guard !total.isNull else { continue }
                rows.append(Array(row.prefix(groupColumns)) + [.text(city), total])
            }
        }
        return RowTable(
            columns: Array(table.columns.prefix(groupColumns)) + [
                RowTable.Column(name: "city", field: .city), RowTable.Column(name: "total", field: nil),
            ],
            rows: rows, notes: table.notes)
    }

    /// The cities a comparison puts side by side, in order.
    func cityNames(_ comparison: Comparison) throws(StatementError) -> [String] {
        try comparedCities(comparison.cities)
    }

    /// The number of group columns before the cities' columns.
    static func groupColumnCount(_ comparison: Comparison) -> Int {
        comparison.groupBy.isEmpty
            ? 2 : comparison.groupBy.count + (comparison.groupBy.contains { $0.value.name == "unit" } ? 0 : 1)
    }

    /// The group slot of each row and each group's first row: by integer codes when the fields
    /// have them, else by the fields' values.
    private func groupsOf(
        _ rows: [Int], by fields: [Spanned<FieldName>], accessors: [(Int) -> Value]
    ) throws(StatementError) -> (slotOfRow: [Int32], firstRows: [Int]) {
        if let slots = Grouping.slots(rows: rows, by: fields, corpus: corpus, cities: cities) { return slots }
        let grouping = Grouping(
            rows: rows, by: fields, in: .measures([]), accessors: accessors, corpus: corpus, cities: cities)
        var slotOfRow = [Int32](repeating: 0, count: corpus.measures.count)
        for (slot, group) in grouping.groups.enumerated() {
            for row in group { slotOfRow[row] = Int32(slot) }
        }
        return (rows.map { slotOfRow[$0] }, grouping.groups.compactMap(\.first))
    }

    private func comparedCities(_ selection: CitySelection) throws(StatementError) -> [String] {
        switch selection {
        case .all:
            return cities.names
        case .listed(let names):
            var resolved: [String] = []
            for name in names {
                guard let city = cities.resolve(name.value) else { throw cities.unknown(name.value, at: name.span) }
                if !resolved.contains(city) { resolved.append(city) }
            }
            return resolved
        }
    }

    private static func field(of name: FieldName) -> Field? {
        if case .known(let field) = name { return field }
        return nil
    }
}
