import ReportKit
import TallySeedCorpus
import TallySeeds

/// Loads the reports a command works on: the bundled seeds, or the files and folders named.
enum Loading {
    /// A corpus, the files that could not be loaded and those safe mode skipped.
    struct Loaded {
        var corpus: Corpus
        var failures: [Diagnostic]
        var skipped: [Diagnostic] = []
    }

    /// The seeds compiled into the binary: the corpus the build made of them (`SeedCorpus`), or,
    /// should that archive not read back, the seeds parsed now.
    static func bundledSeeds() -> Loaded {
        if let corpus = SeedCorpus.corpus() { return Loaded(corpus: corpus, failures: []) }
        var documents: [ParsedDocument] = []
        var failures: [Diagnostic] = []
        for result in ReportLoader.parse(BundledSeeds.files) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        return Loaded(corpus: Corpus(documents), failures: failures)
    }

    /// Files and folders from the command line; with `roots` (safe mode) only what lies inside
    /// them. `shouldStop` (Ctrl-C) leaves the files not yet read unloaded.
    static func paths(
        _ paths: [String], within roots: ReadRoots? = nil, until shouldStop: () -> Bool = { false }
    ) -> Loaded {
        let outcome = ReportLoader.load(paths: paths, within: roots, until: shouldStop)
        return Loaded(corpus: outcome.corpus, failures: outcome.failures, skipped: outcome.skipped)
    }
}
