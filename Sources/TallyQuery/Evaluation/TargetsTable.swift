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

    /// The table: each target's outcome worked out now, its cells when they are read.
    func table() throws(StatementError) -> ComputedTable {
        let join = try TargetJoin(
            corpus: corpus, cities: cities, city: city.flatMap { cities.id(of: $0) }, stop: stop)
        // Each indicator's name made once: a slot per indicator code, filled for the codes targets have.
        var nameSlot = [Int32](repeating: -1, count: corpus.indicatorCodeCount)
        var indicatorNames: [Value] = []
        for target in join.targets {
            let code = corpus.indicatorCode(ofMeasure: Int(target))
            if nameSlot[code] < 0 {
                nameSlot[code] = Int32(indicatorNames.count)
                indicatorNames.append(.text(corpus.indicatorName(ofCode: code)))
            }
        }
        let rows = Rows(
            join: join, corpus: corpus, cityNames: cities.names.map(Value.text), cityOfMeasure: cities.idOfMeasure,
            nameSlot: nameSlot, indicatorNames: indicatorNames)
        return ComputedTable(
            columns: Self.columns, rows: Array(0..<Int32(join.targets.count)), notes: [SeriesText.targetsNote],
            source: rows)
    }

    /// The cells of the targets, by position in the join.
    private struct Rows: ComputedRows {
        let join: TargetJoin
        let corpus: Corpus
        let cityNames: [Value]
        let cityOfMeasure: [Int32]
        /// Per indicator code, its name's place in `indicatorNames` (-1 for codes no target has).
        let nameSlot: [Int32]
        let indicatorNames: [Value]
        let statusNames = TargetJoin.Status.allCases.map { Value.text($0.name) }

        func value(column: Int, row: Int) -> Value {
            let target = Int(join.targets[row])
            let result = join.results[row] >= 0 ? Int(join.results[row]) : nil
            switch column {
            case 0: return cityNames[Int(cityOfMeasure[target])]
            case 1:
                let slot = nameSlot[corpus.indicatorCode(ofMeasure: target)]
                return slot >= 0 ? indicatorNames[Int(slot)] : .null
            case 2: return .text(corpus.measures.details[target].year.map(String.init) ?? "")
            case 3: return figure(target)
            case 4: return result.map(figure) ?? .null
            case 5: return statusNames[join.statuses[row].rawValue]
            case 6: return .text(DocumentLabel.of(measure: target, in: corpus))
            case 7: return result.map { .text(DocumentLabel.of(measure: $0, in: corpus)) } ?? .null
            case 8: return .text(sentence(of: target))
            case 9: return result.map { .text(sentence(of: $0)) } ?? .null
            default: return .null
            }
        }

        func codes(column: Int) -> (codes: [Int32], count: Int)? {
            switch column {
            case 0: return (join.targets.map { cityOfMeasure[Int($0)] }, cityNames.count)
            case 1:
                return (join.targets.map { Int32(corpus.indicatorCode(ofMeasure: Int($0))) }, corpus.indicatorCodeCount)
            case 5: return (join.statuses.map { Int32($0.rawValue) }, TargetJoin.Status.allCases.count)
            default: return nil
            }
        }

        private func figure(_ row: Int) -> Value {
            let measures = corpus.measures
            let high = measures.high[row]
            return .quantity(
                Quantity(
                    value: measures.value[row], high: high.isNaN ? nil : high,
                    unit: corpus.units[measures.unit[row]], approximation: measures.approximation[row]),
                lowerBound: false)
        }

        private func sentence(of row: Int) -> String { corpus.sentenceText(Int(corpus.measures.sentence[row])) }
    }

    static let columns: [RowTable.Column] = [
        .init(name: "city", field: .city), .init(name: "indicator", field: .indicator),
        .init(name: "period", field: .period), .init(name: "planned", field: nil),
        .init(name: "result", field: nil), .init(name: "status", field: .status),
        .init(name: "planned_in", field: nil), .init(name: "reported_in", field: nil),
        .init(name: "planned_sentence", field: nil), .init(name: "result_sentence", field: nil),
    ]
}
