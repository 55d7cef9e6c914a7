import Foundation
import TallyTestSupport
import Testing

/// The issue-14 reproductions through the real binary: `--safe` reads no link leading out of a
/// named folder, scripts must be regular files, and Ctrl-C stops a long `--data` load — script mode
/// exits 130, the shell stays at its prompt.
@Suite(.serialized) struct SafeModeCLITests {
    /// The folder of this suite's files, removed with the suite instance.
    private let scratch: TemporaryFolder
    /// A second folder, outside the first, for the files links lead to.
    private let elsewhere: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
        elsewhere = try TemporaryFolder()
    }

    @Test func safeModeReadsNoLinkLeadingOutOfANamedFolder() throws {
        let reports = scratch.url.appendingPathComponent("demo/reports").path
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TallyProcess.repository.appendingPathComponent("seeds/anhui-minzheng-2022-01-22.txt").path,
            toPath: reports + "/anhui.txt")
        let secret = elsewhere.url.appendingPathComponent("secret.txt").path
        try Data("root:x:0:0:秘密的一行。\n".utf8).write(to: URL(fileURLWithPath: secret))
        try FileManager.default.createSymbolicLink(atPath: reports + "/notes.txt", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: reports + "/root", withDestinationPath: "/")
        let real = URL(fileURLWithPath: secret).resolvingSymlinksInPath().path
        let query = "sentences | where doc ~ \"notes\" | take 2 | format csv"
        let result = try TallyProcess.run(
            ["--safe", "--data", "demo/reports", "-c", query], directory: scratch.url)
        #expect(result.status == 0)
        #expect(result.output == "city,section,heading,line,sentence\n")
        #expect(
            result.error == """
                demo/reports/notes.txt:1:1: warning: skipped in safe mode: it leads to \(real), outside the paths named on the command line
                demo/reports/root:1:1: warning: skipped in safe mode: it leads to /, outside the paths named on the command line

                """)
        // Without --safe the link is read: the test above can fail.
        try FileManager.default.removeItem(atPath: reports + "/root")
        let open = try TallyProcess.run(["--data", "demo/reports", "-c", query], directory: scratch.url)
        #expect(open.output.contains("秘密的一行"))
    }

    @Test func aFIFOScriptIsRefusedWithoutWaiting() throws {
        let fifo = scratch.url.appendingPathComponent("commands.tally").path
        try SpecialFiles.fifo(at: fifo)
        defer { unlink(fifo) }
        let result = try TallyProcess.run([fifo])
        #expect(result.status == 1)
        #expect(result.error == "tally: error: cannot read \(fifo): not a file or folder\n")
        let read = try TallyProcess.run(["-c", ".read \(fifo)"])
        #expect(read.status == 1)
        #expect(read.error.hasPrefix("<command>:1:7: error: cannot read \(fifo): not a file or folder\n"))
    }

    @Test func aDeviceScriptIsRefused() throws {
        let device = scratch.url.appendingPathComponent("zero").path
        do {
            try SpecialFiles.characterDevice(at: device, major: 1, minor: 5)
        } catch {
            // mknod needs root: without it there is no device to test with.
            print("skipped: \(error)")
            return
        }
        defer { unlink(device) }
        let result = try TallyProcess.run([device])
        #expect(result.status == 1)
        #expect(result.error == "tally: error: cannot read \(device): not a file or folder\n")
    }

    @Test func aSparseScriptOverSixteenMegabytesIsRefused() throws {
        let path = scratch.url.appendingPathComponent("huge.tally").path
        try Data().write(to: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let result = try TallyProcess.run([path])
        #expect(result.status == 1)
        #expect(
            result.error
                == "tally: error: cannot read \(path): file is too large: 100 MB (tally reads files of up to 16 MB)\n")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(1)))
    func safeOnInTheShellStopsTheHistoryAndClosesTheOutputFile() throws {
        let history = scratch.url.appendingPathComponent("safe-history").path
        let output = scratch.url.appendingPathComponent("out.csv").path
        let session = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc", width: 200, height: 30,
            environment: [
                "TALLY_HISTORY": history, "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
                "NO_COLOR": "1",
            ])
        let prompt = "tally (1 document, 2022)>"
        try session.waitFor(prompt)
        for command in [".mode csv", ".output \(output)", "cities | select city | take 1"] {
            try session.send(text: command)
            try session.press("Enter")
            try session.waitUntil("the prompt after \(command)") { $0.hasSuffix(command + "\n" + prompt) }
        }
        try session.send(text: ".safe on")
        try session.press("Enter")
        try session.waitFor("tally: safe mode is on: closed '.output \(output)'; results go to the screen\n\(prompt)")
        try session.send(text: "cities | select city | take 2")
        try session.press("Enter")
        try session.waitFor("city\n合肥\n蚌埠\n\(prompt)")
        try session.send(text: ".quit")
        try session.press("Enter")
        #expect(try session.waitForExit() == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "city\n合肥\n")
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("safe\\040on"))
        #expect(!saved.contains("take\\0402"))
        #expect(!saved.contains(".quit"))
    }

    // MARK: - Ctrl-C during a long load

    /// A generated corpus of 3,000 reports (about 70 MB), long enough to load that Ctrl-C comes in
    /// the middle; made once per suite instance.
    private func largeCorpus() throws -> String {
        let folder = scratch.url.appendingPathComponent("large").path
        let bench = TallyProcess.builtExecutable("tally-bench")
        let made = try TallyProcess.run(executable: bench, ["--documents", "3000", "--generate", folder])
        try #require(made.status == 0, "\(made.error)")
        return folder
    }

    /// `path:1:1: error: interrupted: N files were not loaded`: whether `line` is one, for some N.
    private func isNotLoadedLine(_ line: Substring, in folder: String) -> Bool {
        line.hasPrefix(folder + "/report-") && line.contains(".txt:1:1: error: interrupted: ")
            && line.hasSuffix(" files were not loaded")
    }

    @Test(.timeLimit(.minutes(2))) func ctrlCDuringTheDataLoadEndsAScriptWith130() throws {
        let folder = try largeCorpus()
        let outcome = CleanProcess.run(
            TallyProcess.executable.path, ["--data", folder, "-c", "measures | count"],
            environment: ["LANG": "C.UTF-8", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"], timeout: .seconds(60),
            interruptAfter: .seconds(1))
        #expect(outcome.status == 130)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first.map { isNotLoadedLine($0, in: folder) } == true, "\(outcome.output)")
        #expect(lines.last == "tally: interrupted")
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(2)))
    func ctrlCDuringTheStartUpLoadLeavesTheShellAtItsPrompt() throws {
        let folder = try largeCorpus()
        let session = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc --data '\(folder)'", width: 200, height: 30,
            environment: [
                "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
                "NO_COLOR": "1",
            ])
        Thread.sleep(forTimeInterval: 1)
        try session.press("C-c")
        let screen = try session.waitFor("files were not loaded", timeout: .seconds(30))
        let notLoaded = try #require(screen.split(separator: "\n").first { $0.contains("files were not loaded") })
        #expect(isNotLoadedLine(notLoaded.drop { $0 != "/" }, in: folder), "\(screen)")
        try session.waitUntil("the prompt") { $0.hasSuffix(" documents, 2022)>") }
        try session.send(text: "cities | count")
        try session.press("Enter")
        try session.waitUntil("the count and the prompt") { $0.contains("1 row\ntally (") && $0.hasSuffix("2022)>") }
        try session.send(text: ".quit")
        try session.press("Enter")
        #expect(try session.waitForExit() == 0)
    }
}
