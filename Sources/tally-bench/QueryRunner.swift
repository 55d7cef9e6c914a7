import ReportKit
import TallyQuery

/// One query's timings and answer through the query engine, beside the direct column scan that
/// serves as its reference.
struct QueryTiming: Sendable {
    /// The query.
    var query: BenchmarkQuery
    /// The duration of each run of the query text through `TallyQuery.Session`.
    var timings: Timings
    /// The engine's answer of the last run.
    var answer: ResultTable
    /// The duration of each run of the reference computation.
    var referenceTimings: Timings
    /// The reference computation's answer.
    var reference: ResultTable
}

/// Times queries on a loaded corpus.
enum QueryRunner {
    /// Prepares the corpus once (timed apart), then runs each query `runs` times (at least once)
    /// through the engine and through its reference computation.
    static func run(_ queries: [BenchmarkQuery], on corpus: Corpus, runs: Int) throws(BenchFailure) -> (
        prepareSeconds: Double, queries: [QueryTiming]
    ) {
        let start = Clock.seconds()
        var engine = Session(corpus: corpus)
        let session = QuerySession(corpus: corpus)
        let prepareSeconds = Clock.seconds() - start
        var results: [QueryTiming] = []
        for query in queries {
            var answer = ResultTable(columns: [])
            var failure: String?
            let timings = Timings.measure(runs: runs) {
                switch Result(catching: { () throws(StatementError) -> CommandOutput in try engine.run(query.text) }) {
                case .success(let output): answer = output.table ?? ResultTable(columns: [])
                case .failure(let error): failure = error.message
                }
            }
            if let failure { throw BenchFailure("\(query.text): \(failure)") }
            var reference = ResultTable(columns: [])
            let referenceTimings = Timings.measure(runs: runs) { reference = query.reference(session) }
            results.append(
                QueryTiming(
                    query: query, timings: timings, answer: answer,
                    referenceTimings: referenceTimings, reference: reference))
        }
        return (prepareSeconds, results)
    }
}
