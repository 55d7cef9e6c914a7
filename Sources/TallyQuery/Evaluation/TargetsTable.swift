import ReportKit

/// The columns `targets` makes that are no field of their own, named once for the parser (which lets
/// later stages use them) and the table.
enum TargetColumns {
    static let introduced = ["planned", "result", "planned_in", "reported_in", "planned_sentence", "result_sentence"]
}

/// `targets [PLACE]`: each target a report sets for a year (`预期目标是：地区生产总值增长11%`) beside
/// the result a later report gives for the same city, indicator, unit and year (`2014年，全区地区生产
/// 总值完成274.4亿元，同比增长9.1%`), and whether it was met, missed, or no result was reported
/// (`unreported`); when that report gives several different figures that could be the result (a
/// subject as general as 投资), the status is `ambiguous` and no result is shown. Both sentences come
/// with it. Of several later reports, the first after the year is taken.
struct TargetsTable {
    let corpus: Corpus
    let cities: CityDirectory
    /// The city of `targets 海拉尔区`, resolved; nil for every city.
    let city: String?
    let stop: StopSignal

    /// A figure's identity across reports: city, indicator code, unit and year.
    private struct Key: Hashable {
        var city: Int32
        var indicator: Int
        var unit: Int32
        var year: Int
    }

    func table() throws(StatementError) -> RowTable {
        let measures = corpus.measures
        let wantedCity = city.flatMap { cities.id(of: $0) }
        var check = stop.check()
        var targets: [(key: Key, row: Int)] = []
        // First the targets, then only the results of their indicators: few figures are hashed.
        var wantedIndicator = [Bool](repeating: false, count: corpus.indicatorCodeCount)
        for row in 0..<measures.count where measures.details[row].target {
            try check.step()
            guard let key = key(of: row, city: wantedCity) else { continue }
            targets.append((key, row))
            wantedIndicator[key.indicator] = true
        }
        var results: [Key: [Int]] = [:]
        if !targets.isEmpty {
            for row in 0..<measures.count where !measures.details[row].target {
                try check.step()
                guard wantedIndicator[corpus.indicatorCode(ofMeasure: row)], let key = key(of: row, city: wantedCity)
                else { continue }
                results[key, default: []].append(row)
            }
        }
        var table = RowTable(columns: Self.columns, rows: [])
        table.rows.reserveCapacity(targets.count)
        // Names and labels are made once per indicator and report, not once per row.
        var indicatorNames: [Int: String] = [:]
        var reportLabels = [String?](repeating: nil, count: corpus.reports.count)
        let reportYears = corpus.reports.map(\.year)
        func label(_ measure: Int) -> String {
            let report = Int(measures.report[measure])
            guard report >= 0 else { return DocumentLabel.of(measure: measure, in: corpus, reportLabel: "") }
            if reportLabels[report] == nil { reportLabels[report] = DocumentLabel.of(report: report, in: corpus) }
            return DocumentLabel.of(measure: measure, in: corpus, reportLabel: reportLabels[report] ?? "")
        }
        for (key, row) in targets {
            try check.step()
            let later = laterResults(results[key] ?? [], after: row, reportYears: reportYears)
            let result = later.count == 1 ? later.first : nil
            let status =
                later.count > 1
                ? "ambiguous" : result.map { met(target: row, result: $0) ? "met" : "missed" } ?? "unreported"
            let unit = corpus.units[key.unit]
            table.rows.append([
                .text(cities.names[Int(key.city)]), .text(indicatorName(key.indicator, cache: &indicatorNames)),
                .text(String(key.year)), figure(row, unit), result.map { figure($0, unit) } ?? .null, .text(status),
                .text(label(row)), result.map { .text(label($0)) } ?? .null,
                .text(sentence(of: row)), result.map { .text(sentence(of: $0)) } ?? .null,
            ])
        }
        table.notes.append(SeriesText.targetsNote)
        return table
    }

    /// A figure's key, or nil for one that cannot be lined up: no single year, a breakdown part, no
    /// city, or another city than the one asked for.
    private func key(of row: Int, city wanted: Int32?) -> Key? {
        let measures = corpus.measures
        guard let year = measures.details[row].year, measures.partOf[row] < 0 else { return nil }
        let city = cities.idOfMeasure[row]
        guard city >= 0, wanted == nil || city == wanted else { return nil }
        return Key(
            city: city, indicator: corpus.indicatorCode(ofMeasure: row), unit: measures.unit[row], year: year)
    }

    static let columns: [RowTable.Column] = [
        .init(name: "city", field: .city), .init(name: "indicator", field: .indicator),
        .init(name: "period", field: .period), .init(name: "planned", field: nil),
        .init(name: "result", field: nil), .init(name: "status", field: .status),
        .init(name: "planned_in", field: nil), .init(name: "reported_in", field: nil),
        .init(name: "planned_sentence", field: nil), .init(name: "result_sentence", field: nil),
    ]

    /// The results of the first report delivered after the target's report, one per distinct
    /// value (more than one means the result cannot be told).
    private func laterResults(_ candidates: [Int], after target: Int, reportYears: [Int?]) -> [Int] {
        func reportYear(of measure: Int) -> Int? {
            let report = Int(corpus.measures.report[measure])
            return report >= 0 ? reportYears[report] : nil
        }
        let targetYear = reportYear(of: target) ?? Int.max
        let later = candidates.filter { (reportYear(of: $0) ?? Int.min) > targetYear }
        guard let firstYear = later.compactMap(reportYear).min() else { return [] }
        let first = later.filter { reportYear(of: $0) == firstYear }
        guard first.count > 1 else { return first }
        var seen = Set<Double>()
        return first.filter { seen.insert(corpus.measures.value[$0]).inserted }
    }

    private func indicatorName(_ code: Int, cache: inout [Int: String]) -> String {
        if let known = cache[code] { return known }
        let name = corpus.indicatorName(ofCode: code)
        cache[code] = name
        return name
    }

    /// Whether a result reaches its target: at least the target (its low end for a range), or at
    /// most it for a ceiling (`4%以内`).
    private func met(target: Int, result: Int) -> Bool {
        let measures = corpus.measures
        let planned = measures.value[target]
        let reached = measures.value[result]
        return measures.approximation[target] == .less ? reached <= planned : reached >= planned
    }

    private func figure(_ row: Int, _ unit: String) -> Value {
        let measures = corpus.measures
        let high = measures.high[row]
        return .quantity(
            Quantity(
                value: measures.value[row], high: high.isNaN ? nil : high, unit: unit,
                approximation: measures.approximation[row]), lowerBound: false)
    }

    private func sentence(of row: Int) -> String { corpus.sentenceText(Int(corpus.measures.sentence[row])) }
}
