import ReportKit
import TallyText

/// The column names a comparison makes that later stages may use: each listed city or year,
/// `difference` and `ratio`.
enum ComparisonColumns {
    static func introduced(by comparison: Comparison) -> [String] {
        var names = ["difference", "ratio"]
        switch comparison.columns {
        case .cities(.listed(let cities)): names += cities.map(\.value)
        case .periods(.listed(let years)): names += years.map { String($0.value) }
        case .cities(.all), .periods(.all): break
        }
        return names
    }
}

/// `compare 合肥, 安庆 [on CONDITION] [by FIELDS]` and `compare 2013, 2017 …`: cities or years side
/// by side, one row per group (kind and unit by default, always split by unit), a total and a count
/// column per city or year; with two of them also their difference and ratio (the first city against
/// the second; the second year against the first). A year is the period
/// a figure describes; targets are left out of a comparison of years unless the condition names
/// `target`, so that a target and its result are never added.
struct ComparisonTable {
    let corpus: Corpus
    let cities: CityDirectory
    let compiler: ExpressionCompiler
    /// Keeps the measures that pass a test, checking for a stop request as it goes (`PipelineRunner`).
    let keep: ([Int32], BlockPredicate) throws(StatementError) -> [Int32]

    /// What the columns are: their names, and the column of each measure (-1 for none).
    struct Pivot {
        var names: [String]
        var columnOfMeasure: [Int32]
        /// Whether the columns are years (`period`), not cities.
        var isPeriods: Bool
    }

    /// The comparison's table, its columns as `pivot(_:)` gave them.
    func table(_ comparison: Comparison, pivot: Pivot) throws(StatementError) -> RowTable {
        let compared = pivot.names
        let columnOf = pivot.columnOfMeasure
        let leavesOutTargets = pivot.isPeriods && !(comparison.condition.map(Self.mentionsTarget) ?? false)
        var rows = measuresCompared(columnOf, leavingOutTargets: leavesOutTargets)
        if let condition = comparison.condition {
            rows = try keep(rows, try compiler.blockPredicate(condition))
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
        // One pass: each row adds to the accumulators of its group and city.
        let groups = try groupsOf(rows, by: groupBy, accessors: keyAccessors)
        let width = compared.count
        let (totals, counts, lowerBounds) = accumulate(
            rows, slotOfRow: groups.slotOfRow, cells: groups.firstRows.count * width, width: width,
            columnOf: columnOf)

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
                // Cities: the first against the second; years: the later against the earlier.
                let (from, against) = pivot.isPeriods ? (base + 1, base) : (base, base + 1)
                let both = additive && counts[from] > 0 && counts[against] > 0
                let (fromBound, againstBound) = (lowerBounds[from], lowerBounds[against])
                boundedPairs = boundedPairs || both && (fromBound || againstBound)
                // from ≥ a, against exact: the difference is at least a − b. When `against` is a lower
                // bound the difference can be smaller as well as larger: about a − b.
                let difference = Quantity(
                    value: totals[from] - totals[against], unit: unit, approximation: againstBound ? .about : .exact)
                row.append(both ? .quantity(difference, lowerBound: fromBound && !againstBound) : .null)
                row.append(both && totals[against] != 0 ? .number(totals[from] / totals[against]) : .null)
            }
            tableRows.append(row)
        }
        var columns = groupBy.map { RowTable.Column(name: $0.value.name, field: Self.field(of: $0.value)) }
        for name in compared {
            columns.append(RowTable.Column(name: name, field: nil))
            columns.append(RowTable.Column(name: name + " n", field: nil))
        }
        if compared.count == 2 {
            columns.append(RowTable.Column(name: "difference", field: nil))
            columns.append(RowTable.Column(name: "ratio", field: nil))
        }
        var table = RowTable(columns: columns, rows: tableRows)
        table.notes.append(
            pivot.isPeriods
                ? Phrase.noteTotalsPerYear()
                : Phrase.noteTotalsPerCity())
        if leavesOutTargets {
            table.notes.append(SeriesText.periodComparisonNote)
        }
        if ratioRows {
            table.notes.append(Phrase.noteCompareRatios())
        }
        if boundedPairs {
            table.notes.append(
                Phrase.noteCompareLowerBound()
            )
        }
        return table
    }

    /// A comparison as one row per group and city (or year), for charts: the group fields, the city
    /// or year and its total (groups of ratios, which have no totals, are left out).
    static func longForm(_ table: RowTable, groupColumns: Int, cities: [String], isPeriods: Bool) -> RowTable {
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
                isPeriods
                    ? RowTable.Column(name: "period", field: .period) : RowTable.Column(name: "city", field: .city),
                RowTable.Column(name: "total", field: nil),
            ],
            rows: rows, notes: table.notes)
    }

    /// The columns a comparison puts side by side: cities or years, in order.
    func pivot(_ comparison: Comparison) throws(StatementError) -> Pivot {
        switch comparison.columns {
        case .cities(let selection):
            let compared = try comparedCities(selection)
            // Each city's column, by city number; -1 for cities not compared.
            var columnOfCity = [Int32](repeating: -1, count: cities.names.count)
            for (column, city) in compared.enumerated() {
                if let id = cities.id(of: city) { columnOfCity[Int(id)] = Int32(column) }
            }
            return Pivot(
                names: compared,
                columnOfMeasure: Self.columns(of: cities.idOfMeasure, columnOfCity),
                isPeriods: false)
        case .periods(let selection):
            let details = corpus.measures.details
            var years: [Int]
            switch selection {
            case .all:
                years = Self.singleYears(details)
            case .listed(let listed):
                years = []
                for year in listed.map(\.value) where !years.contains(year) { years.append(year) }
            }
            let first = years.min() ?? 0
            var columnOfYear = [Int32](repeating: -1, count: (years.max() ?? 0) - first + 1)
            for (column, year) in years.enumerated() { columnOfYear[year - first] = Int32(column) }
            return Pivot(
                names: years.map(String.init),
                columnOfMeasure: details.map { detail in
                    guard let offset = detail.year.map({ $0 - first }), columnOfYear.indices.contains(offset) else {
                        return -1
                    }
                    return columnOfYear[offset]
                }, isPeriods: true)
        }
    }

    /// Each measure's column from its city id (-1, no city, has none).
    private static func columns(of cityOfMeasure: [Int32], _ columnOfCity: [Int32]) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: cityOfMeasure.count) { columns, initialized in
            columnOfCity.withUnsafeBufferPointer { columnOfCity in
                for (measure, city) in cityOfMeasure.enumerated() {
                    columns[measure] = city < 0 ? -1 : columnOfCity[Int(city)]
                }
            }
            initialized = cityOfMeasure.count
        }
    }

    /// The single years figures describe, in order, found without hashing a million periods.
    static func singleYears(_ details: [MeasureDetails]) -> [Int] {
        var low = Int.max
        var high = Int.min
        for detail in details {
            guard let year = detail.year else { continue }
            low = min(low, year)
            high = max(high, year)
        }
        guard low <= high else { return [] }
        var seen = [Bool](repeating: false, count: high - low + 1)
        for detail in details {
            if let year = detail.year { seen[year - low] = true }
        }
        return seen.indices.filter { seen[$0] }.map { $0 + low }
    }

    /// Whether a condition names the `target` field, so that a comparison of years keeps targets.
    static func mentionsTarget(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .field(.known(.target)): true
        case .field, .number, .string, .boolean, .regex: false
        case .negate(let inner), .not(let inner): mentionsTarget(inner)
        case .logical(_, let left, let right), .arithmetic(_, let left, let right),
            .comparison(_, let left, let right):
            mentionsTarget(left) || mentionsTarget(right)
        case .membership(let item, let list, _): mentionsTarget(item) || list.contains(where: mentionsTarget)
        }
    }

    /// The number of group columns before the cities' columns.
    static func groupColumnCount(_ comparison: Comparison) -> Int {
        comparison.groupBy.isEmpty
            ? 2 : comparison.groupBy.count + (comparison.groupBy.contains { $0.value.name == "unit" } ? 0 : 1)
    }

    /// The measures that have a column (a compared city or year), without the targets when they
    /// are left out.
    private func measuresCompared(_ columnOf: [Int32], leavingOutTargets: Bool) -> [Int32] {
        let details = corpus.measures.details
        return [Int32](unsafeUninitializedCapacity: columnOf.count) { rows, count in
            count = 0
            columnOf.withUnsafeBufferPointer { columnOf in
                for measure in columnOf.indices where columnOf[measure] >= 0 {
                    guard !(leavingOutTargets && details[measure].target) else { continue }
                    rows[count] = Int32(truncatingIfNeeded: measure)
                    count += 1
                }
            }
        }
    }

    /// The total, count and lower-bound flag of each cell (group × compared column), in one pass over
    /// the rows. A part (其中…) is counted but not added when its total is among the rows.
    private func accumulate(
        _ rows: [Int32], slotOfRow: [Int32], cells: Int, width: Int, columnOf: [Int32]
    ) -> (totals: [Double], counts: [Int], lowerBounds: [Bool]) {
        let measures = corpus.measures
        var totals = [Double](repeating: 0, count: cells)
        var counts = [Int](repeating: 0, count: cells)
        var lowerBounds = [Bool](repeating: false, count: cells)
        var selected = [Bool](repeating: false, count: measures.count)
        let (values, partOf, approximations) = (measures.value, measures.partOf, measures.approximation)
        selected.withUnsafeMutableBufferPointer { selected in
            for row in rows { selected[Int(row)] = true }
            totals.withUnsafeMutableBufferPointer { totals in
                counts.withUnsafeMutableBufferPointer { counts in
                    for (position, row) in rows.enumerated() {
                        let row = Int(row)
                        let cell = Int(slotOfRow[position]) &* width &+ Int(columnOf[row])
                        counts[cell] &+= 1
                        let total = Int(partOf[row])
                        guard total < 0 || !selected[total] else { continue }
                        totals[cell] += values[row]
                        if approximations[row] == .more { lowerBounds[cell] = true }
                    }
                }
            }
        }
        return (totals, counts, lowerBounds)
    }

    /// The group slot of each row and each group's first row: by integer codes when the fields
    /// have them, else by the fields' values.
    private func groupsOf(
        _ rows: [Int32], by fields: [Spanned<FieldName>], accessors: [(Int) -> Value]
    ) throws(StatementError) -> (slotOfRow: [Int32], firstRows: [Int]) {
        if let slots = Grouping.slots(rows: rows, by: fields, in: .measures([]), corpus: corpus, cities: cities) {
            return (slots.slotOfRow, slots.firstRows)
        }
        let grouping = Grouping(
            rows: rows.map { Int($0) }, by: fields, in: .measures([]), accessors: accessors, corpus: corpus,
            cities: cities)
        var slotOfRow = [Int32](repeating: 0, count: corpus.measures.count)
        for (slot, group) in grouping.groups.enumerated() {
            for row in group { slotOfRow[row] = Int32(slot) }
        }
        return (rows.map { slotOfRow[Int($0)] }, grouping.groups.compactMap(\.first))
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
