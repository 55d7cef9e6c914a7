import ReportKit
import TallyQuery
import TallySeeds

/// The bundled seed report, parsed once for the whole test run.
public let seedCorpus: Corpus = {
    let parsed = ReportLoader.parse(BundledSeeds.files).compactMap { try? $0.get() }
    return Corpus(parsed)
}()

/// A new query session over the bundled seed report.
public func seedSession() -> Session {
    Session(corpus: seedCorpus)
}
