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

/// The six 海拉尔区 reports of `seeds/hailar/` (2012–2015, 2017, 2018), parsed once.
public let hailarCorpus: Corpus = {
    let documents = ReportLoader.parse(BundledSeeds.hailar).compactMap { try? $0.get() }
    return Corpus(documents)
}()

/// A fresh session over the 海拉尔区 series.
public func hailarSession() -> Session {
    Session(corpus: hailarCorpus)
}
