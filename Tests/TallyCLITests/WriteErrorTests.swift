import Foundation
import TallyTestSupport
import Testing

/// Failed writes to standard output are errors: said on standard error, exit status 1.
@Suite("Write errors")
struct WriteErrorTests {
    /// Runs `tally ARGUMENTS` under /bin/sh with standard output sent by `redirection`.
    private func shell(_ arguments: String, redirection: String, in folder: URL) throws -> TallyProcess.Result {
        try TallyProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec '\(TallyProcess.executable.path)' \(arguments) \(redirection)"], directory: folder)
    }

    @Test("A full disk on standard output: the message, exit 1")
    func fullStandardOutput() throws {
        try withTemporaryFolder { folder in
            try SpecialFiles.fullDevice(at: folder.appendingPathComponent("full").path)
            let cities = try shell("-c cities", redirection: "> full", in: folder)
            #expect(cities.status == 1)
            #expect(cities.error == "tally: error: cannot write standard output: no space left on device\n")
            let parse = try shell("parse --format jsonl", redirection: "> full", in: folder)
            #expect(parse.status == 1)
            #expect(parse.error == "tally: error: cannot write standard output: no space left on device\n")
        }
    }

    @Test("A closed standard output: the message, exit 1")
    func closedStandardOutput() throws {
        try withTemporaryFolder { folder in
            let result = try shell("-c cities", redirection: ">&-", in: folder)
            #expect(result.status == 1)
            #expect(result.error == "tally: error: cannot write standard output: bad file descriptor\n")
        }
    }

    @Test("--bom and .mode csv --bom start CSV with one byte-order mark, on the screen and in a file")
    func byteOrderMark() throws {
        try withTemporaryFolder { folder in
            let screen = try TallyProcess.run(
                [
                    "--bom", "--format", "csv", "-c", "cities | select city | take 1", "-c",
                    "cities | select city | take 1",
                ],
                directory: folder)
            #expect(screen.status == 0)
            #expect(screen.output == "\u{FEFF}city\n合肥\ncity\n合肥\n")
            let file = try TallyProcess.run(
                ["-c", ".mode csv --bom", "-c", ".output excel.csv", "-c", "cities | select city | take 1"],
                directory: folder)
            #expect(file.status == 0)
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("excel.csv")))
            #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("city\n合肥\n".utf8))
            let wrong = try TallyProcess.run(["--bom", "--format", "json", "-c", "cities"], directory: folder)
            #expect(wrong.status == 2)
            #expect(wrong.error.contains("--bom goes with --format csv or tsv, not json"))
        }
    }
}
