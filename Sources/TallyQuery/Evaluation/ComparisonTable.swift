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

    /// What the columns are: their names, and how a measure finds its column.
    struct Pivot {
        var names: [String]
        var columns: Columns
        /// Whether the columns are years (`period`), not cities.
        var isPeriods: Bool {
            if case .years = columns { return true }
            return false
        }
    }

    /// How a measure finds its column (-1 for none).
    enum Columns {
        /// By the measure's city: the column of each city id.
        case cities(columnOfCity: [Int32])
        /// By the year the figure describes: the column of each year from `first`.
        case years(first: Int, columnOfYear: [Int32])
    }

    /// The comparison's table, its columns as `pivot(_:)` gave them.
    func table(_ comparison: Comparison, pivot: Pivot) throws(StatementError) -> RowTable {
        let compared = pivot.names
        let leavesOutTargets = pivot.isPeriods && !(comparison.condition.map(Self.mentionsTarget) ?? false)
        // nil: every measure with a column.
        var rows: [Int32]?
        if let condition = comparison.condition {
            rows = try keep(
                measuresCompared(pivot, leavingOutTargets: leavesOutTargets), try compiler.blockPredicate(condition))
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
        let cells = cells(
            of: rows, by: groupBy, accessors: keyAccessors, pivot: pivot, leavingOutTargets: leavesOutTargets)
        let (totals, counts, lowerBounds) = (cells.totals, cells.counts, cells.lowerBounds)
        let width = compared.count

        var tableRows: [[Value]] = []
        var ratioRows = false
        var boundedPairs = false
        for (slot, first) in cells.firstRows.enumerated() {
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
            return Pivot(names: compared, columns: .cities(columnOfCity: columnOfCity))
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
            return Pivot(names: years.map(String.init), columns: .years(first: first, columnOfYear: columnOfYear))
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
    private func measuresCompared(_ pivot: Pivot, leavingOutTargets: Bool) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: corpus.measures.count) { kept, keptCount in
            keptCount = 0
            guard let kept = kept.baseAddress else { return }
            forEachComparedBlock(nil, pivot, leavingOutTargets: leavingOutTargets) { ids, _ in
                for id in ids {
                    kept[keptCount] = id
                    keptCount += 1
                }
            }
        }
    }

    /// The compared measures (`rows`, else every measure with a column), a block of at most
    /// `Grouping.keyBlock` at a time, each with its column.
    private func forEachComparedBlock(
        _ rows: [Int32]?, _ pivot: Pivot, leavingOutTargets: Bool,
        _ body: (_ ids: UnsafeBufferPointer<Int32>, _ columns: UnsafeMutablePointer<Int32>) -> Void
    ) {
        let count = rows?.count ?? corpus.measures.count
        let block = Grouping.keyBlock
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * block) { scratch in
            guard let ids = scratch.baseAddress else { return }
            let columns = ids + block
            var start = 0
            while start < count {
                let end = min(start + block, count)
                let kept =
                    if let rows {
                        rows.withUnsafeBufferPointer { rows in
                            gather(
                                .listed(UnsafeBufferPointer(rebasing: rows[start..<end])), pivot,
                                leavingOutTargets: leavingOutTargets, ids: ids, columns: columns)
                        }
                    } else {
                        gather(
                            .run(start: start, count: end - start), pivot, leavingOutTargets: leavingOutTargets,
                            ids: ids, columns: columns)
                    }
                start = end
                body(UnsafeBufferPointer(start: ids, count: kept), columns)
            }
        }
    }

    /// The total, count and lower-bound flag of each cell (group × compared column, at
    /// `slot * width + column`), and each group's first measure.
    private struct Cells {
        let width: Int
        var totals: [Double] = []
        var counts: [Int] = []
        var lowerBounds: [Bool] = []
        var firstRows: [Int] = []

        /// Room for the cells of `groups` groups.
        mutating func grow(toGroups groups: Int) {
            let extra = groups * width - totals.count
            guard extra > 0 else { return }
            totals.append(contentsOf: repeatElement(0, count: extra))
            counts.append(contentsOf: repeatElement(0, count: extra))
            lowerBounds.append(contentsOf: repeatElement(false, count: extra))
        }

        /// Adds a block of measures to their cells (`slots[i] * width + columns[i]`): each is counted,
        /// and its value added unless it is a part (其中…) whose total is compared too.
        mutating func add(
            _ ids: UnsafeBufferPointer<Int32>, slots: UnsafePointer<Int32>, columns: UnsafePointer<Int32>,
            measures: MeasureTable, totalIsCompared: (Int) -> Bool
        ) {
            let width = self.width
            measures.value.withUnsafeBufferPointer { values in
                measures.partOf.withUnsafeBufferPointer { partOf in
                    measures.approximation.withUnsafeBufferPointer { approximations in
                        totals.withUnsafeMutableBufferPointer { totals in
                            counts.withUnsafeMutableBufferPointer { counts in
                                lowerBounds.withUnsafeMutableBufferPointer { lowerBounds in
                                    for (position, id) in ids.enumerated() {
                                        let measure = Int(id)
                                        let cell = Int(slots[position]) &* width &+ Int(columns[position])
                                        counts[cell] &+= 1
                                        let total = Int(partOf[measure])
                                        guard total < 0 || !totalIsCompared(total) else { continue }
                                        totals[cell] += values[measure]
                                        if approximations[measure] == .more { lowerBounds[cell] = true }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The cells of the compared measures (`rows`, else every measure with a column), grouped by
    /// integer codes when the fields have them (the keys made a block at a time, as the pass goes),
    /// else by the fields' values.
    private func cells(
        of rows: [Int32]?, by fields: [Spanned<FieldName>], accessors: [(Int) -> Value], pivot: Pivot,
        leavingOutTargets: Bool
    ) -> Cells {
        var cells = Cells(width: pivot.names.count)
        if let writer: Grouping.KeyWriter<Int32> = Grouping.keyWriter(
            fields.map(\.value), in: .measures([]), corpus: corpus, cities: cities),
            var slots = Grouping.SlotTable(keyCount: writer.keyCount)
        {
            pass(rows, pivot, leavingOutTargets: leavingOutTargets, into: &cells) { ids, slotOfID in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: Grouping.keyBlock) { keys in
                    writer.write(ids, keys)
                    slots.assign(ids, keys: keys, into: slotOfID)
                }
                return slots.firstRows.count
            }
            cells.firstRows = slots.firstRows
            return cells
        }
        let listed = rows ?? measuresCompared(pivot, leavingOutTargets: leavingOutTargets)
        let grouping = Grouping(
            rows: listed.map { Int($0) }, by: fields, in: .measures([]), accessors: accessors, corpus: corpus,
            cities: cities)
        var slotOfMeasure = [Int32](repeating: 0, count: corpus.measures.count)
        for (slot, group) in grouping.groups.enumerated() {
            for row in group { slotOfMeasure[row] = Int32(slot) }
        }
        pass(listed, pivot, leavingOutTargets: leavingOutTargets, into: &cells) { ids, slotOfID in
            for (position, id) in ids.enumerated() { slotOfID[position] = slotOfMeasure[Int(id)] }
            return grouping.groups.count
        }
        cells.firstRows = grouping.groups.compactMap(\.first)
        return cells
    }

    /// One pass over the compared measures (`rows`, else every measure with a column), a block at a
    /// time: each block's measures get their column and their group slot (`assign`, which returns
    /// how many groups there are so far) and are added to their cells.
    private func pass(
        _ rows: [Int32]?, _ pivot: Pivot, leavingOutTargets: Bool, into cells: inout Cells,
        assign: (_ ids: UnsafeBufferPointer<Int32>, _ slots: UnsafeMutablePointer<Int32>) -> Int
    ) {
        let measures = corpus.measures
        // Whether a part's total is compared: in the listed rows (in order), else when it has a column.
        let isCompared: (Int) -> Bool
        if let rows {
            isCompared = { total in rows.sortedContains(Int32(truncatingIfNeeded: total)) }
        } else {
            isCompared = { total in hasColumn(total, pivot, leavingOutTargets: leavingOutTargets) }
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Grouping.keyBlock) { slots in
            guard let slots = slots.baseAddress else { return }
            forEachComparedBlock(rows, pivot, leavingOutTargets: leavingOutTargets) { ids, columns in
                cells.grow(toGroups: assign(ids, slots))
                cells.add(ids, slots: slots, columns: columns, measures: measures, totalIsCompared: isCompared)
            }
        }
    }

    /// Whether a measure has a column (and is not a target left out).
    private func hasColumn(_ measure: Int, _ pivot: Pivot, leavingOutTargets: Bool) -> Bool {
        var (kept, column) = (Int32(0), Int32(0))
        return gather(
            .run(start: measure, count: 1), pivot, leavingOutTargets: leavingOutTargets, ids: &kept, columns: &column)
            == 1
    }

    /// Writes the measures of `candidates` that have a column (and are not targets left out) to
    /// `ids` and their columns to `columns`, in order; returns how many.
    private func gather(
        _ candidates: BlockRows, _ pivot: Pivot, leavingOutTargets: Bool,
        ids: UnsafeMutablePointer<Int32>, columns: UnsafeMutablePointer<Int32>
    ) -> Int {
        corpus.measures.details.withUnsafeBufferPointer { details in
            switch pivot.columns {
            case .cities(let columnOfCity):
                return cities.idOfMeasure.withUnsafeBufferPointer { cityOf in
                    columnOfCity.withUnsafeBufferPointer { columnOfCity in
                        Self.gather(candidates, details, leavingOutTargets, ids, columns) { measure in
                            let city = cityOf[measure]
                            return city < 0 ? -1 : columnOfCity[Int(city)]
                        }
                    }
                }
            case .years(let first, let columnOfYear):
                return columnOfYear.withUnsafeBufferPointer { columnOfYear in
                    Self.gather(candidates, details, leavingOutTargets, ids, columns) { measure in
                        guard let offset = details[measure].year.map({ $0 - first }),
                            columnOfYear.indices.contains(offset)
                        else { return -1 }
                        return columnOfYear[offset]
                    }
                }
            }
        }
    }

    /// `gather` with the column of a measure given by `columnOf` (inlined into each caller's loop).
    @inline(__always)
    private static func gather(
        _ candidates: BlockRows, _ details: UnsafeBufferPointer<MeasureDetails>,
        _ leavingOutTargets: Bool, _ ids: UnsafeMutablePointer<Int32>, _ columns: UnsafeMutablePointer<Int32>,
        _ columnOf: (Int) -> Int32
    ) -> Int {
        var kept = 0
        for position in 0..<candidates.count {
            let measure = candidates[position]
            let column = columnOf(measure)
            guard column >= 0, !(leavingOutTargets && details[measure].target) else { continue }
            ids[kept] = Int32(truncatingIfNeeded: measure)
            columns[kept] = column
            kept &+= 1
        }
        return kept
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
