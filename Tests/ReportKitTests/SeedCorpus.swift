import ReportKit
import TallySeeds

/// The bundled seed report, parsed once per test.
enum SeedCorpus {
    static func load() throws -> Corpus {
        let parsed = try ReportLoader.parse(BundledSeeds.files).map { try $0.get() }
        return Corpus(parsed)
    }

    static func parsed() throws -> ParsedDocument {
        guard let seed = BundledSeeds.files.first else { throw SeedMissing() }
        return try ReportParser.parse(name: seed.name, bytes: seed.bytes).get()
    }

    struct SeedMissing: Error {}
}
