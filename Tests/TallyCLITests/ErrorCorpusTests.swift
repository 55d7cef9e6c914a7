import Foundation
import Testing

/// The golden corpus of error output in `Tests/Fixtures/errors`: every case's script run through the
/// real binary gives exactly the expected standard error and exit status.
@Suite struct ErrorCorpusTests {
    /// The folder of the cases.
    static let corpus = TallyProcess.repository.appendingPathComponent("Tests/Fixtures/errors")

    /// The names of the case folders, sorted.
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted()
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func standardErrorAndExitStatusAreAsExpected(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let arguments = try? String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8)
        let expectedError = try String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)
        let expectedStatus = try String(contentsOf: folder.appendingPathComponent("status"), encoding: .utf8)
        let result = try TallyProcess.run(
            ["--no-rc"] + (arguments.map { $0.split(separator: "\n").map(String.init) } ?? ["script.tally"]),
            directory: folder)
        #expect(result.error == expectedError, "\(name)")
        #expect(String(result.status) == expectedStatus.trimmingCharacters(in: .whitespacesAndNewlines), "\(name)")
    }
}
