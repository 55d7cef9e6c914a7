import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Shell: interactive loop")
struct InteractiveShellTests {
    @Test("An unfinished statement goes on at the continuation prompt and is one history entry")
    func continuation() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "cities |", "  select city |", "take 1")
        #expect(shell.runInteractive(reader: reader) == .quit)
        #expect(
            reader.prompts == [
                "tally (1 document, 2022)> ", "                     ...> ", "                     ...> ",
                "tally (1 document, 2022)> ",
            ])
        #expect(reader.history == ["cities |\n  select city |\ntake 1"])
        #expect(captured.output.contains("│ 合肥 │"))
    }

    @Test("Ctrl-C drops the lines typed so far; the shell goes on")
    func interruptClears() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader([.line("cities |"), .interrupted, .line("units | take 1")])
        #expect(shell.runInteractive(reader: reader) == .quit)
        #expect(reader.history == ["units | take 1"])
        #expect(captured.output.contains("│ 个   │ count │"))
        #expect(captured.error.isEmpty)
    }

    @Test("An empty line runs an unfinished statement, so its error shows; errors do not end the shell")
    func blankLineSubmits() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "cities |", "", "", "cities | take 1")
        #expect(shell.runInteractive(reader: reader) == .quit)
        #expect(captured.error.hasPrefix("<command>:1:9: error:"))
        #expect(captured.output.contains("1 row"))
    }

    @Test(".quit leaves at once; meta commands are history entries too")
    func quit() {
        let (shell, _) = makeShell()
        let reader = ScriptedReader(lines: ".mode csv", ".quit", "cities")
        #expect(shell.runInteractive(reader: reader) == .quit)
        #expect(reader.history == [".mode csv", ".quit"])
        #expect(reader.prompts.count == 2)
    }

    @Test(".history lists this session's commands when there is no history file")
    func history() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "cities |", "take 1 | format csv", ".history")
        _ = shell.runInteractive(reader: reader)
        #expect(captured.output.hasSuffix("1  cities |\n   take 1 | format csv\n2  .history\n"))
    }

    @Test("A line holding several lines (a bracketed paste) is one history entry and runs statement by statement")
    func aPastedBlockIsOneEntry() {
        let (shell, captured) = makeShell()
        let block = "# two counts\ncities\n  | count\n.mode csv\nunits | count"
        let reader = ScriptedReader(lines: block)
        _ = shell.runInteractive(reader: reader)
        #expect(reader.history == [block])
        #expect(shell.enteredCommands == [block])
        #expect(captured.output.hasSuffix("1 row\ncount\n20\n"))
        #expect(captured.output.contains("│     5 │"))
    }

    @Test(".step inside the shell walks through a file with the shell's reader, then the shell goes on")
    func stepInsideTheShell() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            try "# The first city.\ncities | select city | take 1 | format csv\n"
                .write(toFile: folder + "/one.tally", atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            let reader = ScriptedReader(
                lines: ".step \(folder)/one.tally", "", "units | select unit | take 1 | format csv")
            #expect(shell.runInteractive(reader: reader) == .quit)
            #expect(
                reader.prompts == [
                    "tally (1 document, 2022)> ", "step 1/1> ", "tally (1 document, 2022)> ",
                    "tally (1 document, 2022)> ",
                ])
            #expect(
                captured.output.hasSuffix(
                    """
                    tally> cities | select city | take 1 | format csv
                    city
                    合肥
                    End of \(folder)/one.tally.
                    unit
                    个

                    """))
        }
    }

    @Test(".step needs the interactive shell")
    func stepOutsideTheShell() {
        let (shell, captured) = makeShell()
        #expect(shell.run(".step x.tally") == .failed)
        #expect(captured.error.hasPrefix("<command>:1:7: error: '.step' works only in the interactive shell\n"))
    }

    @Test("The banner says what is loaded; the prompt counts the reports")
    func bannerAndPrompt() {
        let (shell, _) = makeShell()
        #expect(
            shell.banner
                == "tally — 5 reports in 1 document (2022): 合肥 蚌埠 阜阳 安庆 黄山 (102 figures). Type help to begin.\n")
        #expect(shell.prompt.primary == "tally (1 document, 2022)> ")
        shell.settings.color = true
        #expect(shell.prompt.primary == "\u{1B}[1;32mtally (1 document, 2022)>\u{1B}[0m ")
    }
}
