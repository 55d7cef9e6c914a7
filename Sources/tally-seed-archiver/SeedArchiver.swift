import ReportKit
import TallySeeds

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The build step of the SeedArchive plugin: parses `BundledSeeds.files` as tally would at launch
/// and writes the corpus, archived, as a Swift source file defining `seedCorpusArchive`.
/// A seed that does not parse fails the build.
@main
enum SeedArchiver {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 1, let path = arguments.first else {
            fail("usage: tally-seed-archiver OUTPUT.swift")
        }
        var documents: [ParsedDocument] = []
        for result in ReportLoader.parse(BundledSeeds.files) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let diagnostic): fail(diagnostic.rendered(color: false))
            }
        }
        save(source(archive: Corpus(documents).archived()), to: path)
    }

    /// The Swift source holding `archive` as a byte array literal.
    static func source(archive: [UInt8]) -> String {
        var text = "// Written by tally-seed-archiver (the SeedArchive plugin) at build time; do not edit.\n\n"
        text += "/// The bundled seeds as `Corpus.archived()` wrote them.\n"
        text += "let seedCorpusArchive: [UInt8] = [\n"
        let digits = Array("0123456789abcdef".utf8)
        var line: [UInt8] = []
        for (index, byte) in archive.enumerated() {
            line += Array("0x".utf8) + [digits[Int(byte >> 4)], digits[Int(byte & 15)]] + Array(",".utf8)
            if index % 16 == 15 || index == archive.count - 1 {
                text += "    " + String(decoding: line, as: UTF8.self) + "\n"
                line.removeAll(keepingCapacity: true)
            }
        }
        return text + "]\n"
    }

    /// Writes `text` to `path`, replacing it.
    static func save(_ text: String, to path: String) {
        guard let file = fopen(path, "w") else { fail("cannot write \(path)") }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count else { fail("cannot write \(path)") }
    }

    /// Writes `message` to standard error and ends the process, failing the build.
    static func fail(_ message: String) -> Never {
        let line = Array(("tally-seed-archiver: " + message + "\n").utf8)
        _ = write(STDERR_FILENO, line, line.count)
        exit(1)
    }
}
