import ReportKit
import TallyText

/// `summarize`, `total` and their shorthands: aggregates per group that respect units. Figures of
/// different units are never added, ratios are never summed, and a breakdown part (其中) is left out
/// of a sum when its total is in the same rows.
struct Aggregation {
    let corpus: Corpus
    let frame: Frame
    let compiler: ExpressionCompiler

    /// The frame's rows as ids (made only by the paths that read rows one at a time; the measure
    /// paths read the frame's own `Int32` ids).
    private var rows: [Int] { frame.rowIDs }

    /// Which measures among the frame's are parts of a total also among them (empty when the rows
    /// are not measures).
    private var countedTwice: PartFlags {
        guard case .measures(let indices) = frame else { return PartFlags(present: [], partOf: [], count: 0) }
        let partOf = corpus.measures.partOf
        var present = [UInt64](repeating: 0, count: (corpus.measures.count + 63) >> 6)
        var count = 0
        present.withUnsafeMutableBufferPointer { present in
            partOf.withUnsafeBufferPointer { partOf in
                indices.withUnsafeBufferPointer { indices in
                    for row in indices { present[Int(row) >> 6] |= 1 &<< UInt64(row & 63) }
                    for row in indices where PartFlags.isPart(Int(row), partOf: partOf, present: present) { count += 1 }
                }
            }
        }
        return PartFlags(present: present, partOf: partOf, count: count)
    }

    /// Breakdown parts to leave out of sums: a measure whose total is among the rows.
    struct PartFlags {
        /// One bit per measure: whether it is among the rows.
        let present: [UInt64]
        let partOf: [Int32]
        /// How many parts are left out.
        let count: Int

        var isEmpty: Bool { count == 0 }

        @inline(__always)
        func contains(_ row: Int) -> Bool {
            guard count > 0, row < partOf.count else { return false }
            return Self.isPart(row, partOf: partOf, present: present)
        }

        /// Whether `row`'s total is present (the test of `contains`, over buffers for tight loops).
        @inline(__always)
        static func isPart<Parts: RandomAccessCollection<Int32>, Bits: RandomAccessCollection<UInt64>>(
            _ row: Int, partOf: Parts, present: Bits
        ) -> Bool where Parts.Index == Int, Bits.Index == Int {
            let total = partOf[row]
            return total >= 0 && present[Int(total) >> 6] & (1 &<< UInt64(total & 63)) != 0
        }
    }

    // MARK: - summarize

    func summarize(_ summary: Summary) throws(StatementError) -> RowTable {
        if frame.count == 0 && summary.groupBy.isEmpty { return Self.summaryOfNothing(summary) }
        let keyAccessors = try summary.groupBy.map { (field) throws(StatementError) in
            try compiler.fields.accessor(field.value, at: field.span)
        }
        if summary.aggregates.allSatisfy({ $0.function == .count }), let slots = countingSlots(summary.groupBy) {
            // Counting needs no rows per group: the slots count them.
            let counts = slots.counts
            return RowTable(
                columns: summary.groupBy.map { RowTable.Column(name: $0.value.name, field: field(of: $0.value)) }
                    + summary.aggregates.map { RowTable.Column(name: $0.columnName, field: .count) },
                rows: slots.firstRows.enumerated().map { slot, first in
                    keyAccessors.map { $0(first) } + summary.aggregates.map { _ in .number(Double(counts[slot])) }
                })
        }
        let rows = self.rows
        let grouping = Grouping(
            rows: rows, by: summary.groupBy, in: frame, accessors: keyAccessors, corpus: corpus, cities: compiler.cities
        )
        let skip = countedTwice
        var columns = summary.groupBy.map { RowTable.Column(name: $0.value.name, field: field(of: $0.value)) }
        columns += summary.aggregates.map {
            RowTable.Column(name: $0.columnName, field: $0.function == .count ? .count : nil)
        }
        var compiled: [(aggregate: Aggregate, argument: ((Int) -> Value)?)] = []
        for aggregate in summary.aggregates {
            compiled.append(
                (
                    aggregate,
                    try aggregate.argument.map { (argument) throws(StatementError) in try compiler.value(argument) }
                ))
        }
        var wholeSums: [String: Double] = [:]
        for (aggregate, argument) in compiled where aggregate.function == .share {
            let values = try figures(rows.filter { !skip.contains($0) }, argument, aggregate)
            wholeSums[aggregate.columnName] = try additiveSum(values, aggregate).value
        }
        var tableRows: [[Value]] = []
        for group in grouping.groups {
            guard let first = group.first else { continue }
            var row = keyAccessors.map { $0(first) }
            for (aggregate, argument) in compiled {
                row.append(
                    try aggregateValue(
                        aggregate, argument, group: group, skip: skip, whole: wholeSums[aggregate.columnName]))
            }
            tableRows.append(row)
        }
        var table = RowTable(columns: columns, rows: tableRows)
        if !skip.isEmpty
            && compiled.contains(where: { $0.aggregate.function == .sum || $0.aggregate.function == .share })
        {
            table.notes.append(partsNote(skip.count))
        }
        return table
    }

    /// The groups of a frame by integer codes (measure columns or computed codes), or nil.
    private func countingSlots(_ fields: [Spanned<FieldName>]) -> Grouping.Slots? {
        switch frame {
        case .measures(let indices):
            Grouping.slots(rows: indices, by: fields, in: frame, corpus: corpus, cities: compiler.cities)
        case .computed(let table):
            Grouping.slots(rows: table.rows, by: fields, in: frame, corpus: corpus, cities: compiler.cities)
        case .sentences, .table:
            nil
        }
    }

    /// An aggregate over no rows, as SQL gives it: one row, with 0 for `count` and nothing for the
    /// others, and a note saying so when there are others.
    private static func summaryOfNothing(_ summary: Summary) -> RowTable {
        var table = RowTable(
            columns: summary.aggregates.map {
                RowTable.Column(name: $0.columnName, field: $0.function == .count ? .count : nil)
            },
            rows: [summary.aggregates.map { $0.function == .count ? .number(0) : .null }])
        if summary.aggregates.contains(where: { $0.function != .count }) {
            table.notes.append(AggregationText.nothingToAggregate)
        }
        return table
    }

    private func aggregateValue(
        _ aggregate: Aggregate, _ argument: ((Int) -> Value)?, group: [Int], skip: PartFlags, whole: Double?
    ) throws(StatementError) -> Value {
        switch aggregate.function {
        case .count:
            return .number(Double(group.count))
        case .sum:
            let sum = try additiveSum(try figures(group.filter { !skip.contains($0) }, argument, aggregate), aggregate)
            return sum.unit.map { .quantity(Quantity(value: sum.value, unit: $0), lowerBound: sum.lowerBound) }
                ?? .number(sum.value)
        case .share:
            let sum = try additiveSum(try figures(group.filter { !skip.contains($0) }, argument, aggregate), aggregate)
            guard let whole, whole != 0 else { return .null }
            return .quantity(Quantity(value: sum.value / whole * 100, unit: "%"), lowerBound: false)
        case .avg:
            let values = try figures(group, argument, aggregate)
            let unit = try singleUnit(values, aggregate)
            guard !values.isEmpty else { return .null }
            let mean = values.reduce(0) { $0 + $1.value } / Double(values.count)
            return unit.map { .quantity(Quantity(value: mean, unit: $0, approximation: .exact), lowerBound: false) }
                ?? .number(mean)
        case .min, .max:
            let values = try figures(group, argument, aggregate)
            let unit = try singleUnit(values, aggregate)
            let pick = aggregate.function == .min ? values.map(\.value).min() : values.map(\.value).max()
            guard let pick else { return .null }
            return unit.map { .quantity(Quantity(value: pick, unit: $0), lowerBound: false) } ?? .number(pick)
        }
    }

    /// A figure read for an aggregate: its value, its unit when it has one, and whether it is a lower bound.
    private struct Figure {
        var value: Double
        var unit: String?
        var lowerBound: Bool
    }

    private func figures(_ group: [Int], _ argument: ((Int) -> Value)?, _ aggregate: Aggregate) throws(StatementError)
        -> [Figure]
    {
        guard let argument else {
            guard case .measures = frame else {
                throw StatementError(
                    Phrase.needsValueHere(aggregate.function.rawValue), at: aggregate.span)
            }
            let measures = corpus.measures
            return group.map {
                Figure(
                    value: measures.value[$0], unit: corpus.units[measures.unit[$0]],
                    lowerBound: measures.approximation[$0] == .more)
            }
        }
        var figures: [Figure] = []
        figures.reserveCapacity(group.count)
        for row in group {
            switch argument(row) {
            case .quantity(let quantity, let lowerBound):
                figures.append(
                    Figure(
                        value: quantity.value, unit: quantity.unit,
                        lowerBound: lowerBound || quantity.approximation == .more))
            case .number(let number):
                figures.append(Figure(value: number, unit: nil, lowerBound: false))
            case .null:
                continue
            case .text, .bool:
                throw StatementError(
                    Phrase.needsNumbers(aggregate.function.rawValue), at: aggregate.span)
            }
        }
        return figures
    }

    /// The one unit of the figures, or an error naming the units that were mixed.
    private func singleUnit(_ figures: [Figure], _ aggregate: Aggregate) throws(StatementError) -> String? {
        var units: [String] = []
        for figure in figures {
            if let unit = figure.unit, !units.contains(unit) { units.append(unit) }
        }
        guard units.count <= 1 else {
            throw StatementError(
                Phrase.mixedUnits(
                    aggregate.function.rawValue,
                    units.map { $0.isEmpty ? Phrase.noUnit() : $0 }.joined(separator: ", ")),
                at: aggregate.span, hint: Phrase.mixedUnitsHint(units[0]))
        }
        return units.first
    }

    private func additiveSum(_ figures: [Figure], _ aggregate: Aggregate) throws(StatementError) -> (
        value: Double, unit: String?, lowerBound: Bool
    ) {
        let unit = try singleUnit(figures, aggregate)
        if let unit, !UnitTable.kind(of: unit).isAdditive {
            throw StatementError(
                Phrase.ratiosNotAdded(unit), at: aggregate.span, hint: Phrase.ratiosHint())
        }
        return (figures.reduce(0) { $0 + $1.value }, unit, figures.contains(where: \.lowerBound))
    }

    // MARK: - total

    /// `total [by fields]`: the sum per unit (and per group), with the count beside it.
    func total(by fields: [Spanned<FieldName>], span: SourceSpan) throws(StatementError) -> RowTable {
        let unitName = Spanned(FieldName.known(.unit), span: span)
        let valueAccessor = try compiler.fields.accessor(.known(.value), at: span)
        let groupFields = fields.contains(where: { $0.value.name == "unit" }) ? fields : fields + [unitName]
        let keyAccessors = try groupFields.map { (field) throws(StatementError) in
            try compiler.fields.accessor(field.value, at: field.span)
        }
        let skip = countedTwice
        if case .measures(let indices) = frame,
            let slots = Grouping.slots(
                rows: indices, by: groupFields, in: frame, corpus: corpus, cities: compiler.cities)
        {
            return measureTotals(indices, slots, groupFields: groupFields, keyAccessors: keyAccessors, skip: skip)
        }
        let rows = self.rows
        let grouping = Grouping(
            rows: rows, by: groupFields, in: frame, accessors: keyAccessors, corpus: corpus, cities: compiler.cities)
        var tableRows: [[Value]] = []
        var ratioUnits: [String] = []
        var anyLowerBound = false
        var anyAbout = false
        let figureOf = figureReader(valueAccessor)
        for group in grouping.groups {
            guard let first = group.first else { continue }
            var sum = 0.0
            var lowerBound = false
            for row in group where !skip.contains(row) {
                guard let figure = figureOf(row) else { continue }
                sum += figure.value
                lowerBound = lowerBound || figure.approximation == .more
                anyAbout = anyAbout || figure.approximation == .about || figure.approximation == .less
            }
            let unit = figureOf(first)?.unit ?? ""
            var row = keyAccessors.map { $0(first) }
            if UnitTable.kind(of: unit).isAdditive {
                row.append(.quantity(Quantity(value: sum, unit: unit), lowerBound: lowerBound))
                anyLowerBound = anyLowerBound || lowerBound
            } else {
                row.append(.null)
                if !ratioUnits.contains(unit) { ratioUnits.append(unit) }
            }
            row.append(.number(Double(group.count)))
            tableRows.append(row)
        }
        return totalsTable(
            groupFields: groupFields, rows: tableRows, ratioUnits: ratioUnits, anyLowerBound: anyLowerBound,
            anyAbout: anyAbout, partsLeftOut: skip.count)
    }

    /// `total` over measures in one pass: sums, counts and flags per group slot, read straight from
    /// the value, unit and approximation columns.
    private func measureTotals(
        _ rows: [Int32], _ slots: Grouping.Slots, groupFields: [Spanned<FieldName>],
        keyAccessors: [(Int) -> Value], skip: PartFlags
    ) -> RowTable {
        let measures = corpus.measures
        let groupCount = slots.firstRows.count
        var sums = [Double](repeating: 0, count: groupCount)
        let counts = slots.counts
        var lowerBounds = [Bool](repeating: false, count: groupCount)
        var anyAbout = false
        let (values, approximations) = (measures.value, measures.approximation)
        let (partOf, present, skipping) = (skip.partOf, skip.present, !skip.isEmpty)
        // One tight loop over the rows, every column read through its buffer.
        rows.withUnsafeBufferPointer { rows in
            slots.slotOfRow.withUnsafeBufferPointer { slotOfRow in
                values.withUnsafeBufferPointer { values in
                    approximations.withUnsafeBufferPointer { approximations in
                        partOf.withUnsafeBufferPointer { partOf in
                            present.withUnsafeBufferPointer { present in
                                sums.withUnsafeMutableBufferPointer { sums in
                                    lowerBounds.withUnsafeMutableBufferPointer { lowerBounds in
                                        for (position, row) in rows.enumerated() {
                                            let row = Int(row)
                                            if skipping && PartFlags.isPart(row, partOf: partOf, present: present) {
                                                continue
                                            }
                                            let slot = Int(slotOfRow[position])
                                            sums[slot] += values[row]
                                            switch approximations[row] {
                                            case .more: lowerBounds[slot] = true
                                            case .about, .less: anyAbout = true
                                            case .exact: break
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var tableRows: [[Value]] = []
        var ratioUnits: [String] = []
        var anyLowerBound = false
        for (slot, first) in slots.firstRows.enumerated() {
            let unit = corpus.units[measures.unit[first]]
            var row = keyAccessors.map { $0(first) }
            if UnitTable.kind(of: unit).isAdditive {
                row.append(.quantity(Quantity(value: sums[slot], unit: unit), lowerBound: lowerBounds[slot]))
                anyLowerBound = anyLowerBound || lowerBounds[slot]
            } else {
                row.append(.null)
                if !ratioUnits.contains(unit) { ratioUnits.append(unit) }
            }
            row.append(.number(Double(counts[slot])))
            tableRows.append(row)
        }
        return totalsTable(
            groupFields: groupFields, rows: tableRows, ratioUnits: ratioUnits, anyLowerBound: anyLowerBound,
            anyAbout: anyAbout, partsLeftOut: skip.count)
    }

    /// The table of `total` with the notes that say what it did.
    private func totalsTable(
        groupFields: [Spanned<FieldName>], rows: [[Value]], ratioUnits: [String], anyLowerBound: Bool,
        anyAbout: Bool, partsLeftOut: Int
    ) -> RowTable {
        var table = RowTable(
            columns: groupFields.map { RowTable.Column(name: $0.value.name, field: field(of: $0.value)) }
                + [RowTable.Column(name: "total", field: nil), RowTable.Column(name: "count", field: .count)],
            rows: rows)
        if rows.isEmpty {
            table.notes.append(AggregationText.nothingToTotal)
            return table
        }
        table.notes.append(Phrase.notePerUnit())
        if !ratioUnits.isEmpty {
            table.notes.append(Phrase.noteRatios(ratioUnits.joined(separator: ", ")))
        }
        if anyLowerBound {
            table.notes.append(Phrase.noteLowerBound())
        }
        if anyAbout { table.notes.append(Phrase.noteApproximate()) }
        if partsLeftOut > 0 { table.notes.append(partsNote(partsLeftOut)) }
        return table
    }

    /// Reads a row's figure: straight from the measure columns, or through the `value` column of a
    /// table (a lower bound there counts as `more`).
    private func figureReader(_ valueAccessor: @escaping (Int) -> Value) -> (Int) -> (
        value: Double, unit: String, approximation: Approximation
    )? {
        if case .measures = frame {
            let measures = corpus.measures
            let units = corpus.units.strings
            return { (measures.value[$0], units[Int(measures.unit[$0])], measures.approximation[$0]) }
        }
        return { row in
            guard case .quantity(let quantity, let bound) = valueAccessor(row) else { return nil }
            return (quantity.value, quantity.unit, bound ? .more : quantity.approximation)
        }
    }

    private func partsNote(_ count: Int) -> String {
        (count == 1 ? Phrase.partsNotAddedOne : Phrase.partsNotAddedMany)(Plural.counted(count, .breakdownPart))
    }

    private func field(of name: FieldName) -> Field? {
        if case .known(let field) = name { return field }
        return nil
    }
}
