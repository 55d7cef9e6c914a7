import Foundation
import ReportKit
import TallyQuery
import TallyTestSupport
import Testing

@testable import TallyShell

/// Safe mode for scripts you did not write: no file written, nothing read outside the paths named
/// on the command line, no start-up file, and no way back once it is on.
@Suite struct SafeModeTests {
    /// A folder with `allowed/inner.tally`, `outside.tally` next to it, and a link inside `allowed`
    /// pointing out of it.
    private func folders() throws -> (root: URL, allowed: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-safe-\(UUID().uuidString)")
        let allowed = root.appendingPathComponent("allowed")
        try FileManager.default.createDirectory(at: allowed, withIntermediateDirectories: true)
        try Data("units | select unit | take 1 | format csv\n".utf8).write(
            to: allowed.appendingPathComponent("inner.tally"))
        try Data("cities | take 1 | format csv\n".utf8).write(to: root.appendingPathComponent("outside.tally"))
        try FileManager.default.createSymbolicLink(
            atPath: allowed.appendingPathComponent("escape.tally").path, withDestinationPath: "../outside.tally")
        return (root, allowed)
    }

    private func safeShell(namedPaths: [String]) -> (Shell, CapturedConsole) {
        let (shell, captured) = makeShell()
        shell.setUpSafeMode(namedPaths: namedPaths, on: true)
        return (shell, captured)
    }

    @Test func writingFilesIsRefused() throws {
        let (root, _) = try folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("out.csv").path
        let (shell, captured) = safeShell(namedPaths: [])
        #expect(shell.run(".output \(target)", origin: StatementOrigin(file: "x.tally", line: 3)) == .failed)
        #expect(shell.run(".once out.csv", origin: StatementOrigin(file: "x.tally", line: 4)) == .failed)
        #expect(shell.run(".output") == .succeeded)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(
            captured.error == """
                x.tally:3:9: error: '.output \(target)' would write a file: refused in safe mode
                .output \(target)
                        ^\(String(repeating: "~", count: target.unicodeScalars.count - 1))
                hint: safe mode writes no files; results stay on the screen
                x.tally:4:7: error: '.once out.csv' would write a file: refused in safe mode
                .once out.csv
                      ^~~~~~~
                hint: safe mode writes no files; results stay on the screen

                """)
    }

    @Test func readingOnlyInsideTheNamedPaths() throws {
        let (root, allowed) = try folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let (shell, captured) = safeShell(namedPaths: [allowed.path])
        #expect(shell.run(".read \(allowed.path)/inner.tally") == .succeeded)
        #expect(captured.output == "unit\n个\n")
        let outside = allowed.path + "/../outside.tally"
        #expect(shell.run(".read \(outside)") == .failed)
        #expect(shell.run(".read \(allowed.path)/escape.tally") == .failed)
        #expect(shell.run(".load \(allowed.path) /etc") == .failed)
        #expect(shell.run(".step \(root.path)/outside.tally") == .failed)
        let lines = captured.error.split(separator: "\n").filter { $0.contains("error:") }
        #expect(
            lines == [
                "<command>:1:7: error: '\(outside)' is not among the paths named on the command line: refused in safe mode",
                "<command>:1:7: error: '\(allowed.path)/escape.tally' is not among the paths named on the command line: refused in safe mode",
                "<command>:1:\(8 + allowed.path.unicodeScalars.count): error: '/etc' is not among the paths named on the command line: refused in safe mode",
                "<command>:1:7: error: '\(root.path)/outside.tally' is not among the paths named on the command line: refused in safe mode",
            ])
        #expect(
            captured.error.contains("hint: safe mode reads only the script files and --data paths given to tally\n"))
        #expect(captured.output == "unit\n个\n")
    }

    @Test func safeOnCannotBeTurnedOff() {
        let (shell, captured) = makeShell()
        shell.setUpSafeMode(namedPaths: [], on: false)
        #expect(shell.run(".safe") == .succeeded)
        #expect(shell.run(".safe off") == .succeeded)
        #expect(shell.run(".safe on") == .succeeded)
        #expect(shell.run(".safe") == .succeeded)
        #expect(shell.run(".safe off") == .failed)
        #expect(shell.safeMode.isOn)
        #expect(captured.output == "safe: off\nsafe: on\n")
        #expect(
            captured.error == """
                <command>:1:7: error: safe mode cannot be turned off
                .safe off
                      ^~~
                hint: it stays on until tally ends; start tally again without --safe

                """)
    }

    @Test func noStartupFileInSafeMode() throws {
        let (root, _) = try folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let startup = root.appendingPathComponent("tallyrc")
        try Data(".mode csv\n".utf8).write(to: startup)
        let (shell, _) = safeShell(namedPaths: [])
        shell.runStartupFile(at: startup.path)
        #expect(shell.settings.format == .table)
    }

    @Test func languageAndHarmlessCommandsStillRun() {
        let (shell, captured) = safeShell(namedPaths: [])
        #expect(shell.run(".mode csv") == .succeeded)
        #expect(shell.run("cities | select city | take 2") == .succeeded)
        #expect(captured.output == "city\n合肥\n蚌埠\n")
    }
}
