import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Shell: scripts")
struct ShellScriptTests {
    @Test("A script runs in one session: let names carry over, results go to the output")
    func runsInOneSession() {
        let (shell, captured) = makeShell()
        let outcome = shell.runScript(
            ScriptFile(text: "let m = measures | where city == 阜阳\nm | count", name: "a.tally"))
        #expect(outcome == .succeeded)
        #expect(
            captured.output == """
                m: 8 rows
                ┌───────┐
                │ count │
                ├───────┤
                │     8 │
                └───────┘
                1 row

                """)
        #expect(captured.error.isEmpty)
    }

    @Test("An error names file, line and column, with the caret after Chinese text; the script stops")
    func stopsAtTheFirstError() {
        let (shell, captured) = makeShell()
        let script = "# two cities\ncities | take 1\nmeasures | where 城市 == 合肥 and knd == money\ncities | take 1\n"
        #expect(shell.runScript(ScriptFile(text: script, name: "x.tally")) == .failed)
        #expect(
            captured.error == """
                x.tally:3:31: error: unknown field 'knd'
                measures | where 城市 == 合肥 and knd == money
                \(String(repeating: " ", count: 34))^~~
                hint: did you mean 'kind'?

                """)
        #expect(captured.output.components(separatedBy: "1 row\n").count == 2)
        #expect(shell.failureCount == 1)
    }

    @Test("With keep-going every command runs and the outcome is still a failure")
    func keepGoing() {
        let (shell, captured) = makeShell(keepGoing: true)
        let script = "cities | take 1\nbogus\n.mode xml\ncities | take 1 | format csv\n"
        #expect(shell.runScript(ScriptFile(text: script, name: "k.tally")) == .failed)
        #expect(captured.output.hasSuffix("city,place,speaker,reports,measures\n合肥,合肥市,刘卫宝,1,15\n"))
        #expect(captured.error.contains("k.tally:2:1: error:"))
        #expect(captured.error.contains("k.tally:3:7: error: unknown output format 'xml'"))
        #expect(shell.failureCount == 2)
    }

    @Test("Echo shows each command after a prompt before its output, continuation lines too")
    func echo() {
        let (shell, captured) = makeShell(echo: true)
        _ = shell.runScript(ScriptFile(text: ".mode csv\ncities |\n  take 1", name: "e.tally"))
        #expect(
            captured.output == """
                tally> .mode csv
                tally> cities |
                  ...>   take 1
                city,place,speaker,reports,measures
                合肥,合肥市,刘卫宝,1,15

                """)
    }

    @Test("Ctrl-C stops the running statement, saying so without a caret, and the script after it")
    func interrupted() {
        let (shell, captured) = makeShell()
        shell.stopRequested = { true }
        #expect(shell.run("measures | where kind == money") == .interrupted)
        #expect(captured.error == "tally: interrupted\n")
        #expect(shell.runScript(ScriptFile(text: "cities", name: "s.tally")) == .interrupted)
        #expect(captured.output.isEmpty)
    }

    @Test(".quit ends the script early without a failure")
    func quit() {
        let (shell, captured) = makeShell()
        #expect(shell.runScript(ScriptFile(text: ".quit\nbogus", name: "q.tally")) == .quit)
        #expect(captured.error.isEmpty)
    }

    @Test(".read runs another script; a script that reads itself is refused as a cycle")
    func readAndCycles() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            try ".read \(folder)/b.tally\n".write(toFile: folder + "/a.tally", atomically: true, encoding: .utf8)
            try "cities | take 1 | format csv\n.read \(folder)/a.tally\n"
                .write(toFile: folder + "/b.tally", atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            #expect(shell.runScript(try ScriptFile(path: folder + "/a.tally")) == .failed)
            #expect(captured.output == "city,place,speaker,reports,measures\n合肥,合肥市,刘卫宝,1,15\n")
            #expect(
                captured.error == """
                    \(folder)/b.tally:2:7: error: '.read \(folder)/a.tally' would run \(folder)/a.tally again while it is running
                    .read \(folder)/a.tally
                          ^\(String(repeating: "~", count: folder.count + 7))
                    hint: a script cannot read itself, directly or through other scripts

                    """)
        }
    }

    @Test("A missing script named by .read is an error at its name")
    func readMissing() {
        let (shell, captured) = makeShell()
        #expect(shell.run(".read nowhere.tally") == .failed)
        #expect(
            captured.error.hasPrefix("<command>:1:7: error: cannot read nowhere.tally: no such file or directory\n"))
    }

    @Test("help lists the language and then every shell command; help WORD does not")
    func helpListsShellCommands() {
        let (shell, captured) = makeShell()
        shell.run("help")
        #expect(captured.output.contains("Fields: doc 文档, city 城市"))
        #expect(captured.output.contains("Shell commands:\n  .help "))
        #expect(captured.output.contains("  .quit "))
        captured.output = ""
        shell.run("help total")
        #expect(!captured.output.contains("Shell commands"))
        shell.run(".help")
        #expect(captured.output.contains("  .output [FILE] "))
    }

    @Test(".mode, .timer and .echo alone show their setting; .reports lists the reports")
    func settingsAndReports() {
        let (shell, captured) = makeShell()
        shell.run(".mode")
        shell.run(".mode jsonl")
        shell.run(".mode")
        shell.run(".timer")
        shell.run(".echo")
        #expect(captured.output == "mode: table\nmode: jsonl\ntimer: off\necho: off\n")
        captured.output = ""
        shell.run(".timer on")
        shell.run("cities | take 1")
        #expect(captured.error.hasPrefix("time: "))
        #expect(captured.error.hasSuffix(" ms\n"))
        shell.run(".docs")
        #expect(captured.output.contains("1 document, 5 reports\n"))
        #expect(
            captured.output.contains("│ 吕栋    │ 安庆市委常委、副市长     │ 聚焦低收入人口 强化高水平保障 助力乡村振兴战略有效实施 │        3 │       46 │"))
    }

    @Test(".load adds reports; a file that is not a report is listed and the command fails")
    func load() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            try "黄山市报告\n全市建成调解工作室1082个。\n".write(toFile: folder + "/more.txt", atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            #expect(shell.run(".load \(folder)/more.txt") == .succeeded)
            #expect(captured.output == "loaded 1 document: 1 report, 1 figure; in all 2 documents (2022)\n")
            #expect(shell.run(".load \(folder)/missing.txt") == .failed)
            #expect(captured.error.contains("missing.txt:1:1: error:"))
        }
    }

    @Test(".load of a file loaded already, under its name or another, adds nothing and says so")
    func loadIsIdempotent() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let report = "黄山市报告\n全市建成调解工作室1082个。\n"
            try report.write(toFile: folder + "/more.txt", atomically: true, encoding: .utf8)
            try report.write(toFile: folder + "/copy.txt", atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            #expect(shell.run(".load \(folder)/more.txt") == .succeeded)
            let figures = shell.session.corpus.measures.count
            #expect(shell.run(".load \(folder)/more.txt") == .succeeded)
            #expect(shell.run(".load \(folder)/copy.txt") == .succeeded)
            #expect(shell.session.corpus.measures.count == figures)
            #expect(
                captured.output.contains(
                    "already loaded: \(folder)/more.txt (the same bytes are loaded; nothing added)\n"))
            #expect(
                captured.output.contains(
                    "already loaded: \(folder)/copy.txt (the same bytes are loaded; nothing added)\n"))
        }
    }

    @Test(".unload removes a file or a place, .reset everything; both forget let names")
    func unloadAndReset() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            try "黄山市报告\n全市建成调解工作室1082个。\n".write(toFile: folder + "/more.txt", atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            #expect(shell.run(".load \(folder)/more.txt") == .succeeded)
            #expect(shell.run("let few = measures | take 2") == .succeeded)
            #expect(shell.run(".unload \(folder)/more.txt") == .succeeded)
            #expect(shell.session.corpus.documents.count == 1)
            #expect(shell.session.names.isEmpty)
            #expect(captured.output.contains("unloaded 1 document: \(folder)/more.txt; left: 1 document (2022)"))
            #expect(shell.run(".unload 合肥市") == .succeeded)
            #expect(shell.session.corpus.documents.isEmpty)
            #expect(shell.run(".unload 合肥") == .failed)
            #expect(captured.error.contains("nothing to unload: '合肥' is neither a loaded document nor a place"))
            #expect(shell.run(".load \(folder)/more.txt") == .succeeded)
            #expect(shell.run(".reset") == .succeeded)
            #expect(shell.session.corpus.measures.count == 0)
            #expect(shell.prompt.primary == "tally (0 documents)> ")
        }
    }

    @Test("Ctrl-C during .load leaves the files not yet read unloaded and says how many")
    func interruptedLoad() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            for name in ["a", "b", "c"] {
                try "黄山市报告\n全市建成调解工作室1082个。\n".write(toFile: folder + "/\(name).txt", atomically: true, encoding: .utf8)
            }
            let (shell, captured) = makeShell()
            shell.stopRequested = { true }
            #expect(shell.run(".load \(folder)") == .interrupted)
            #expect(captured.error == "\(folder)/a.txt:1:1: error: interrupted: 3 files were not loaded\n")
            #expect(captured.output == "loaded 0 documents: 0 reports, 0 figures; in all 1 document (2022)\n")
            #expect(shell.session.corpus.documents.count == 1)
        }
    }
}
