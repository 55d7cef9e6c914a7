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

/// The bundled seed report `count` times over, named `seed-N.txt`, copy N with N more line breaks at
/// its end so that each is a file of its own (the same bytes twice load once): `count` × 102
/// measures, for results that take many chunks to write.
public func seedCopies(_ count: Int) -> [(name: String, bytes: [UInt8])] {
    let bytes = BundledSeeds.files[0].bytes
    return (0..<count).map { copy in
        ("seed-\(copy).txt", bytes + [UInt8](repeating: 0x0A, count: copy))
    }
}

/// A corpus of `seedCopies(count)`.
public func seedCopiesCorpus(_ count: Int) -> Corpus {
    Corpus(ReportLoader.parse(seedCopies(count)).compactMap { try? $0.get() })
}
