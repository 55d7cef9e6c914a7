import ReportKit

/// Loading the corpus folder as `tally` does: list, read, decode and parse the files (in parallel),
/// then build the columnar `Corpus`. The files were just written, so they come from the page cache.
struct LoadTiming: Sendable {
    /// The duration of each load.
    var timings: Timings
    /// The documents loaded.
    var documents: Int
    /// The files that could not be loaded.
    var failures: [Diagnostic]
    /// The measures in the corpus.
    var measures: Int
    /// What the loaded corpus costs in memory.
    var memory: CorpusMemory

    /// Measures per second at the median load.
    var measuresPerSecond: Double { timings.median > 0 ? Double(measures) / timings.median : 0 }

    /// Loads `folder` `runs` times (at least once) and returns the corpus of the first load; the
    /// memory is that of one more load in a fresh process (see `CorpusMemory`).
    static func run(folder: String, runs: Int) throws(BenchFailure) -> (LoadTiming, Corpus) {
        let memory = try CorpusMemory.inFreshProcess(folder)
        let start = Clock.seconds()
        let (corpus, failures) = load(folder)
        var samples = [Clock.seconds() - start]
        if runs > 1 { samples += Timings.measure(runs: runs - 1) { _ = load(folder) }.samples }
        let timing = LoadTiming(
            timings: Timings(samples: samples), documents: corpus.documents.count, failures: failures,
            measures: corpus.measures.count, memory: memory)
        return (timing, corpus)
    }

    /// One load: the folder's files parsed in parallel, a batch at a time, into a corpus.
    private static func load(_ folder: String) -> (Corpus, [Diagnostic]) {
        let outcome = ReportLoader.load(paths: [folder])
        return (outcome.corpus, outcome.failures)
    }
}
