import ReportKit
import TallyQuery

/// A query of issue 5: its name, its text in the query language, and the reference computation
/// that answers it directly from the corpus columns.
struct BenchmarkQuery: Sendable {
    /// A short name for tables and JSON.
    var name: String
    /// The query as a user types it.
    var text: String
    /// The answer computed directly from `Corpus` columns: the reference the evaluator's answers and
    /// timings are compared against.
    var reference: @Sendable (QuerySession) -> ResultTable
}

/// The benchmark's queries: each runs through the query engine and, as a reference for its answer
/// and its speed, as a direct scan of the corpus columns.
enum QueryTimings {
    /// The queries of issue 5.
    static let issueFiveQueries: [BenchmarkQuery] = [
        BenchmarkQuery(
            name: "total money by city", text: #"measures | where unit == "元" | total by city"#, reference: moneyByCity),
        BenchmarkQuery(
            name: "top 10 人次", text: #"measures | where unit == "人次" | sort value desc | take 10"#,
            reference: topPersonTimes),
        BenchmarkQuery(name: "count per unit", text: "measures | count by unit", reference: countPerUnit),
        BenchmarkQuery(
            name: "subject contains 养老", text: #"measures | where subject ~ "养老" | count"#, reference: elderCareCount),
        BenchmarkQuery(name: "compare cities by kind", text: "compare cities by kind", reference: compareCitiesByKind),
        BenchmarkQuery(name: "find 助餐", text: #"find "助餐" | count"#, reference: findMealAssistance),
    ]

    // MARK: - Reference computations
    //
    // Totals leave out breakdown parts (其中…), which their totals already include, and figures in a
    // document's lead, which belong to no city. A total that includes a lower bound (30余次) is marked.

    /// Total of the figures in 元 per city, largest first.
    @Sendable static func moneyByCity(_ session: QuerySession) -> ResultTable {
        var table = ResultTable(columns: ["city", "total", "figures"])
        guard let yuan = session.corpus.units.id(of: "元") else { return table }
        let measures = session.corpus.measures
        let (units, values, parts, reports, approximations) =
            (measures.unit, measures.value, measures.partOf, measures.report, measures.approximation)
        var totals = [Double](repeating: 0, count: session.cityNames.count)
        var counts = [Int](repeating: 0, count: session.cityNames.count)
        var lowerBound = [Bool](repeating: false, count: session.cityNames.count)
        for index in 0..<measures.count where units[index] == yuan && parts[index] < 0 && reports[index] >= 0 {
            let city = Int(session.reportCity[Int(reports[index])])
            totals[city] += values[index]
            counts[city] += 1
            if approximations[index] == .more { lowerBound[city] = true }
        }
        let cities = session.cityNames.indices.filter { counts[$0] > 0 }
            .sorted { (totals[$0], $1) > (totals[$1], $0) }
        table.rows = cities.map { city in
            [
                .text(session.cityNames[city]),
                .quantity(Quantity(value: totals[city], unit: "元"), lowerBound: lowerBound[city]),
                .integer(counts[city]),
            ]
        }
        return table
    }

    /// The ten largest figures in 人次, largest first (ties in corpus order).
    @Sendable static func topPersonTimes(_ session: QuerySession) -> ResultTable {
        var table = ResultTable(columns: ["city", "value", "raw", "subject"])
        guard let personTimes = session.corpus.units.id(of: "人次") else { return table }
        let measures = session.corpus.measures
        let (units, values) = (measures.unit, measures.value)
        var top: [Int] = []
        for index in 0..<measures.count where units[index] == personTimes {
            guard top.count < 10 || values[index] > values[top[top.count - 1]] else { continue }
            let position = top.firstIndex { values[index] > values[$0] } ?? top.count
            top.insert(index, at: position)
            if top.count > 10 { top.removeLast() }
        }
        table.rows = top.map { index in
            let report = Int(measures.report[index])
            return [
                .text(report >= 0 ? session.cityNames[Int(session.reportCity[report])] : ""),
                .quantity(
                    Quantity(value: values[index], unit: "人次", approximation: measures.approximation[index]),
                    lowerBound: measures.approximation[index] == .more),
                .text(session.corpus.rawText(ofMeasure: index)),
                .text(session.corpus.subjects[measures.subject[index]]),
            ]
        }
        return table
    }

    /// The number of figures per unit, most first.
    @Sendable static func countPerUnit(_ session: QuerySession) -> ResultTable {
        let units = session.corpus.measures.unit
        var counts = [Int](repeating: 0, count: session.corpus.units.count)
        for unit in units { counts[Int(unit)] += 1 }
        let order = counts.indices.filter { counts[$0] > 0 }.sorted { (counts[$0], $1) > (counts[$1], $0) }
        return ResultTable(
            columns: ["unit", "kind", "count"],
            rows: order.map { unit in
                let name = session.corpus.units[Int32(unit)]
                return [.text(name), .text(UnitTable.kind(of: name).name), .integer(counts[unit])]
            })
    }

    /// The number of figures whose subject contains 养老.
    @Sendable static func elderCareCount(_ session: QuerySession) -> ResultTable {
        let needle = Array("养老".utf8)
        let matching = session.corpus.subjects.strings.map { subject in
            Array(subject.utf8).withUnsafeBufferPointer {
                ByteSearch.firstOccurrence(of: needle, in: $0, from: 0) != nil
            }
        }
        var count = 0
        for subject in session.corpus.measures.subject where matching[Int(subject)] { count += 1 }
        return ResultTable(columns: ["count"], rows: [[.integer(count)]])
    }

    /// Every city side by side, one row per kind and unit: the total for additive units, the number
    /// of figures for ratios (which are never added).
    @Sendable static func compareCitiesByKind(_ session: QuerySession) -> ResultTable {
        let corpus = session.corpus
        let measures = corpus.measures
        let cityCount = session.cityNames.count
        let (units, values, parts, reports, approximations) =
            (measures.unit, measures.value, measures.partOf, measures.report, measures.approximation)
        var totals = [Double](repeating: 0, count: corpus.units.count * cityCount)
        var counts = [Int](repeating: 0, count: corpus.units.count * cityCount)
        var lowerBound = [Bool](repeating: false, count: corpus.units.count * cityCount)
        for index in 0..<measures.count where parts[index] < 0 && reports[index] >= 0 {
            let cell = Int(units[index]) * cityCount + Int(session.reportCity[Int(reports[index])])
            totals[cell] += values[index]
            counts[cell] += 1
            if approximations[index] == .more { lowerBound[cell] = true }
        }
        let unitKinds = (0..<corpus.units.count).map { UnitTable.kind(of: corpus.units[Int32($0)]) }
        let rowsOrder = unitKinds.indices
            .filter { unit in (0..<cityCount).contains { counts[unit * cityCount + $0] > 0 } }
            .sorted { (unitKinds[$0].rawValue, $0) < (unitKinds[$1].rawValue, $1) }
        var table = ResultTable(columns: ["kind", "unit"] + session.cityNames)
        table.notes = ["ratio rows count the figures: ratios are never added"]
        table.rows = rowsOrder.map { unit in
            let name = corpus.units[Int32(unit)]
            let cells: [Cell] = (0..<cityCount).map { city in
                let cell = unit * cityCount + city
                guard counts[cell] > 0 else { return .empty }
                guard unitKinds[unit].isAdditive else { return .integer(counts[cell]) }
                return .quantity(Quantity(value: totals[cell], unit: name), lowerBound: lowerBound[cell])
            }
            return [.text(unitKinds[unit].name), .text(name)] + cells
        }
        return table
    }

    /// The number of sentences that contain 助餐.
    @Sendable static func findMealAssistance(_ session: QuerySession) -> ResultTable {
        let needle = Array("助餐".utf8)
        let sentences = session.corpus.sentences
        let (starts, ends) = (sentences.start, sentences.end)
        var count = 0
        for (document, range) in session.documentSentences.enumerated() where !range.isEmpty {
            session.corpus.documents[document].text.withUnsafeBufferPointer { text in
                var sentence = range.lowerBound
                var from = 0
                while let hit = ByteSearch.firstOccurrence(of: needle, in: text, from: from) {
                    while sentence < range.upperBound && Int(ends[sentence]) <= hit { sentence += 1 }
                    guard sentence < range.upperBound else { break }
                    if Int(starts[sentence]) <= hit && hit + needle.count <= Int(ends[sentence]) {
                        count += 1
                        from = Int(ends[sentence])
                        sentence += 1
                    } else {
                        from = hit + 1
                    }
                }
            }
        }
        return ResultTable(columns: ["count"], rows: [[.integer(count)]])
    }
}
