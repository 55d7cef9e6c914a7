import ReportKit

/// Runs every measurement at every size the options ask for.
struct Benchmark {
    let options: BenchOptions

    /// Start-up first (on a quiet machine), then each size in turn.
    func run() throws(BenchFailure) -> BenchResult {
        let machine = MachineInfo.current()
        let template = try SeedTemplate.bundled()
        var startup: Result<StartupTiming, BenchFailure>
        if options.startupRuns > 0 {
            let sqlite = StartupTiming.sqliteOnPath()
            Progress.say(
                "timing start-up of \(options.tally)\(sqlite.map { " and \($0)" } ?? "") (\(options.startupRuns) runs)")
            do throws(BenchFailure) {
                startup = .success(
                    try StartupTiming.run(executable: options.tally, sqlite: sqlite, runs: options.startupRuns))
            } catch {
                startup = .failure(error)
            }
        } else {
            startup = .failure(BenchFailure("not measured (--startup-runs 0)"))
        }
        var sizes: [SizeResult] = []
        for documents in options.sizes { sizes.append(try measure(documents: documents, template: template)) }
        Progress.say("scoring the answer keys of real reports in \(KeyScoring.defaultFixtures)")
        let keys = Result { () throws(BenchFailure) in try KeyScoring.scores(fixtures: KeyScoring.defaultFixtures) }
        return BenchResult(machine: machine, seed: options.seed, startup: startup, sizes: sizes, keys: keys)
    }

    /// Generates the smallest size in memory and parses it once on one core, for a profiler; returns
    /// one line saying what was parsed and how fast.
    func profileParse() throws(BenchFailure) -> String {
        let documents = options.sizes.first ?? BenchOptions.defaultSizes[0]
        let corpus = CorpusGenerator.generate(
            documents: documents, from: try SeedTemplate.bundled(), seed: options.seed)
        let parse = ParseThroughput.singleCore(corpus.files, runs: 1)
        return "parsed \(NumberText.grouped(documents)) documents (\(NumberText.megabytes(parse.bytes))), "
            + "\(NumberText.grouped(parse.measures)) measures, on one core in \(NumberText.fixed(parse.timings.median, 3)) s "
            + "(\(NumberText.fixed(parse.megabytesPerSecond, 1)) MB/s)"
    }

    /// Generates the smallest size in memory, parses it on all cores and times only the queries;
    /// returns their table.
    func queriesOnly() throws(BenchFailure) -> String {
        let documents = options.sizes.first ?? BenchOptions.defaultSizes[0]
        let generated = CorpusGenerator.generate(
            documents: documents, from: try SeedTemplate.bundled(), seed: options.seed)
        var parsed: [ParsedDocument] = []
        for case .success(let document) in ReportLoader.parse(generated.files) { parsed.append(document) }
        let corpus = Corpus(parsed)
        let queries = try QueryRunner.run(QueryTimings.issueFiveQueries, on: corpus, runs: options.queryRuns)
        return ResultTables.queryText(
            documents: documents, measures: corpus.measures.count, queries: queries.queries,
            prepareSeconds: queries.prepareSeconds)
    }

    /// Writes the corpus of the smallest size to `path` (created if missing); returns one line saying
    /// what was written.
    func generate(into path: String) throws(BenchFailure) -> String {
        let documents = options.sizes.first ?? BenchOptions.defaultSizes[0]
        let corpus = CorpusGenerator.generate(
            documents: documents, from: try SeedTemplate.bundled(), seed: options.seed)
        let folder = try ScratchFolder(at: path)
        for file in corpus.files { try folder.write(file.bytes, to: file.name) }
        return "wrote \(NumberText.grouped(documents)) documents (\(NumberText.megabytes(corpus.byteCount)), "
            + "\(NumberText.grouped(corpus.truth.count)) figures) to \(path)"
    }

    /// Every measurement on a corpus of `documents` documents.
    private func measure(documents: Int, template: SeedTemplate) throws(BenchFailure) -> SizeResult {
        Progress.say("generating \(NumberText.grouped(documents)) documents")
        var start = Clock.seconds()
        let corpus = CorpusGenerator.generate(documents: documents, from: template, seed: options.seed)
        let generateSeconds = Clock.seconds() - start
        let folder = try ScratchFolder()
        defer { if !options.keep { folder.remove() } }
        start = Clock.seconds()
        for file in corpus.files { try folder.write(file.bytes, to: file.name) }
        let writeSeconds = Clock.seconds() - start
        if options.keep { Progress.say("corpus kept in \(folder.path)") }

        Progress.say("parsing on one core (\(options.runs) passes)")
        let single = ParseThroughput.singleCore(corpus.files, runs: options.runs)
        Progress.say("parsing on all cores (\(options.runs) passes)")
        let parallel = ParseThroughput.allCores(corpus.files, runs: options.runs)
        Progress.say("loading \(folder.path) (\(options.runs) loads)")
        let (load, loaded) = try LoadTiming.run(folder: folder.path, runs: options.runs)
        Progress.say("timing tally and the Python extractor end to end (\(options.runs) runs each)")
        let endToEnd = Result { () throws(BenchFailure) in
            try EndToEndTiming.run(executable: options.tally, folder: folder.path, runs: options.runs)
        }
        Progress.say("checking extraction against the truth")
        let accuracy = ExtractionAccuracy(corpus: loaded, truth: corpus.truth, names: corpus.files.map(\.name))
        Progress.say("timing queries (\(options.queryRuns) runs each)")
        let queries = try QueryRunner.run(QueryTimings.issueFiveQueries, on: loaded, runs: options.queryRuns)
        Progress.say("exporting every measure to CSV (\(options.runs) runs)")
        let export = try ExportTiming.run(on: loaded, in: folder, runs: options.runs)
        Progress.say("building the series of 海拉尔区 for \(NumberText.grouped(documents)) documents across years")
        let years = try YearsCorpus.build(documents: documents)
        let yearsSize = YearsCorpusSize(
            documents: years.corpus.documents.count, districts: years.districts, measures: years.corpus.measures.count)
        Progress.say("timing queries across years (\(options.queryRuns) runs each)")
        let yearQueries = try QueryRunner.run(QueryTimings.yearQueries, on: years.corpus, runs: options.queryRuns)
        return SizeResult(
            documents: documents, bytes: corpus.byteCount, truthFigures: corpus.truth.count,
            generateSeconds: generateSeconds, writeSeconds: writeSeconds, keptFolder: options.keep ? folder.path : nil,
            parseSingleCore: single, parseAllCores: parallel, load: load, endToEnd: endToEnd, accuracy: accuracy,
            queryPrepareSeconds: queries.prepareSeconds, queries: queries.queries, export: export,
            yearsCorpus: yearsSize,
            yearQueries: yearQueries.queries)
    }
}

/// Progress lines on standard error, so standard output holds only the results.
enum Progress {
    /// Writes `tally-bench: message` and a newline to standard error.
    static func say(_ message: String) {
        StandardError.write("tally-bench: " + message + "\n")
    }
}
