/// The command line of `tally-bench`.
struct BenchOptions: Sendable {
    /// The corpus sizes to measure, smallest first.
    var sizes: [Int] = []
    /// Print only the JSON.
    var json = false
    /// Also write the JSON to this file.
    var output: String?
    /// Also write the results as a Markdown page (docs/PERFORMANCE.md) to this file.
    var markdown: String?
    /// Keep the corpus folders instead of deleting them.
    var keep = false
    /// Repetitions of the parse and load measurements (the median is reported).
    var runs = 3
    /// Repetitions of each query.
    var queryRuns = 20
    /// Repetitions of the start-up measurement.
    var startupRuns = 20
    /// The corpus seed number.
    var seed = CorpusGenerator.defaultSeed
    /// The `tally` binary whose start-up is timed.
    var tally = StartupTiming.defaultExecutable()
    /// Only write the corpus of the first size to this folder and stop.
    var generate: String?
    /// Only generate the corpus and parse it once on one core (a quiet run for callgrind or perf).
    var profileParse = false
    /// Only generate the corpus, parse it in memory and time the queries (work on the query engine).
    var queriesOnly = false
    /// Only score the answer keys in this fixtures folder (`keys/` and `reports/` inside) and stop.
    var keys: String?
    /// Only load this folder and print what the corpus costs in memory (the benchmark runs itself so,
    /// to measure a load in a fresh process).
    var loadMemory: String?
    /// With `keys`: also print every disagreement.
    var misses = false
    /// Show the usage and stop.
    var help = false
    /// The arguments as given, for the page that says how it was made.
    var arguments: [String] = []

    /// The default size, and the two sizes `--large` runs.
    static let defaultSizes = [1_000]
    static let largeSizes = [1_000, 10_000]

    /// How to call the command.
    static let usage = """
        usage: tally-bench [--documents N]... [--large] [--json] [--output FILE] [--markdown FILE] [--keep]
                           [--runs N] [--query-runs N] [--startup-runs N] [--seed N] [--tally PATH]
                           [--profile-parse] [--queries-only] [--generate FOLDER] [--keys [FOLDER] [--misses]]
                           [--load-memory FOLDER]

        Generates a deterministic synthetic corpus from the bundled seed report in a temporary folder
        and measures parse throughput, load time, memory, extraction recall and precision, start-up,
        query times, and tally end to end beside a Python regex extractor (when python3 is on PATH);
        run from the repository, it also scores the answer keys of real reports in Tests/Fixtures.
        By default 1,000 documents (about 21 MB).

          --documents N     measure a corpus of N documents (repeat for several sizes)
          --large           measure 1,000 and 10,000 documents (about 210 MB) and the growth between
          --json            print only the results as JSON
          --output FILE     also write the JSON to FILE
          --markdown FILE   also write the results as a Markdown page to FILE (docs/PERFORMANCE.md)
          --keep            keep the corpus folders (their paths are printed)
          --runs N          passes of each parse and load measurement, median reported (default 3)
          --query-runs N    runs of each query (default 20)
          --startup-runs N  runs of the start-up measurement (default 20)
          --seed N          the corpus seed number (decimal or 0x hex)
          --tally PATH      the tally binary to time (default: the one beside tally-bench)
          --profile-parse   only generate the corpus in memory and parse it once on one core, for
                            valgrind --tool=callgrind or perf (nothing else runs)
          --queries-only    only generate the corpus (the first size), parse it in memory and time the
                            queries, for work on the query engine
          --generate FOLDER write the corpus (the first size) to FOLDER and stop, to try tally on it:
                            tally --data FOLDER
          --keys [FOLDER]   only score tally on the hand-checked answer keys of real reports in
                            FOLDER (default Tests/Fixtures: keys/ and reports/): recall, precision,
                            and agreement of value, unit, subject, change, period, target, structure
          --misses          with --keys, also list every figure missed, added or read differently
          --load-memory FOLDER
                            only load FOLDER and print its corpus's memory as name=value fields (the
                            benchmark runs itself so, to measure a load in a fresh process)
        """

    /// Reads the arguments (without the program name).
    static func parse(_ arguments: [String]) throws(BenchFailure) -> BenchOptions {
        var options = BenchOptions()
        options.arguments = arguments
        var large = false
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--documents": options.sizes.append(try count(argument, rest.popFirst(), minimum: 1))
            case "--large": large = true
            case "--json": options.json = true
            case "--output": options.output = try text(argument, rest.popFirst())
            case "--markdown": options.markdown = try text(argument, rest.popFirst())
            case "--keep": options.keep = true
            case "--runs": options.runs = try count(argument, rest.popFirst(), minimum: 1)
            case "--query-runs": options.queryRuns = try count(argument, rest.popFirst(), minimum: 1)
            case "--startup-runs": options.startupRuns = try count(argument, rest.popFirst(), minimum: 0)
            case "--seed": options.seed = try seed(rest.popFirst())
            case "--tally": options.tally = try text(argument, rest.popFirst())
            case "--profile-parse": options.profileParse = true
            case "--queries-only": options.queriesOnly = true
            case "--generate": options.generate = try text(argument, rest.popFirst())
            case "--keys":
                options.keys = rest.first.map { $0.hasPrefix("--") } == false ? rest.popFirst() : "Tests/Fixtures"
            case "--misses": options.misses = true
            case "--load-memory": options.loadMemory = try text(argument, rest.popFirst())
            case "-h", "--help": options.help = true
            default: throw BenchFailure("unknown option '\(argument)'")
            }
        }
        if large { options.sizes += largeSizes }
        if options.sizes.isEmpty { options.sizes = defaultSizes }
        options.sizes = Array(Set(options.sizes)).sorted()
        return options
    }

    private static func text(_ option: String, _ value: String?) throws(BenchFailure) -> String {
        guard let value, !value.isEmpty else { throw BenchFailure("\(option) needs a value") }
        return value
    }

    private static func count(_ option: String, _ value: String?, minimum: Int) throws(BenchFailure) -> Int {
        guard let value, let number = Int(value.replacingUnderscores()), number >= minimum else {
            throw BenchFailure("\(option) needs a whole number of at least \(minimum)")
        }
        return number
    }

    private static func seed(_ value: String?) throws(BenchFailure) -> UInt64 {
        guard let value else { throw BenchFailure("--seed needs a number") }
        let digits = value.replacingUnderscores()
        let parsed = digits.hasPrefix("0x") ? UInt64(digits.dropFirst(2), radix: 16) : UInt64(digits)
        guard let parsed else { throw BenchFailure("--seed needs a decimal or 0x hexadecimal number") }
        return parsed
    }
}

extension String {
    /// The string without `_` and `,`, so `10_000` and `10,000` read as numbers.
    fileprivate func replacingUnderscores() -> String { filter { $0 != "_" && $0 != "," } }
}
