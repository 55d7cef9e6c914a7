import ReportKit

/// Parse speed on files already in memory: every document's bytes through the parser, on one core
/// and on all cores. Reading files and building the corpus are left out (see `LoadTiming`).
struct ParseThroughput: Sendable {
    /// The duration of each pass over all files.
    var timings: Timings
    /// The bytes parsed in one pass.
    var bytes: Int
    /// The measures found in one pass (so the work cannot be optimised away, and as a check).
    var measures: Int
    /// Documents that failed to parse in one pass.
    var failures: Int

    /// Megabytes (10⁶ bytes) per second at the median pass.
    var megabytesPerSecond: Double { timings.median > 0 ? Double(bytes) / 1e6 / timings.median : 0 }

    /// `ReportParser.parse` on each file in turn, on the calling thread.
    static func singleCore(_ files: [(name: String, bytes: [UInt8])], runs: Int) -> ParseThroughput {
        var measures = 0
        var failures = 0
        let timings = Timings.measure(runs: runs) {
            measures = 0
            failures = 0
            for file in files {
                switch ReportParser.parse(name: file.name, bytes: file.bytes) {
                case .success(let document): measures += document.measureCount
                case .failure: failures += 1
                }
            }
        }
        return ParseThroughput(timings: timings, bytes: byteCount(files), measures: measures, failures: failures)
    }

    /// `ReportLoader.parse`, which parses the files in parallel on all cores.
    static func allCores(_ files: [(name: String, bytes: [UInt8])], runs: Int) -> ParseThroughput {
        var measures = 0
        var failures = 0
        let timings = Timings.measure(runs: runs) {
            measures = 0
            failures = 0
            for result in ReportLoader.parse(files) {
                switch result {
                case .success(let document): measures += document.measureCount
                case .failure: failures += 1
                }
            }
        }
        return ParseThroughput(timings: timings, bytes: byteCount(files), measures: measures, failures: failures)
    }

    private static func byteCount(_ files: [(name: String, bytes: [UInt8])]) -> Int {
        files.reduce(0) { $0 + $1.bytes.count }
    }
}
