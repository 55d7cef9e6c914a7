import ReportKit

/// `compare 合肥, 安庆 [on CONDITION] [by FIELDS]`: cities side by side, one row per group (kind and
/// unit by default, always split by unit), a total and a count column per city; with two cities also
/// their difference and ratio.
struct CityComparison {
    let corpus: Corpus
    let cities: CityDirectory
    let compiler: ExpressionCompiler

    func table(_ comparison: Comparison) throws(SyntaxError) -> Table {
        let compared = try comparedCities(comparison.cities)
        let cityOfReport = corpus.reports.map(\.city)
        let reports = corpus.measures.report
        let comparedReports = cityOfReport.map { compared.contains($0) }
        var rows = (0..<corpus.measures.count).filter { reports[$0] >= 0 && comparedReports[Int(reports[$0])] }
        if let condition = comparison.condition {
            let test = try compiler.predicate(condition)
            rows = rows.filter(test)
        }
        var groupBy = comparison.groupBy.isEmpty
            ? [Spanned(FieldName.known(.kind), span: SourceSpan(start: 0, end: 0))] : comparison.groupBy
        if !groupBy.contains(where: { $0.value.name == "unit" }) {
            groupBy.append(Spanned(FieldName.known(.unit), span: SourceSpan(start: 0, end: 0)))
        }
        let keyAccessors = try groupBy.map { (field) throws(SyntaxError) in try compiler.fields.accessor(field.value, at: field.span) }
        let grouping = Grouping(rows: rows, by: groupBy, in: .measures([]), accessors: keyAccessors, corpus: corpus)
        let measures = corpus.measures
        // A part (其中…) is left out when its total is among the compared figures.
        var selected = [Bool](repeating: false, count: measures.count)
        for row in rows { selected[row] = true }
        let columnOfReport = cityOfReport.map { compared.firstIndex(of: $0) ?? -1 }

        var tableRows: [[Value]] = []
        var ratioRows = false
        for group in grouping.groups {
            guard let first = group.first else { continue }
            let unit = corpus.units[measures.unit[first]]
            let additive = UnitTable.kind(of: unit).isAdditive
            var totals = [Double](repeating: 0, count: compared.count)
            var counts = [Int](repeating: 0, count: compared.count)
            var lowerBounds = [Bool](repeating: false, count: compared.count)
            for row in group {
                let column = columnOfReport[Int(measures.report[row])]
                counts[column] += 1
                let total = Int(measures.partOf[row])
                guard total < 0 || !selected[total] else { continue }
                totals[column] += measures.value[row]
                lowerBounds[column] = lowerBounds[column] || measures.approximation[row] == .more
            }
            var row = keyAccessors.map { $0(first) }
            for column in compared.indices {
                row.append(additive && counts[column] > 0
                    ? .quantity(Quantity(value: totals[column], unit: unit), lowerBound: lowerBounds[column]) : .null)
                row.append(.number(Double(counts[column])))
            }
            ratioRows = ratioRows || !additive
            if compared.count == 2 {
                let both = additive && counts[0] > 0 && counts[1] > 0
                row.append(both ? .quantity(Quantity(value: totals[0] - totals[1], unit: unit), lowerBound: false) : .null)
                row.append(both && totals[1] != 0 ? .number((totals[0] / totals[1] * 100).rounded() / 100) : .null)
            }
            tableRows.append(row)
        }
        var columns = groupBy.map { Table.Column(name: $0.value.name, field: Self.field(of: $0.value)) }
        for city in compared {
            columns.append(Table.Column(name: city, field: nil))
            columns.append(Table.Column(name: city + " n", field: nil))
        }
        if compared.count == 2 {
            columns.append(Table.Column(name: "difference", field: nil))
            columns.append(Table.Column(name: "ratio", field: nil))
        }
        var table = Table(columns: columns, rows: tableRows)
        table.notes.append("totals per city and unit; n is the number of figures")
        if ratioRows { table.notes.append("ratios are not added: their rows show only how many figures each city gave") }
        return table
    }

    /// A comparison as one row per group and city, for charts: the group fields, the city and its
    /// total (groups of ratios, which have no totals, are left out).
    static func longForm(_ table: Table, groupColumns: Int, cities: [String]) -> Table {
        var rows: [[Value]] = []
        for row in table.rows {
            for (position, city) in cities.enumerated() {
                let total = row[groupColumns + 2 * position]
                guard !total.isNull else { continue }
                rows.append(Array(row.prefix(groupColumns)) + [.text(city), total])
            }
        }
        return Table(
            columns: Array(table.columns.prefix(groupColumns)) + [Table.Column(name: "city", field: .city), Table.Column(name: "total", field: nil)],
            rows: rows, notes: table.notes)
    }

    /// The cities a comparison puts side by side, in order.
    func cityNames(_ comparison: Comparison) throws(SyntaxError) -> [String] { try comparedCities(comparison.cities) }

    /// The number of group columns before the cities' columns.
    static func groupColumnCount(_ comparison: Comparison) -> Int {
        comparison.groupBy.isEmpty ? 2 : comparison.groupBy.count + (comparison.groupBy.contains { $0.value.name == "unit" } ? 0 : 1)
    }

    private func comparedCities(_ selection: CitySelection) throws(SyntaxError) -> [String] {
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
