import Foundation
import Testing

/// Every saved analysis in `scripts/` runs through the real binary and prints exactly its expected
/// output (`scripts/NAME.expected`, made with `tally --echo scripts/NAME.tally`, and the errors it
/// shows on purpose in `scripts/NAME.stderr`), so the examples never rot.
@Suite struct ScriptExamplesTests {
    /// The script files, by name.
    static let scripts: [String] = {
        let folder = TallyProcess.repository.appendingPathComponent("scripts").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".tally") }.sorted()
    }()

    @Test func theRequiredExamplesExist() {
        for name in ["tour.tally", "导览.tally", "totals-by-city.tally", "compare-two-cities.tally", "search.tally"] {
            #expect(Self.scripts.contains(name))
        }
    }

    @Test(arguments: scripts)
    func scriptPrintsItsExpectedOutput(_ name: String) throws {
        let script = "scripts/" + name
        let expectedPath = TallyProcess.repository.appendingPathComponent(
            "scripts/" + name.dropLast(".tally".count) + ".expected")
        let expected = try String(contentsOf: expectedPath, encoding: .utf8)
        // A script that shows errors on purpose (`#!error`) has them in NAME.stderr.
        let errors = try? String(
            contentsOf: expectedPath.deletingPathExtension().appendingPathExtension("stderr"), encoding: .utf8)
        let result = try TallyProcess.run(
            ["--echo", script], environment: ["COLUMNS": ""], directory: TallyProcess.repository)
        #expect(result.error == errors ?? "")
        #expect(result.status == 0)
        #expect(
            result.output == expected, "regenerate with: tally --echo \(script) > \(expectedPath.path), then read it")
    }

    @Test(arguments: ["tour.tally", "导览.tally"])
    func theTourCommentsEveryStep(_ name: String) throws {
        let path = TallyProcess.repository.appendingPathComponent("scripts/" + name)
        let lines = try String(contentsOf: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { $0.trimmingCharacters(in: .whitespaces) }
        // Commands come in blocks right under their comment: none may follow a blank line.
        for index in lines.indices.dropFirst() where !lines[index].isEmpty && !lines[index].hasPrefix("#") {
            #expect(
                !lines[index - 1].isEmpty, "line \(index + 1) of \(name) has no comment above it: \(lines[index])")
        }
    }
}
