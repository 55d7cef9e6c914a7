import ReportKit
import TallySeeds

/// Loads the reports a command works on: the bundled seeds, or the files and folders named.
enum Loading {
    /// A corpus and the files that could not be loaded.
    struct Loaded {
        var corpus: Corpus
        var failures: [Diagnostic]
    }

    /// The seeds compiled into the binary.
    static func bundledSeeds() -> Loaded {
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

    /// Files and folders from the command line.
    static func paths(_ paths: [String]) -> Loaded {
        let outcome = ReportLoader.load(paths: paths)
        return Loaded(corpus: outcome.corpus, failures: outcome.failures)
    }
}
