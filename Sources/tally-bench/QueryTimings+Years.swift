import ReportKit
import TallyQuery

/// The queries of issue 12 (time as a dimension) and their direct scans.
extension QueryTimings {
    /// A series, a comparison of years and the targets, as issue 12 times them (on `YearsCorpus`).
    static let yearQueries: [BenchmarkQuery] = [
        BenchmarkQuery(
            name: "trend of 地区生产总值", text: "measures | where indicator == 地区生产总值 | trend",
            reference: productSeries),
        BenchmarkQuery(name: "compare years by kind", text: "compare years by kind", reference: figuresPerYear),
        BenchmarkQuery(name: "targets by status", text: "targets | count by status", reference: targetFigures),
    ]

    /// The results of the indicator 地区生产总值 for single years, one per city and year: the rows of
    /// its series where a figure is given.
    @Sendable static func productSeries(_ session: QuerySession) -> ResultTable {
        let corpus = session.corpus
        guard let code = corpus.indicatorCode(named: "地区生产总值") else { return ResultTable(columns: ["rows"]) }
        var seen = Set<[Int]>()
        for index in 0..<corpus.measures.count where corpus.indicatorCode(ofMeasure: index) == code {
            let details = corpus.measures.details[index]
            guard !details.target, let period = details.period, period.isYear else { continue }
            let report = Int(corpus.measures.report[index])
            let city = report < 0 ? -1 : Int(session.reportCity[report])
            seen.insert([city, Int(corpus.measures.unit[index]), period.start])
        }
        return ResultTable(columns: ["rows"], rows: [[.integer(seen.count)]])
    }

    /// The number of figures (results) per single year, which `compare years` adds up per kind.
    @Sendable static func figuresPerYear(_ session: QuerySession) -> ResultTable {
        var counts: [Int: Int] = [:]
        for details in session.corpus.measures.details where !details.target {
            if let period = details.period, period.isYear { counts[period.start, default: 0] += 1 }
        }
        return ResultTable(
            columns: ["year", "figures"],
            rows: counts.keys.sorted().map { [.integer($0), .integer(counts[$0] ?? 0)] })
    }

    /// The number of targets for single years, each of which `targets` lines up with a result.
    @Sendable static func targetFigures(_ session: QuerySession) -> ResultTable {
        let measures = session.corpus.measures
        var count = 0
        for index in 0..<measures.count where measures.details[index].target && measures.partOf[index] < 0 {
            if measures.details[index].period?.isYear == true && measures.report[index] >= 0 { count += 1 }
        }
        return ResultTable(columns: ["targets"], rows: [[.integer(count)]])
    }
}
