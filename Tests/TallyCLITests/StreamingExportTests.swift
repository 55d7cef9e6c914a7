import Foundation
import TallyTestSupport
import Testing

/// Every measure of 40 reports (4,080 rows, several 64 KB chunks) in the machine formats through
/// the real binary: to a pipe, to `.output` and `.once` files and from `tally parse`, the same
/// bytes each way; a device that fails the first chunk says so once.
@Suite("Streaming export")
struct StreamingExportTests {
    private let scratch = try! TemporaryFolder()

    /// The folder holding the 40 copies of the seed report.
    private var reports: String { scratch.url.appendingPathComponent("reports").path }

    init() throws {
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        for file in seedCopies(40) {
            try Data(file.bytes).write(to: URL(fileURLWithPath: reports + "/" + file.name))
        }
    }

    private func run(_ arguments: [String]) throws -> TallyProcess.Result {
        try TallyProcess.run(["--data", reports] + arguments, directory: scratch.url)
    }

    private func text(_ name: String) throws -> String {
        try String(contentsOfFile: scratch.url.appendingPathComponent(name).path, encoding: .utf8)
    }

    @Test("A pipe, an .output file and a .once file get the same bytes", arguments: ["csv", "tsv", "json", "jsonl"])
    func everyDestinationGetsTheSameBytes(format: String) throws {
        let piped = try run(["--format", format, "-c", "measures"])
        #expect(piped.status == 0, "\(piped.error)")
        #expect(piped.output.utf8.count > 3 * 64 * 1024)
        let files = try run([
            "-c", ".mode \(format)", "-c", ".output all.\(format)", "-c", "measures", "-c", ".once one.\(format)",
            "-c", "measures | format \(format)",
        ])
        #expect(files.status == 0, "\(files.error)")
        #expect(files.output.isEmpty && files.error.isEmpty)
        #expect(try text("all.\(format)") == piped.output)
        #expect(try text("one.\(format)") == piped.output)
        if format == "csv" || format == "jsonl" {
            let lines = piped.output.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == (format == "csv" ? 4_082 : 4_081))
        }
    }

    @Test("tally parse --format jsonl writes one object per measure, to a pipe as to a file")
    func parseJSONLines() throws {
        let parsed = try TallyProcess.run(["parse", "--format", "jsonl", reports], directory: scratch.url)
        #expect(parsed.status == 0, "\(parsed.error)")
        let lines = parsed.output.split(separator: "\n")
        #expect(lines.count == 4_080)
        let first = try JSONSerialization.jsonObject(with: Data(try #require(lines.first).utf8)) as? [String: Any]
        #expect(first?["raw"] is String)
        let filed = try TallyProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec '\(TallyProcess.executable.path)' parse --format jsonl '\(reports)' > parsed.jsonl"],
            directory: scratch.url)
        #expect(filed.status == 0, "\(filed.error)")
        #expect(try text("parsed.jsonl") == parsed.output)
    }

    @Test("A full device: one error line and exit status 1, however long the result")
    func fullDevice() throws {
        let full = scratch.url.appendingPathComponent("full").path
        try SpecialFiles.fullDevice(at: full)
        let result = try TallyProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec '\(TallyProcess.executable.path)' --data '\(reports)' --format csv -c measures > full"],
            directory: scratch.url)
        #expect(result.status == 1)
        #expect(result.error == "tally: error: cannot write standard output: no space left on device\n")
        let viaOutput = try run(["--format", "jsonl", "-c", ".output full", "-c", "measures"])
        #expect(viaOutput.status == 1)
        #expect(viaOutput.error == "tally: error: cannot write full: no space left on device\n")
    }
}
