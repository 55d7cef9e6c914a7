import Foundation
import TallyTestSupport
import Testing

/// The interactive shell end to end, in a real terminal (tmux): typing Chinese, Tab, history across
/// restarts, Ctrl-C and Ctrl-D. Every wait has a timeout.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct InteractiveShellTests {
    /// A folder for this test's history and configuration, removed with the suite instance.
    private let scratch: TemporaryFolder
    private var home: URL { scratch.url }

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// tally started in a new terminal, with its history file and configuration folder in `home`.
    private func startShell(arguments: String = "") throws -> TmuxSession {
        let session = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' \(arguments)", width: 100, height: 40,
            environment: [
                "TALLY_HISTORY": home.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                "NO_COLOR": "1",
            ])
        try session.waitFor("tally (1 document, 2022)>")
        return session
    }

    @Test func theBannerAndPromptShowWhatIsLoaded() throws {
        let shell = try startShell()
        #expect(
            try shell.screen() == """
                tally — 5 reports in 1 document (2022): 合肥 蚌埠 阜阳 安庆 黄山 (102 figures). Type help to begin.
                tally (1 document, 2022)>
                """)
    }

    @Test func aQueryWithChineseShowsItsTable() throws {
        let shell = try startShell()
        try shell.send(text: "measures | where city == 合肥 and kind == money")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row\ntally (1 document, 2022)>")
        #expect(
            screen.contains(
                """
                tally (1 document, 2022)> measures | where city == 合肥 and kind == money
                ┌──────┬─────────┬──────────────┬───────────┬──────┬──────────┐
                │ city │ section │ subject      │     value │ unit │ raw      │
                ├──────┼─────────┼──────────────┼───────────┼──────┼──────────┤
                │ 合肥 │ 1       │ 建设运营资金 │ 4,680万元 │ 元   │ 4680万元 │
                └──────┴─────────┴──────────────┴───────────┴──────┴──────────┘
                1 row
                """))
    }

    @Test func tabCompletesACityAndAVerb() throws {
        let shell = try startShell()
        try shell.send(text: "compare 合肥, 安")
        try shell.press("Tab")
        try shell.waitFor("tally (1 document, 2022)> compare 合肥, 安庆")
        // The prompt takes 26 columns, "compare 合肥, 安庆 " 19 (a Chinese character takes two).
        #expect(try shell.cursorX == 45)
        try shell.press("C-c")
        try shell.send(text: "measures | wh")
        try shell.press("Tab")
        try shell.waitFor("tally (1 document, 2022)> measures | where")
        #expect(try shell.cursorX == 26 + 17)
        try shell.send(text: "city == 黄")
        try shell.press("Tab")
        try shell.send(text: "| select city, raw | take 1")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row")
        #expect(screen.contains("measures | where city == 黄山 | select city, raw | take 1\n"))
        #expect(screen.contains("│ 黄山 │ 105个 │"))
    }

    @Test func aMultiLineCommandUsesTheContinuationPrompt() throws {
        let shell = try startShell()
        try shell.send(text: "cities |")
        try shell.press("Enter")
        try shell.waitFor("\n                     ...>")
        try shell.send(text: "select city | take 1")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row\n")
        #expect(
            screen.contains(
                "tally (1 document, 2022)> cities |\n                     ...> select city | take 1\n┌──────┐"))
    }

    @Test func upRecallsTheLastCommandAfterARestart() throws {
        let first = try startShell()
        try first.send(text: "cities | select city | take 2")
        try first.press("Enter")
        try first.waitFor("2 rows")
        try first.press("C-d")
        #expect(try first.waitForExit() == 0)

        let second = try startShell()
        try second.press("Up")
        try second.waitFor("tally (1 document, 2022)> cities | select city | take 2")
        try second.press("Enter")
        try second.waitFor("2 rows")
    }

    @Test func controlCClearsTheLineAndTheShellKeepsRunning() throws {
        let shell = try startShell()
        try shell.send(text: "measures | where 城市 == 安")
        try shell.press("C-c")
        try shell.waitFor("tally (1 document, 2022)> measures | where 城市 == 安^C\ntally (1 document, 2022)>")
        try shell.send(text: "cities | select city | take 1")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row")
        #expect(screen.contains("tally (1 document, 2022)> cities | select city | take 1\n┌──────┐"))
        try shell.press("C-c")
        try shell.press("C-c")
        try shell.send(text: ".quit")
        try shell.press("Enter")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func controlDOnAnEmptyLineExitsZero() throws {
        let shell = try startShell()
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func theStartUpFileRunsFirstUnlessNoRC() throws {
        let config = home.appendingPathComponent("config/tally")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data(".mode csv\nlet first = cities | select city | take 1\n".utf8)
            .write(to: config.appendingPathComponent("tallyrc"))
        let shell = try startShell()
        try shell.send(text: "first")
        try shell.press("Enter")
        try shell.waitFor("first\ncity\n合肥\n")

        let plain = try startShell(arguments: "--no-rc")
        try plain.send(text: "first")
        try plain.press("Enter")
        try plain.waitFor("error: unknown name 'first'")
    }
}
