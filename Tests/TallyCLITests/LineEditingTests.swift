import Foundation
import TallyTestSupport
import Testing

/// Editing Chinese at the prompt, in a real terminal (tmux): entries with a full-width space or
/// several lines kept whole in the history file, Ctrl-R searching for Chinese, and the cursor on a
/// wrapped line of Chinese. Every wait has a timeout.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LineEditingTests {
    private let scratch: TemporaryFolder
    private var historyPath: String { scratch.url.appendingPathComponent("history").path }
    private static let prompt = "tally (1 document, 2022)> "

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// tally in a new `width`×30 terminal, with its history file in the scratch folder.
    private func startShell(width: Int = 100) throws -> TmuxSession {
        let session = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc", width: width, height: 30,
            environment: [
                "NO_COLOR": "1", "TALLY_HISTORY": historyPath,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
        try session.waitFor("tally (1 document, 2022)>")
        return session
    }

    /// Types `command`, presses Enter and waits for `marker`.
    @discardableResult
    private func run(_ command: String, in shell: TmuxSession, until marker: String) throws -> String {
        try shell.send(text: command)
        try shell.press("Enter")
        return try shell.waitFor(marker)
    }

    /// Ends `shell` with Ctrl-D and checks it left cleanly.
    private func quit(_ shell: TmuxSession) throws {
        try shell.press("C-d")
        #expect(try shell.waitForExit() == 0)
    }

    /// Waits until the cursor is at column `x`, row `y` (0-based), or fails after five seconds.
    private func expectCursor(_ shell: TmuxSession, x: Int, y: Int, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(5))
        var position = (try shell.cursorX, try shell.cursorY)
        while position != (x, y) && clock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            position = (try shell.cursorX, try shell.cursorY)
        }
        #expect(
            position.0 == x && position.1 == y, "cursor at \(position), not (\(x), \(y))",
            sourceLocation: sourceLocation)
    }

    @Test("An entry with a full-width space, an emoji and a combining mark comes back whole after a restart")
    func fullWidthSpaceSurvivesARestart() throws {
        let command = "数据｜筛选　城市 == 合肥　且 类别 == 金额 # 👍🏽 e\u{301}"
        let first = try startShell()
        try run(command, in: first, until: "1 row")
        try quit(first)
        let saved = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(
            saved
                == "_HiStOrY_V2_\n数据｜筛选\\343\\200\\200城市\\040==\\040合肥\\343\\200\\200且\\040类别\\040==\\040金额\\040#\\040👍🏽\\040e\u{301}\n"
        )

        let second = try startShell()
        try second.press("Up")
        try second.waitFor(Self.prompt + "数据｜筛选　城市 == 合肥　且 类别 == 金额 # 👍🏽")
        try second.press("C-l")
        try second.press("Enter")
        let screen = try second.waitFor("1 row")
        #expect(screen.contains("│ 合肥 │ 1       │ 建设运营资金 │ 4,680万元 │"))
        #expect(!screen.contains("error"))
    }

    @Test("Ctrl-R with two Chinese characters finds the newest entry holding them, and Enter runs it")
    func controlRSearchesForChinese() throws {
        let shell = try startShell()
        try run("measures | where city == 合肥 | count", in: shell, until: "1 row")
        try run("cities | select city | take 2", in: shell, until: "2 rows")
        try shell.press("C-l")
        try shell.press("C-r")
        try shell.waitFor("(reverse-i-search)`':")
        try shell.send(text: "合肥")
        try shell.waitFor("(reverse-i-search)`合肥': measures | where city == 合肥 | count")
        // The search prompt takes 26 columns, "measures | where city == " 25: the cursor is on 合.
        try expectCursor(shell, x: 51, y: 0)
        try shell.send(text: "x")
        try shell.waitFor("(failing reverse-i-search)`合肥x': measures | where city == 合肥 | count")
        try shell.press("BSpace")
        try shell.waitFor("(reverse-i-search)`合肥': measures")
        try shell.press("Enter")
        let screen = try shell.waitFor("1 row")
        #expect(screen.hasPrefix(Self.prompt + "measures | where city == 合肥 | count\n┌───────┐"))
        #expect(screen.contains("│    15 │"))
        #expect(!screen.contains("reverse-i-search"))
    }

    @Test("Ctrl-R then Ctrl-G puts back the line being typed")
    func controlGCancelsTheSearch() throws {
        let shell = try startShell()
        try run("cities | select city | take 2", in: shell, until: "2 rows")
        try shell.press("C-l")
        try shell.send(text: "compare 安庆")
        try shell.press("C-r")
        try shell.send(text: "take")
        try shell.waitFor("(reverse-i-search)`take': cities | select city | take 2")
        try shell.press("C-g")
        try shell.waitUntil("the line as typed") { $0 == Self.prompt + "compare 安庆" }
        try expectCursor(shell, x: 26 + 12, y: 0)
    }

    @Test("On a line of Chinese wider than the window the cursor is drawn in the right cell")
    func cursorOnAWrappedChineseLine() throws {
        let shell = try startShell(width: 80)
        try shell.press("C-l")
        // 26 columns of prompt and 27 characters fill the first row; 23 go on the second.
        try shell.send(text: String(repeating: "合", count: 50))
        try shell.waitFor(String(repeating: "合", count: 23))
        try expectCursor(shell, x: 46, y: 1)
        try shell.press("Left", "Left", "Left")
        try expectCursor(shell, x: 40, y: 1)
        try shell.press(contentsOf: Array(repeating: "Left", count: 26))
        try expectCursor(shell, x: 68, y: 0)
        try shell.press("C-c")
        try shell.press("C-l")
        // With one column more, the 27th character does not fit in the last column and wraps.
        try shell.send(text: "a" + String(repeating: "合", count: 50))
        try shell.waitFor("\n" + String(repeating: "合", count: 24))
        try expectCursor(shell, x: 48, y: 1)
        try shell.press(contentsOf: Array(repeating: "Left", count: 25))
        try expectCursor(shell, x: 77, y: 0)
        try shell.press("Left")
        try expectCursor(shell, x: 75, y: 0)
    }

    @Test("A command typed over two lines is one history entry with its line break, and Up runs it again")
    func multiLineEntryKeepsItsLineBreak() throws {
        let first = try startShell()
        try first.send(text: "measures |")
        try first.press("Enter")
        try run("where city == 合肥 | count", in: first, until: "1 row")
        try quit(first)
        let saved = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(saved == "_HiStOrY_V2_\nmeasures\\040|\\012where\\040city\\040==\\040合肥\\040|\\040count\n")

        let second = try startShell()
        try second.press("C-l")
        try second.press("Up")
        try second.waitFor(Self.prompt + "measures |\nwhere city == 合肥 | count")
        try second.press("Enter")
        let screen = try second.waitFor("1 row")
        #expect(screen.contains("│    15 │"))
        try second.press("C-l")
        let listed = try run(".history", in: second, until: "2  .history\ntally")
        #expect(
            listed == Self.prompt
                + ".history\n1  measures |\n   where city == 合肥 | count\n2  .history\ntally (1 document, 2022)>")
    }

    @Test("A pasted statement over several lines, comments skipped, becomes one history entry")
    func pastedStatementIsOneEntry() throws {
        let shell = try startShell()
        try shell.paste("# the money of 合肥\nmeasures\n  | where city == 合肥\n  | count\n")
        try shell.waitFor("1 row")
        try shell.press("C-l")
        try shell.press("Up")
        try shell.waitUntil("the pasted statement recalled") {
            $0 == Self.prompt + "measures\n  | where city == 合肥\n  | count"
        }
    }

    @Test("A bracketed paste of several lines and statements is one history entry; Up runs it all again")
    func bracketedPasteIsOneEntry() throws {
        let shell = try startShell()
        try shell.paste(
            "# the money of 合肥\nmeasures\n  | where kind == money and\n    city == 合肥\n  | count\ncities | take 1 | select city\n",
            bracketed: true)
        let screen = try shell.waitFor("│ 合肥 │\n└──────┘\n1 row\ntally")
        #expect(
            screen.contains(
                Self.prompt + "# the money of 合肥\nmeasures\n  | where kind == money and\n    city == 合肥\n  | count\n"
                    + "cities | take 1 | select city\n┌───────┐\n│ count │\n├───────┤\n│     1 │\n"))
        let saved = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(
            saved
                == "_HiStOrY_V2_\n#\\040the\\040money\\040of\\040合肥\\012measures\\012\\040\\040|\\040where\\040kind"
                + "\\040==\\040money\\040and\\012\\040\\040\\040\\040city\\040==\\040合肥\\012\\040\\040|\\040count"
                + "\\012cities\\040|\\040take\\0401\\040|\\040select\\040city\n")
        try shell.press("C-l")
        try shell.press("Up")
        try shell.waitFor(Self.prompt + "# the money of 合肥\nmeasures\n")
        try shell.press("Enter")
        try shell.waitFor("│ 合肥 │\n└──────┘\n1 row\ntally")
    }

    @Test("A bracketed paste of one line without a line break waits in the line, to be edited and entered")
    func bracketedPasteOfOneLineWaits() throws {
        let shell = try startShell()
        try shell.press("C-l")
        try shell.paste("cities | take 1", bracketed: true)
        try shell.waitUntil("the pasted line") { $0 == Self.prompt + "cities | take 1" }
        try run(" | count", in: shell, until: "1 row")
        #expect(
            try shell.screen().hasPrefix(
                Self.prompt + "cities | take 1 | count\n┌───────┐\n│ count │\n├───────┤\n│     1 │"))
    }
}
