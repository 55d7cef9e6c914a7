import Foundation
import TallyTestSupport
import Testing

/// Scripts nobody should write, run through the real binary: the exact message on standard error
/// and the documented exit status (0 success, 1 a failed command, 2 bad usage), never a crash or a
/// hang; and `--safe` for scripts you did not write.
@Suite struct HostileScriptTests {
    /// The folder of this test's files, removed with the suite instance.
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// Writes each file (bytes) into a new folder inside `scratch` and returns the folder.
    private func folder(with files: [String: [UInt8]]) throws -> URL {
        let folder = scratch.url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    private func folder(withScripts files: [String: String]) throws -> URL {
        try folder(with: files.mapValues { Array($0.utf8) })
    }

    @Test func aScriptThatReadsItselfIsRefused() throws {
        let folder = try folder(withScripts: [
            "self.tally": "cities | select city | take 1 | format csv\n.read self.tally\ncities\n",
            "a.tally": ".read b.tally\n",
            "b.tally": "units | select unit | take 1 | format csv\n.read ./a.tally\n",
        ])
        let direct = try TallyProcess.run(["self.tally"], directory: folder)
        #expect(direct.status == 1)
        #expect(direct.output == "city\n合肥\n")
        #expect(
            direct.error == """
                self.tally:2:7: error: '.read self.tally' would run self.tally again while it is running
                .read self.tally
                      ^~~~~~~~~~
                hint: a script cannot read itself, directly or through other scripts

                """)
        let cycle = try TallyProcess.run(["a.tally"], directory: folder)
        #expect(cycle.status == 1)
        #expect(cycle.output == "unit\n个\n")
        #expect(
            cycle.error == """
                b.tally:2:7: error: '.read ./a.tally' would run ./a.tally again while it is running
                .read ./a.tally
                      ^~~~~~~~~
                hint: a script cannot read itself, directly or through other scripts

                """)
    }

    @Test func anUnterminatedStringAtTheEndOfAScript() throws {
        let folder = try folder(withScripts: [
            "open.tally": "cities | select city | take 1 | format csv\nmeasures | where subject ~ \"养老"
        ])
        let result = try TallyProcess.run(["open.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.output == "city\n合肥\n")
        #expect(
            result.error == """
                open.tally:2:28: error: unterminated string
                measures | where subject ~ "养老
                                           ^~~~~
                hint: end the string with "

                """)
    }

    @Test func windowsLineEndsAndAByteOrderMark() throws {
        let script =
            "\u{FEFF}# totals\r\nmeasures\r\n  | where kind == money\r\n  | count by city\r\n  | format csv\r\n"
        let folder = try folder(withScripts: ["crlf.tally": script])
        let result = try TallyProcess.run(["crlf.tally"], directory: folder)
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(result.output == "city,count\n合肥,1\n蚌埠,6\n安庆,9\n")
    }

    @Test func aBinaryOrEmptyScript() throws {
        let folder = try folder(with: ["binary.tally": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], "empty.tally": []])
        let binary = try TallyProcess.run(["binary.tally"], directory: folder)
        #expect(binary.status == 1)
        #expect(
            binary.error == "tally: error: cannot read binary.tally: not a text file: binary data at byte offset 4\n")
        let empty = try TallyProcess.run(["empty.tally"], directory: folder)
        #expect(empty.status == 0)
        #expect(empty.output == "")
        #expect(empty.error == "")
    }

    @Test func hundredThousandParenthesesInAScript() throws {
        let folder = try folder(withScripts: [
            "deep.tally": "measures | where " + String(repeating: "(", count: 100_000) + "1\n"
        ])
        let result = try TallyProcess.run(["deep.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("deep.tally:1:274: error: expression nested too deeply\n…((((("))
        #expect(result.error.hasSuffix("hint: at most 256 levels of parentheses, 'not' and '-' are allowed\n"))
    }

    // MARK: - Safe mode

    @Test func safeModeRefusesWritingAndExitsOne() throws {
        let folder = try folder(withScripts: [
            "w.tally": ".output stolen.csv\ncities | select city | take 1 | format csv\n"
        ])
        let result = try TallyProcess.run(["--safe", "w.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(
            result.error == """
                w.tally:1:9: error: '.output stolen.csv' would write a file: refused in safe mode
                .output stolen.csv
                        ^~~~~~~~~~
                hint: safe mode writes no files; results stay on the screen

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("stolen.csv").path))
    }

    @Test func safeModeReadsOnlyWhatTheCommandLineNames() throws {
        let folder = try folder(withScripts: [
            "main.tally": ".read helper.tally\n.read other.tally\n",
            "helper.tally": "cities | select city | take 1 | format csv\n",
            "other.tally": "units\n",
        ])
        let result = try TallyProcess.run(["--safe", "main.tally", "helper.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.output == "city\n合肥\n")
        #expect(
            result.error == """
                main.tally:2:7: error: 'other.tally' is not among the paths named on the command line: refused in safe mode
                .read other.tally
                      ^~~~~~~~~~~
                hint: safe mode reads only the script files and --data paths given to tally

                """)
    }

    @Test func safeModeCannotBeTurnedOffByAScript() throws {
        let result = try TallyProcess.run(["-c", ".safe on", "-c", ".safe off", "-c", ".once x.csv"])
        #expect(result.status == 1)
        #expect(
            result.error == """
                -c 2:1:7: error: safe mode cannot be turned off
                .safe off
                      ^~~
                hint: it stays on until tally ends; start tally again without --safe

                """)
    }

    @Test func safeModeAllowsNoTranscript() throws {
        let result = try TallyProcess.run(["--safe", "--step", "a.tally", "--transcript", "t.md"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("Error: --transcript writes a file, which --safe does not allow\n"))
    }
}
