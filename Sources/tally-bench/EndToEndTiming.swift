/// Issue 17's end-to-end row: the `tally` binary reading the corpus folder and answering one query
/// (`tally --data FOLDER --format csv -c QUERY`), beside the Python regex extractor
/// (`PythonExtractor`) answering the same question over the same files. The two take turns, each
/// timed from spawn to exit, so both see the same machine; the files come from the page cache.
struct EndToEndTiming: Sendable {
    /// The query both answer.
    static let query = #"measures | where unit == "元" | total by city"#

    /// The Python side of the row.
    struct Python: Sendable {
        /// The interpreter run (the shims of pyenv and the like resolved, so they are not timed).
        var interpreter: String
        /// Its version line, `Python 3.11.7`.
        var version: String
        /// The duration of each run.
        var timings: Timings
        /// The cities in its answer.
        var cities: Int
        /// The sum of its totals over the sum of tally's (of the last runs): how much of the money
        /// tally reads the regex finds.
        var shareOfTallyTotal: Double
    }

    /// The command line tally ran, for the report.
    var command: String
    /// The duration of each run of tally.
    var tally: Timings
    /// The cities in tally's answer.
    var tallyCities: Int
    /// The Python side, or why it did not run (no `python3` on `PATH`).
    var python: Result<Python, BenchFailure>

    /// The Python extractor's median time over tally's; nil when Python did not run.
    var ratio: Double? {
        guard case .success(let python) = python, tally.median > 0 else { return nil }
        return python.timings.median / tally.median
    }

    /// Times `executable` (tally) and, when `python3` is on `PATH`, the extractor on `folder`, `runs`
    /// times each (at least once).
    static func run(executable: String, folder: String, runs: Int) throws(BenchFailure) -> EndToEndTiming {
        let arguments = ["--data", folder, "--format", "csv", "-c", query]
        let interpreter = pythonInterpreter()
        var script: ScratchFolder?
        defer { script?.remove() }
        if case .success = interpreter {
            let scratch = try ScratchFolder()
            try scratch.write(Array(PythonExtractor.source.utf8), to: PythonExtractor.fileName)
            script = scratch
        }
        var tallySamples: [Double] = []
        var pythonSamples: [Double] = []
        var tallyAnswer: [String: Double] = [:]
        var pythonAnswer: [String: Double] = [:]
        for _ in 0..<max(runs, 1) {
            let run = try ChildProcess.run(executable, arguments)
            tallySamples.append(run.exit)
            tallyAnswer = totals(csv: run.output)
            if case .success(let python) = interpreter, let script {
                let run = try ChildProcess.run(python.path, [script.path + "/" + PythonExtractor.fileName, folder])
                pythonSamples.append(run.exit)
                pythonAnswer = totals(csv: run.output)
            }
        }
        let shown = arguments.map { $0 == folder ? "FOLDER" : $0.contains(" ") ? "'\($0)'" : $0 }
        return EndToEndTiming(
            command: (["tally"] + shown).joined(separator: " "), tally: Timings(samples: tallySamples),
            tallyCities: tallyAnswer.count,
            python: interpreter.map { python in
                Python(
                    interpreter: python.path, version: python.version, timings: Timings(samples: pythonSamples),
                    cities: pythonAnswer.count, shareOfTallyTotal: share(pythonAnswer, of: tallyAnswer))
            })
    }

    /// The interpreter `python3` on `PATH` runs and its version line (`Python 3.11.7`), asked in one
    /// run of it, or why there is none.
    private static func pythonInterpreter() -> Result<(path: String, version: String), BenchFailure> {
        guard let python = ChildProcess.onPath("python3") else {
            return .failure(BenchFailure("not measured: no python3 on PATH"))
        }
        let ask = "import sys; print(sys.executable); print('Python', sys.version.split()[0])"
        guard let run = try? ChildProcess.run(python, ["-c", ask]) else {
            return .failure(BenchFailure("not measured: \(python) does not run"))
        }
        let lines = String(decoding: run.output, as: UTF8.self).split(separator: "\n").map(String.init)
        return .success((lines.first ?? python, lines.dropFirst().first ?? "python3"))
    }

    /// The sum of `part`'s totals over the sum of `whole`'s; 0 when `whole` sums to 0.
    private static func share(_ part: [String: Double], of whole: [String: Double]) -> Double {
        let sum = whole.values.reduce(0, +)
        return sum > 0 ? part.values.reduce(0, +) / sum : 0
    }

    /// The `city` and `total` columns of a CSV answer, by city; the header names the columns.
    private static func totals(csv: [UInt8]) -> [String: Double] {
        let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n")
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false),
            let city = header.firstIndex(of: "city"), let total = header.firstIndex(of: "total")
        else { return [:] }
        var totals: [String: Double] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > max(city, total), let value = Double(fields[total]) else { continue }
            totals[String(fields[city])] = value
        }
        return totals
    }
}
