import Foundation
import TallyTestSupport
import Testing

/// Reports, scripts and file names that try to control the terminal (set its title, clear the screen,
/// hide text, write the clipboard, reverse text), through the real binary: on screen every control is a
/// visible escape (`\e`, `\x9B`, `\u{202E}`); machine formats to a file or pipe keep their bytes.
@Suite("Terminal sanitising")
struct TerminalSanitisingTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
        try HostileReports.write(in: scratch.url)
    }

    private func run(_ arguments: [String], input: String = "") throws -> TallyProcess.Result {
        try TallyProcess.run(arguments, input: input, directory: scratch.url)
    }

    @Test("find: a heading that sets the title and sentences that clear, hide, copy and reverse show as escapes")
    func findHits() throws {
        let result = try run(["--data", "hostile.txt", "-c", "find 增长"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(
            result.output == """
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 5
                  生产总值增长5.2%\\e[2J\\e[H，就业增加1.2万人\\e[8m。
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 6
                  cHduZWQ=\\x07，投资增长6%\\x9B31m。
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 7
                  居民收入增长4%\\u{202E}。
                3 sentences

                """)
    }

    @Test("A table shows the escapes and stays aligned by their printed width")
    func table() throws {
        let result = try run(["--data", "hostile.txt", "-c", "sentences | select heading, sentence"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                ┌───────────────────────┬───────────────────────────────────────────────────┐
                │ heading               │ sentence                                          │
                ├───────────────────────┼───────────────────────────────────────────────────┤
                │ 工作\\e]2;PWNED\\e\\回顾 │ 工作\\e]2;                                         │
                │ 工作\\e]2;PWNED\\e\\回顾 │ PWNED\\e\\回顾                                      │
                │ 工作\\e]2;PWNED\\e\\回顾 │ 生产总值增长5.2%\\e[2J\\e[H，就业增加1.2万人\\e[8m。 │
                │ 工作\\e]2;PWNED\\e\\回顾 │ 财政收入30亿元\\e]52;                              │
                │ 工作\\e]2;PWNED\\e\\回顾 │ c;                                                │
                │ 工作\\e]2;PWNED\\e\\回顾 │ cHduZWQ=\\x07，投资增长6%\\x9B31m。                 │
                │ 工作\\e]2;PWNED\\e\\回顾 │ 居民收入增长4%\\u{202E}。                          │
                └───────────────────────┴───────────────────────────────────────────────────┘
                7 rows

                """)
    }

    @Test("An expanded record shows the escapes")
    func expandedRecord() throws {
        let result = try run([
            "--data", "hostile.txt", "-c", ".expanded on", "-c",
            "sentences | where line == 7 | select heading, sentence",
        ])
        #expect(result.status == 0)
        #expect(
            result.output == """
                ─[ 1 ]─────────────────────────
                heading  │ 工作\\e]2;PWNED\\e\\回顾
                sentence │ 居民收入增长4%\\u{202E}。
                1 row

                """)
    }

    @Test("CSV and JSON to a pipe are byte-exact: CSV keeps the controls, JSON escapes them as before")
    func machineFormatsToAPipe() throws {
        let csv = try run(["--data", "hostile.txt", "-c", "sentences | select sentence | format csv"])
        #expect(csv.status == 0)
        #expect(
            csv.output == "sentence\n工作\u{1B}]2;\nPWNED\u{1B}\\回顾\n生产总值增长5.2%\u{1B}[2J\u{1B}[H，就业增加1.2万人\u{1B}[8m。\n"
                + "财政收入30亿元\u{1B}]52;\nc;\ncHduZWQ=\u{07}，投资增长6%\u{9B}31m。\n居民收入增长4%\u{202E}。\n")
        let json = try run(["--data", "hostile.txt", "-c", "sentences | select sentence | take 1 | format jsonl"])
        #expect(json.output == "{\"sentence\":\"工作\\u001b]2;\"}\n")
    }

    @Test("HTML numeric entities (&#x1b; &#27; &#x9b; &#x202e;) decode to controls that show as escapes")
    func htmlEntities() throws {
        let result = try run(["--data", "hostile.html", "-c", "find 增长"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                测试 · 1 发展\\e]2;PWNED\\x07目标 · line 6
                  粮食产量增长3%\\e[2J\\e[8m，外贸增长2%\\x9B31m\\u{202E}。
                1 sentence

                """)
    }

    @Test("--echo shows a script's ESC as \\e; the diagnostic echoes the line with the caret under the escape")
    func echoAndDiagnostic() throws {
        let result = try run(["--data", "hostile.txt", "--echo", "esc.tally"])
        #expect(result.status == 1)
        #expect(
            result.output == """
                tally> sentences | where sentence ~ "\\e[2J" | select line
                ┌──────┐
                │ line │
                ├──────┤
                │    5 │
                └──────┘
                1 row
                tally> measures | where cty\\e[8m == 1

                """)
        #expect(
            result.error == """
                esc.tally:2:21: error: unexpected character '\\e'
                measures | where cty\\e[8m == 1
                                    ^~

                """)
    }

    @Test("A file name with controls in an error message shows them as escapes")
    func fileNames() throws {
        let missing = try run(["--data", "hostile.txt", "no\u{1B}]2;PWNED\u{07}such.tally"])
        #expect(missing.status == 1)
        #expect(missing.output == "")
        #expect(missing.error == "tally: error: cannot read no\\e]2;PWNED\\x07such.tally: no such file or directory\n")
        let read = try run(["--data", "hostile.txt", "-c", ".read x\u{1B}[2J.tally"])
        #expect(read.status == 1)
        #expect(
            read.error == """
                <command>:1:7: error: cannot read x\\e[2J.tally: no such file or directory
                .read x\\e[2J.tally
                      ^~~~~~~~~~~~

                """)
    }

    @Test("A usage error quoting an argument with controls shows them as escapes")
    func usageError() throws {
        let result = try run(["--x\u{1B}[2J"])
        #expect(result.status == 2)
        #expect(result.error.split(separator: "\n").first == "Error: Unknown option '--x\\e[2J'")
        #expect(!result.error.contains("\u{1B}"))
    }

    @Test("Loading: a missing --data path, a file that is no report and an .unload target show escapes")
    func loadingErrors() throws {
        let missing = try run(["--data", "gone\u{1B}]2;X\u{07}.txt", "-c", "cities"])
        #expect(missing.status == 1)
        #expect(
            missing.error == """
                gone\\e]2;X\\x07.txt:1:1: error: cannot open: no such file or directory
                tally: error: no reports were loaded

                """)
        try Data("not a report\n".utf8).write(to: scratch.url.appendingPathComponent("x\u{1B}[2J.txt"))
        let notReport = try run(["--data", "hostile.txt", "-c", ".load x\u{1B}[2J.txt"])
        #expect(notReport.status == 1)
        #expect(notReport.output == "loaded 0 documents: 0 reports, 0 figures; in all 1 document (2023)\n")
        #expect(
            notReport.error
                == "x\\e[2J.txt:1:1: error: no report found: the file holds only site boilerplate or metadata\n")
        let unload = try run(["--data", "hostile.txt", "-c", ".unload gone\u{1B}[8m"])
        #expect(unload.status == 1)
        #expect(
            unload.error == """
                <command>:1:9: error: nothing to unload: 'gone\\e[8m' is neither a loaded document nor a place with reports
                .unload gone\\e[8m
                        ^~~~~~~~~
                hint: .reports lists what is loaded; name a file as it was loaded, or a place

                """)
    }

    @Test("A file loaded twice under a name with controls is named with escapes")
    func loadingLines() throws {
        try FileManager.default.copyItem(
            at: scratch.url.appendingPathComponent("hostile.txt"),
            to: scratch.url.appendingPathComponent("copy\u{1B}[8m.txt"))
        let result = try run(["--data", "hostile.txt", "-c", ".load copy\u{1B}[8m.txt"])
        #expect(result.status == 0)
        #expect(result.output == "already loaded: copy\\e[8m.txt (the same bytes are loaded; nothing added)\n")
    }

    @Test("Step mode typing out a command shows its controls as escapes")
    func stepTyping() throws {
        let result = try run(["--data", "hostile.txt", "--step", "esc.tally", "--typing", "1"], input: "\n")
        #expect(result.status == 0)
        #expect(
            result.output == """
                Stepping through esc.tally: 2 steps; Enter runs one, ? lists the keys.

                ── step 1 of 2 ──
                tally> sentences | where sentence ~ "\\e[2J" | select line
                ┌──────┐
                │ line │
                ├──────┤
                │    5 │
                └──────┘
                1 row

                ── step 2 of 2 ──
                Stopped stepping through esc.tally.

                """)
    }

    @Test("Step mode shows a title and narration with controls as escapes")
    func stepNarration() throws {
        let result = try run(["--data", "hostile.txt", "--step", "walk.tally"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(
            result.output == """
                Stepping through walk.tally: 1 step; Enter runs one, ? lists the keys.

                ── step 1 of 1 · 第一步\\e]2;PWNED\\e\\ ──
                看\\e[2J清屏
                tally> cities | select city | format csv
                Stopped stepping through walk.tally.

                """)
    }
}

/// The same on a real terminal (tmux): the title stays tmux's own, nothing is cleared or hidden, and
/// CSV shown on the terminal has its controls as escapes.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalSanitisingScreenTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
        try HostileReports.write(in: scratch.url)
    }

    @Test("find, CSV and .once to the terminal: the screen shows every escape and the title is not set")
    func findAndCSVOnATerminal() throws {
        let tally = TallyProcess.executable.path
        // A link to tally's own standard output, the terminal: `.once` writes there directly.
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("screen").path, withDestinationPath: "/proc/self/fd/1")
        let session = try TmuxSession(
            command: "cd '\(scratch.url.path)' && '\(tally)' --data hostile.txt -c 'find 增长'"
                + " -c 'sentences | where line > 5 | select line, sentence | format csv'"
                + " -c '.once screen' -c 'sentences | where line == 5 | select sentence | format tsv'",
            width: 100, height: 30,
            environment: [
                "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
        let title = try session.paneTitle
        #expect(try session.waitForExit() == 0)
        #expect(
            try session.screen() == """
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 5
                  生产总值增长5.2%\\e[2J\\e[H，就业增加1.2万人\\e[8m。
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 6
                  cHduZWQ=\\x07，投资增长6%\\x9B31m。
                测试 · 1 工作\\e]2;PWNED\\e\\回顾 · line 7
                  居民收入增长4%\\u{202E}。
                3 sentences
                line,sentence
                6,财政收入30亿元\\e]52;
                6,c;
                6,cHduZWQ=\\x07，投资增长6%\\x9B31m。
                7,居民收入增长4%\\u{202E}。
                sentence
                生产总值增长5.2%\\e[2J\\e[H，就业增加1.2万人\\e[8m。
                [exit 0]
                """)
        #expect(try session.paneTitle == title)
        #expect(try session.paneTitle != "PWNED")
    }

    @Test("Tab lists file names with controls as escapes, and the title is not set")
    func completionList() throws {
        for name in ["a\u{1B}[2Jb.txt", "a\u{1B}]2;PWNED\u{07}c.txt"] {
            try FileManager.default.copyItem(
                at: scratch.url.appendingPathComponent("hostile.txt"), to: scratch.url.appendingPathComponent(name))
        }
        let tally = TallyProcess.executable.path
        let session = try TmuxSession(
            command: "cd '\(scratch.url.path)' && '\(tally)' --no-rc", width: 100, height: 20,
            environment: [
                "NO_COLOR": "1", "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
        try session.waitFor("2022)>")
        let title = try session.paneTitle
        try session.send(text: ".load a")
        try session.press("Tab")
        try session.press("Tab")
        let screen = try session.waitFor("c.txt")
        #expect(screen.split(separator: "\n").contains("a\\e[2Jb.txt           a\\e]2;PWNED\\x07c.txt"))
        #expect(try session.paneTitle == title)
        #expect(title != "PWNED")
    }
}

/// The hostile files the tests read, written into a test's folder.
private enum HostileReports {
    static func write(in folder: URL) throws {
        let report = """
            测试市2023年政府工作报告

            一、工作\u{1B}]2;PWNED\u{1B}\\回顾

            生产总值增长5.2%\u{1B}[2J\u{1B}[H，就业增加1.2万人\u{1B}[8m。
            财政收入30亿元\u{1B}]52;c;cHduZWQ=\u{07}，投资增长6%\u{9B}31m。
            居民收入增长4%\u{202E}。

            """
        let html =
            "<html><body><p>测试市2023年政府工作报告</p><h2>二、发展&#x1b;]2;PWNED&#x7;目标</h2>"
            + "<p>粮食产量增长3%&#x1b;[2J&#27;[8m，外贸增长2%&#x9b;31m&#x202e;。</p></body></html>"
        let script = "sentences | where sentence ~ \"\u{1B}[2J\" | select line\nmeasures | where cty\u{1B}[8m == 1\n"
        let walk = "# ## 第一步\u{1B}]2;PWNED\u{1B}\\\n# 看\u{1B}[2J清屏\ncities | select city | format csv\n"
        for (name, text) in [
            ("hostile.txt", report), ("hostile.html", html), ("esc.tally", script), ("walk.tally", walk),
        ] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }
}
