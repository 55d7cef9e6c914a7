import Foundation
import ReportKit
import TallyQuery
import TallyTestSupport
import Testing

@testable import TallyShell

/// Safe mode that holds: `.load` of a named folder reads no link leading out of it, `.safe on`
/// ends the writing begun before it (the history file, `.output`, `.once`), and scripts must be
/// regular files of at most 16 MB.
@Suite struct SafeModeHoldsTests {
    @Test func loadingANamedFolderSkipsALinkLeadingOut() throws {
        try withTemporaryFolder { root in
            try withTemporaryFolder { elsewhere in
                let reports = root.path + "/reports"
                try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
                try Data("合肥市报告\n全市建成养老助餐机构12个。\n".utf8).write(to: URL(fileURLWithPath: reports + "/a.txt"))
                try Data("秘密。\n".utf8).write(to: elsewhere.appendingPathComponent("secret.txt"))
                try FileManager.default.createSymbolicLink(
                    atPath: reports + "/notes.txt", withDestinationPath: elsewhere.path + "/secret.txt")
                let (shell, captured) = makeShell()
                shell.setUpSafeMode(namedPaths: [reports], on: true)
                #expect(shell.run(".load \(reports)") == .succeeded)
                let real = try #require(ReadRoots.realPath(elsewhere.path + "/secret.txt"))
                #expect(
                    captured.error
                        == "\(reports)/notes.txt:1:1: warning: skipped in safe mode: it leads to \(real), outside the paths named on the command line\n"
                )
                #expect(!shell.session.corpus.documents.contains { $0.name.hasSuffix("notes.txt") })
                #expect(shell.session.corpus.documents.contains { $0.name == reports + "/a.txt" })
            }
        }
    }

    @Test func safeOnClosesTheOutputFileAndResultsGoToTheScreen() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/out.csv"
            let (shell, captured) = makeShell()
            #expect(shell.run(".mode csv") == .succeeded)
            #expect(shell.run(".output \(path)") == .succeeded)
            #expect(shell.run("cities | select city | take 1") == .succeeded)
            #expect(shell.run(".safe on") == .succeeded)
            #expect(shell.run("cities | select city | take 2") == .succeeded)
            #expect(contents(path) == "city\n合肥\n")
            #expect(captured.output == "city\n合肥\n蚌埠\n")
            #expect(captured.error == "tally: safe mode is on: closed '.output \(path)'; results go to the screen\n")
            #expect(shell.outputFile == nil)
        }
    }

    @Test func safeOnDropsAWaitingOnceFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/once.csv"
            let (shell, captured) = makeShell()
            #expect(shell.run(".once \(path)") == .succeeded)
            #expect(shell.run(".safe on") == .succeeded)
            #expect(shell.run(".mode csv") == .succeeded)
            #expect(shell.run("cities | select city | take 1") == .succeeded)
            #expect(captured.output == "city\n合肥\n")
            #expect(
                captured.error
                    == "tally: safe mode is on: '.once \(path)' is dropped; the next result goes to the screen\n")
            #expect(contents(path) ?? "" == "")
        }
    }

    @Test func safeOnStopsSavingTheHistory() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/history"
            let history = HistoryFile(path: path)
            history.append("cities")
            let (shell, captured) = makeShell()
            shell.historyFile = history
            #expect(shell.run(".safe on") == .succeeded)
            history.append("units")
            #expect(shell.historyFile == nil)
            #expect(HistoryFile(path: path).load() == ["cities"])
            #expect(captured.error == "")
            // `.history` now lists this session's commands, not the file.
            #expect(shell.run(".history") == .succeeded)
            #expect(captured.output == "")
        }
    }

    @Test func aCommandOverTheHistoryEntryLimitRunsButIsNotSaved() {
        let (shell, captured) = makeShell()
        let long = "cities | where city == \"" + String(repeating: "合", count: 30_000) + "\""
        let reader = ScriptedReader(lines: long, "cities | take 1")
        _ = shell.runInteractive(reader: reader)
        #expect(reader.history == ["cities | take 1"])
        #expect(shell.enteredCommands == ["cities | take 1"])
        #expect(
            captured.error.hasPrefix(
                "(not saved in the history: the command is 87 KB, over the limit of 64 KB an entry)\n"))
    }

    @Test func theHistoryFileKeepsNoEntryOverTheLimit() throws {
        try withTemporaryFolder { folder in
            let history = HistoryFile(path: folder.path + "/history")
            history.append("cities")
            history.append(String(repeating: "x", count: HistoryFile.maximumEntryBytes + 1))
            history.append(String(repeating: "y", count: HistoryFile.maximumEntryBytes))
            #expect(history.load() == ["cities", String(repeating: "y", count: HistoryFile.maximumEntryBytes)])
        }
    }

    @Test func aHistoryFileOverTheLimitIsNeitherReadNorReplaced() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/history"
            try Data("_HiStOrY_V2_\n".utf8).write(to: URL(fileURLWithPath: path))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: UInt64(HistoryFile.maximumFileBytes + 1))
            try handle.close()
            var warnings: [String] = []
            let history = HistoryFile(path: path) { warnings.append($0) }
            #expect(history.load() == [])
            history.append("cities")
            #expect(
                warnings == [
                    "the history file \(path) is over 16 MB, the most tally reads; history will not be saved"
                ])
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            #expect(size == HistoryFile.maximumFileBytes + 1)
        }
    }

    // MARK: - Scripts are files

    @Test func readRefusesAFIFOWithoutWaitingForAWriter() throws {
        try withTemporaryFolder { folder in
            let fifo = folder.path + "/commands.tally"
            try SpecialFiles.fifo(at: fifo)
            let (shell, captured) = makeShell()
            #expect(shell.run(".read \(fifo)") == .failed)
            #expect(
                captured.error == """
                    <command>:1:7: error: cannot read \(fifo): not a file or folder
                    .read \(fifo)
                          ^\(String(repeating: "~", count: fifo.count - 1))

                    """)
        }
    }

    @Test func readRefusesADevice() throws {
        try withTemporaryFolder { folder in
            let device = folder.path + "/zero"
            do {
                try SpecialFiles.characterDevice(at: device, major: 1, minor: 5)
            } catch {
                // mknod needs root (or a file system that allows devices): nothing to test here.
                print("skipped: \(error)")
                return
            }
            let (shell, captured) = makeShell()
            #expect(shell.run(".read \(device)") == .failed)
            #expect(captured.error.hasPrefix("<command>:1:7: error: cannot read \(device): not a file or folder\n"))
        }
    }

    @Test func readRefusesAScriptOverSixteenMegabytes() throws {
        try withTemporaryFolder { folder in
            let path = folder.path + "/huge.tally"
            try Data().write(to: URL(fileURLWithPath: path))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            // Sparse: 17 MB long, no blocks written.
            try handle.truncate(atOffset: 17 << 20)
            try handle.close()
            let (shell, captured) = makeShell()
            #expect(shell.run(".read \(path)") == .failed)
            #expect(
                captured.error.hasPrefix(
                    "<command>:1:7: error: cannot read \(path): file is too large: 17 MB (tally reads files of up to 16 MB)\n"
                ))
            #expect(throws: ScriptFile.Failure.self) { try ScriptFile(path: path) }
            // At the limit the size is no reason to refuse (its zero bytes are: they are no text).
            try FileHandle(forWritingTo: URL(fileURLWithPath: path)).truncate(atOffset: 16 << 20)
            do throws(ScriptFile.Failure) {
                _ = try ScriptFile(path: path)
                Issue.record("a file of zero bytes is no script")
            } catch {
                #expect(!error.message.contains("too large"))
            }
        }
    }
}
