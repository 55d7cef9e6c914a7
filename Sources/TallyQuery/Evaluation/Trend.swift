import ReportKit

/// The columns `trend` makes, named once for the parser (which lets later stages use them) and the
/// table.
enum TrendColumns {
    /// The columns that are no field of their own, which later stages may name.
    static let introduced = ["difference", "growth", "reported", "source"]
}

/// `trend`: the figures of each indicator as a series by period, one row per year from the first to
/// the last, per city and unit. A year no report gives a figure for is a row with no value (a gap),
/// never filled in. Beside each value: the change against the year before (`difference`, and
/// `growth` in percent, computed from the levels), the growth rate the reports themselves give for
/// that year (`reported`, such as `同比增长7.2%`), and where the figure was read (`source`, `sentence`).
///
/// Only results for single years make a series (targets and five-year spans are left out). When
/// several reports give a figure for the same year, the first report after that year is taken (the
/// one that reviews it). A note per series gives the average annual growth over its span.
struct Trend {
    let corpus: Corpus
    let cities: CityDirectory
    let rows: [Int]
    let stop: StopSignal

    /// One series: a city, an indicator code and a unit.
    private struct SeriesKey: Hashable {
        var city: Int32
        var indicator: Int
        var unit: Int32
    }

    func table() throws(StatementError) -> RowTable {
        let measures = corpus.measures
        var check = stop.check()
        var order: [SeriesKey] = []
        var chosen: [SeriesKey: [Int: Int]] = [:]
        for row in rows {
            try check.step()
            let details = measures.details[row]
            guard !details.target, let period = details.period, period.isYear else { continue }
            let key = SeriesKey(
                city: cities.idOfMeasure[row], indicator: corpus.indicatorCode(ofMeasure: row), unit: measures.unit[row]
            )
            if chosen[key] == nil { order.append(key) }
            if let held = chosen[key]?[period.start], !isCloserReview(row, than: held, of: period.start) { continue }
            chosen[key, default: [:]][period.start] = row
        }
        // A growth series whose level series is here too is shown beside it, as `reported`.
        let levelIndicators = Set(
            order.filter { isLevel($0.indicator) }.map { Pair(city: $0.city, base: base($0.indicator)) })
        let series = order.filter {
            isLevel($0.indicator) || !levelIndicators.contains(Pair(city: $0.city, base: base($0.indicator)))
        }
        let reported = reportedGrowth(for: series.filter { isLevel($0.indicator) })
        let texts = sourceTexts(
            of: series.flatMap { key in
                (chosen[key] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
            })
        var nextText = 0
        var table = RowTable(columns: Self.columns, rows: [])
        let gap = Value.text(SeriesText.gap)
        for key in series {
            guard let byYear = chosen[key], let first = byYear.keys.min(), let last = byYear.keys.max() else {
                continue
            }
            let unit = corpus.units[key.unit]
            let city: Value = key.city >= 0 ? .text(cities.names[Int(key.city)]) : .null
            let indicator = Value.text(corpus.indicatorName(ofCode: key.indicator))
            var previous: Double?
            for year in first...last {
                try check.step()
                guard let row = byYear[year] else {
                    table.rows.append(
                        [city, indicator, .text(String(year))] + Array(repeating: .null, count: 4)
                            + [gap, .null])
                    previous = nil
                    continue
                }
                let value = measures.value[row]
                var cells: [Value] = [city, indicator, .text(String(year)), quantity(value, unit)]
                cells.reserveCapacity(Self.columns.count)
                cells.append(previous.map { quantity(value - $0, isLevel(key.indicator) ? unit : "个百分点") } ?? .null)
                cells.append(growth(from: previous, to: value, level: isLevel(key.indicator)))
                cells.append(
                    reported[PairYear(city: key.city, base: base(key.indicator), year: year)].map {
                        percent(measures.value[$0])
                    }
                        ?? .null)
                cells.append(.text(texts[nextText].label))
                cells.append(.text(texts[nextText].sentence))
                nextText += 1
                table.rows.append(cells)
                previous = value
            }
            if isLevel(key.indicator), let average = averageGrowth(byYear, first: first, last: last) {
                table.notes.append(
                    SeriesText.averageGrowth(
                        indicator: corpus.indicatorName(ofCode: key.indicator), city: city.text, first: first,
                        last: last, percent: average))
            }
        }
        if !reported.isEmpty { table.notes.append(SeriesText.reportedNote) }
        if table.rows.contains(where: { $0[3].isNull }) { table.notes.append(SeriesText.gapNote) }
        return table
    }

    /// The label and the sentence of each figure of `rows`, in order: the most costly cells of a
    /// long series table, made on all cores.
    private func sourceTexts(of rows: [Int]) -> [(label: String, sentence: String)] {
        let labels = DocumentLabel.Figures(corpus)
        let corpus = corpus
        let sentences = corpus.measures.sentence
        return Parallel.map(rows, minimumRun: 1024) { row in
            (labels.of(measure: row), corpus.sentenceText(Int(sentences[row])))
        }
    }

    static let columns: [RowTable.Column] = [
        .init(name: "city", field: .city), .init(name: "indicator", field: .indicator),
        .init(name: "period", field: .period), .init(name: "value", field: .value),
        .init(name: "difference", field: nil), .init(name: "growth", field: nil),
        .init(name: "reported", field: nil), .init(name: "source", field: nil),
        .init(name: "sentence", field: .sentence),
    ]

    /// A series as `chart` draws it: one bar per city, indicator and period, in order, labelled by
    /// them; a gap keeps its label and has no bar.
    static func chartForm(_ table: RowTable) -> RowTable {
        let kept = [0, 1, 2, 3].filter { $0 < table.columns.count }
        return RowTable(
            columns: kept.map { table.columns[$0] }, rows: table.rows.map { row in kept.map { row[$0] } },
            notes: table.notes.filter { $0 != SeriesText.reportedNote })
    }

    /// A city and an indicator without its change, to find a level's growth rates.
    private struct Pair: Hashable {
        var city: Int32
        var base: Int
    }

    /// A city, an indicator without its change and a year: where a reported growth rate belongs.
    private struct PairYear: Hashable {
        var city: Int32
        var base: Int
        var year: Int
    }

    private func isLevel(_ code: Int) -> Bool {
        code % IndicatorChange.allCases.count == IndicatorChange.level.rawValue
    }
    private func base(_ code: Int) -> Int { code / IndicatorChange.allCases.count }

    /// Whether `row` comes from a report closer after `year` than `held` does.
    private func isCloserReview(_ row: Int, than held: Int, of year: Int) -> Bool {
        func distance(_ measure: Int) -> Int {
            let report = Int(corpus.measures.report[measure])
            guard report >= 0, let reportYear = corpus.reports[report].year, reportYear > year else { return Int.max }
            return reportYear - year
        }
        return distance(row) < distance(held)
    }

    /// The growth rates (同比 or unqualified) the reports give for each level series' indicator, by
    /// city and indicator and year, read from every loaded figure.
    private func reportedGrowth(for levels: [SeriesKey]) -> [PairYear: Int] {
        guard !levels.isEmpty else { return [:] }
        var wanted = [Bool](repeating: false, count: corpus.indicators.count)
        for key in levels { wanted[base(key.indicator)] = true }
        // Cities by id + 1, so that figures of no city (-1) have a place too.
        var cityWanted = [Bool](repeating: false, count: cities.names.count + 1)
        for key in levels { cityWanted[Int(key.city) + 1] = true }
        let wantedSubject = corpus.indicatorOfSubject.map { wanted[Int($0)] }
        let measures = corpus.measures
        let subjects = measures.subject
        var found: [PairYear: Int] = [:]
        for row in subjects.indices where wantedSubject[Int(subjects[row])] {
            let details = measures.details[row]
            guard details.change == .growth, !details.target, let period = details.period, period.isYear else {
                continue
            }
            switch details.basis {
            case .none, .yearOnYear: break
            case .annual, .versus: continue
            }
            let city = cities.idOfMeasure[row]
            guard cityWanted[Int(city) + 1] else { continue }
            let key = PairYear(
                city: city, base: Int(corpus.indicatorOfSubject[Int(subjects[row])]), year: period.start)
            if let held = found[key], !isCloserReview(row, than: held, of: period.start) { continue }
            found[key] = row
        }
        return found
    }

    private func quantity(_ value: Double, _ unit: String) -> Value {
        .quantity(Quantity(value: value, unit: unit), lowerBound: false)
    }

    private func percent(_ value: Double) -> Value {
        .quantity(Quantity(value: (value * 10).rounded() / 10, unit: "%"), lowerBound: false)
    }

    /// The change from the year before in percent, for a level whose year before has a figure.
    private func growth(from previous: Double?, to value: Double, level: Bool) -> Value {
        guard level, let previous, previous != 0 else { return .null }
        return percent((value / previous - 1) * 100)
    }

    /// The average annual growth in percent from the first year's level to the last's.
    private func averageGrowth(_ byYear: [Int: Int], first: Int, last: Int) -> Double? {
        guard last > first, let start = byYear[first], let end = byYear[last] else { return nil }
        let from = corpus.measures.value[start]
        let to = corpus.measures.value[end]
        guard from > 0, to > 0 else { return nil }
        let rate = (Self.root(to / from, degree: last - first) - 1) * 100
        return (rate * 10).rounded() / 10
    }

    /// The positive `degree`-th root of a positive `ratio`, by Newton's method (the standard library
    /// has no `pow`).
    static func root(_ ratio: Double, degree: Int) -> Double {
        let n = Double(degree)
        var x = 1 + (ratio - 1) / n
        if x <= 0 { x = ratio }
        for _ in 0..<100 {
            var power = 1.0
            for _ in 1..<degree { power *= x }
            let next = ((n - 1) * x + ratio / power) / n
            if abs(next - x) < 1e-12 { return next }
            x = next
        }
        return x
    }
}
