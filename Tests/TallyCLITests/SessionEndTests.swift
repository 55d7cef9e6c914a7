import Foundation
import TallyTestSupport
import Testing

/// How a shell session ends with an `.output` file open, in a real terminal (tmux): the file holds
/// every result after each command, and SIGHUP or SIGTERM leave it whole with no temporary file.
/// Also the history file as a link and as a device.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SessionEndTests {
    private let scratch: TemporaryFolder
    private var folder: String { scratch.url.path }

    init() throws {
        scratch = try TemporaryFolder()
    }

    private func startShell(history: String) throws -> TmuxSession {
        let session = try TmuxSession(
            // libedit passes SIGHUP and SIGTERM on to the whole process group (kill(0, …)) after
            // restoring the terminal, so the wrapping shell must survive them to print the exit status.
            command: "trap : HUP TERM; cd '\(folder)' && '\(TallyProcess.executable.path)'", width: 100, height: 40,
            environment: [
                "TALLY_HISTORY": history, "XDG_CONFIG_HOME": folder + "/config", "NO_COLOR": "1",
            ])
        try session.waitFor("tally (1 document, 2022)>")
        return session
    }

    private var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != "config" }.sorted()
    }

    private func text(_ name: String) -> String? {
        try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    @Test(
        "SIGHUP and SIGTERM: the file holds every result so far, whole, and nothing else is left",
        arguments: [
            (SIGHUP, "hup"), (SIGTERM, "term"),
        ])
    func signalEndsTheSession(signal: Int32, name: String) throws {
        let session = try startShell(history: folder + "/history-" + name)
        try session.send(text: ".output out-\(name).csv\r")
        try session.send(text: "cities | select city | take 2 | format csv\r")
        try session.send(text: "let done = cities\r")
        try session.waitFor("done: 5 rows")
        #expect(text("out-\(name).csv") == "city\n合肥\n蚌埠\n")
        try session.send(text: "cities | select speaker | take 1 | format csv\r")
        try session.send(text: "let again = cities\r")
        try session.waitFor("again: 5 rows")
        #expect(text("out-\(name).csv") == "city\n合肥\n蚌埠\nspeaker\n刘卫宝\n")
        kill(try session.commandProcessID, signal)
        #expect(try session.waitForExit() == 128 + signal)
        #expect(text("out-\(name).csv") == "city\n合肥\n蚌埠\nspeaker\n刘卫宝\n")
        #expect(!names.contains { $0.contains(".tally-") })
    }

    @Test("A history file that is a link stays a link; one that is a device stays a device")
    func historyThroughLinksAndDevices() throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/history-link", withDestinationPath: "history-real")
        let linked = try startShell(history: folder + "/history-link")
        try linked.send(text: "cities | take 1\r")
        try linked.waitFor("1 row")
        try linked.send(text: ".quit\r")
        #expect(try linked.waitForExit() == 0)
        #expect(SpecialFiles.kind(at: folder + "/history-link") == "link")
        #expect(text("history-real")?.contains("cities") == true)

        try SpecialFiles.nullDevice(at: folder + "/history-null")
        let device = try startShell(history: folder + "/history-null")
        try device.send(text: "cities | take 1\r")
        try device.waitFor("1 row")
        try device.send(text: ".quit\r")
        #expect(try device.waitForExit() == 0)
        #expect(SpecialFiles.kind(at: folder + "/history-null") == "character device")
        #expect(!(try device.screen()).contains("warning"))
    }
}
