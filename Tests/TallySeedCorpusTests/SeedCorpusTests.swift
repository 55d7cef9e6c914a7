import ReportKit
import TallySeedCorpus
import TallySeeds
import Testing

/// The corpus the build archived for the bundled seeds is the corpus parsing them gives now, field
/// for field, and archives read back what was written.
@Suite struct SeedCorpusTests {
    /// The bundled seeds parsed now, as tally parsed them before the archive.
    private static func freshParse(_ files: [(name: String, bytes: [UInt8])]) throws -> Corpus {
        Corpus(try ReportLoader.parse(files).map { try $0.get() })
    }

    @Test func theArchivedSeedsAreAFreshParseInEveryField() throws {
        let archived = try #require(SeedCorpus.corpus())
        let fresh = try Self.freshParse(BundledSeeds.files)
        #expect(fresh.documents.count == BundledSeeds.files.count)
        #expect(fresh.measures.count > 0)
        #expect(Mismatches.between(archived, fresh) == [])
    }

    @Test func everyStoredPropertyIsCompared() throws {
        // The comparison walks every stored property (a new column is compared without being
        // named here): one changed figure, string or NaN is found.
        let fresh = try Self.freshParse(BundledSeeds.files)
        var bytes = fresh.archived()
        #expect(Mismatches.between(try Corpus(archive: bytes), fresh) == [])
        let name = Array(BundledSeeds.files[0].name.utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
        bytes[at] ^= 0x20
        let changed = try Corpus(archive: bytes)
        #expect(Mismatches.between(changed, fresh) == [".documents[0].name"])
    }

    @Test func aSeriesOfGB18030ReportsReadsBackAsWritten() throws {
        let corpus = try Self.freshParse(BundledSeeds.hailar)
        #expect(corpus.reports.count == BundledSeeds.hailar.count)
        #expect(Mismatches.between(try Corpus(archive: corpus.archived()), corpus) == [])
    }

    @Test func aDamagedArchiveIsAFailureNotACrash() throws {
        let bytes = try Self.freshParse(BundledSeeds.files).archived()
        for length in [0, 3, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ArchiveFailure.self) { try Corpus(archive: Array(bytes.prefix(length))) }
        }
        #expect(throws: ArchiveFailure.self) { try Corpus(archive: bytes + [0]) }
        #expect(throws: ArchiveFailure.self) { try Corpus(archive: Array("not an archive".utf8)) }
    }
}

/// The paths at which two values differ, found through their mirrors: every stored property of
/// every struct, element of every array and case of every enumeration. Doubles are compared by
/// their bits (so NaN equals NaN), dictionaries and sets as wholes.
enum Mismatches {
    static func between(_ left: Any, _ right: Any, at path: String = "") -> [String] {
        if let left = left as? Double, let right = right as? Double {
            return left.bitPattern == right.bitPattern ? [] : [path]
        }
        // Texts and integer columns as wholes: element by element would be slow.
        if let left = left as? [UInt8], let right = right as? [UInt8] { return left == right ? [] : [path] }
        if let left = left as? [Int32], let right = right as? [Int32] { return left == right ? [] : [path] }
        let leftMirror = Mirror(reflecting: left)
        let rightMirror = Mirror(reflecting: right)
        if leftMirror.displayStyle == .dictionary || leftMirror.displayStyle == .set
            || leftMirror.children.isEmpty
        {
            return leaf(left, right) ? [] : [path]
        }
        guard leftMirror.children.count == rightMirror.children.count else { return [path + " (count)"] }
        var found: [String] = []
        for (index, (leftChild, rightChild)) in zip(leftMirror.children, rightMirror.children).enumerated() {
            let name = leftChild.label.map { "." + $0 } ?? "[\(index)]"
            guard leftChild.label == rightChild.label else { return [path + name + " (label)"] }
            found += between(leftChild.value, rightChild.value, at: path + name)
        }
        return found
    }

    /// Two values without parts: equal as `AnyHashable` when they are hashable, else as written.
    private static func leaf(_ left: Any, _ right: Any) -> Bool {
        if let left = left as? AnyHashable, let right = right as? AnyHashable { return left == right }
        return String(reflecting: left) == String(reflecting: right)
    }
}
