import ReportKit
import TallyText
import Testing

@testable import TallyShell

/// Parses a meta command typed at the shell.
private func parse(_ line: String) throws(Diagnostic) -> MetaCommand {
    try MetaCommand.parse(line, origin: .command)
}

/// The error a meta command line gives, rendered without colour.
private func error(_ line: String) -> String {
    do {
        _ = try parse(line)
        return ""
    } catch {
        return error.rendered()
    }
}

@Suite("Meta commands")
struct MetaCommandTests {
    @Test("Each command and its arguments")
    func parsesCommands() throws {
        #expect(try parse(".help") == .help(nil))
        #expect(try parse(".help mode") == .help("mode"))
        #expect(try parse(".help .exit") == .help("quit"))
        #expect(try parse(".lang zh") == .lang(.chinese))
        #expect(try parse(".lang EN") == .lang(.english))
        #expect(try parse(".expanded auto") == .expanded(.auto))
        #expect(try parse(".mode") == .mode(nil, bom: false))
        #expect(try parse(".MODE CSV") == .mode(.csv, bom: false))
        #expect(try parse(".mode csv --bom") == .mode(.csv, bom: true))
        #expect(try parse(".mode 表格") == .mode(.table, bom: false))
        #expect(try parse(".output") == .output(nil))
        #expect(try parse(".output out/合肥.csv") == .output("out/合肥.csv"))
        #expect(try parse(".once \"my results.md\"") == .once("my results.md"))
        #expect(try parse(".read 'scripts/tour.tally'") == .read("scripts/tour.tally"))
        #expect(try parse(".step scripts/tour.tally") == .step("scripts/tour.tally"))
        #expect(try parse(".timer on") == .timer(true))
        #expect(try parse(".echo OFF") == .echo(false))
        #expect(try parse(".echo") == .echo(nil))
        #expect(try parse(".maxrows 40") == .maxRows(40))
        #expect(try parse(".maxrows") == .maxRows(nil))
        #expect(try parse(".load a.txt reports/") == .load(["a.txt", "reports/"]))
        #expect(try parse("  .docs") == .reports)
        #expect(try parse(".reports") == .reports)
        #expect(try parse(".history") == .history)
        #expect(try parse(".exit") == .quit)
    }

    @Test("What counts as a meta command line")
    func recognisesMetaLines() {
        #expect(MetaCommand.isMetaCommand(".mode csv"))
        #expect(MetaCommand.isMetaCommand("   .quit"))
        #expect(!MetaCommand.isMetaCommand(".5"))
        #expect(!MetaCommand.isMetaCommand("measures"))
        #expect(!MetaCommand.isMetaCommand("."))
    }

    @Test("Errors point at the word with a caret and say what would be right")
    func errors() {
        #expect(
            error(".mode xml") == """
                <command>:1:7: error: unknown output format 'xml'
                .mode xml
                      ^~~
                hint: choose table, csv, tsv, json, jsonl, markdown
                """)
        #expect(
            error(".outptu x") == """
                <command>:1:1: error: unknown shell command '.outptu'
                .outptu x
                ^~~~~~~
                hint: did you mean '.output'?
                """)
        #expect(
            error(".frobnicate") == """
                <command>:1:1: error: unknown shell command '.frobnicate'
                .frobnicate
                ^~~~~~~~~~~
                hint: type .help for the shell commands
                """)
        #expect(
            error(".once") == """
                <command>:1:6: error: '.once' needs a file name
                .once
                     ^
                """)
        #expect(
            error(".timer maybe") == """
                <command>:1:8: error: expected on or off, not 'maybe'
                .timer maybe
                       ^~~~~
                """)
        #expect(
            error(".quit now") == """
                <command>:1:7: error: '.quit' takes no arguments
                .quit now
                      ^~~
                """)
        #expect(
            error(".output a b") == """
                <command>:1:11: error: unexpected 'b'
                .output a b
                          ^
                """)
    }

    @Test("Every command is listed in the help, each on a line of at most 80 columns")
    func helpListsEveryCommand() {
        let help = MetaCommandHelp.text
        for command in MetaCommand.catalogue {
            #expect(help.contains("  ." + command.name))
        }
        #expect(help.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let chinese = Language.$current.withValue(.chinese) { MetaCommandHelp.text }
        #expect(chinese.hasPrefix("外壳命令："))
        #expect(chinese.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    }

    @Test(".help COMMAND explains one command, aliases included")
    func helpForOneCommand() {
        #expect(MetaCommandHelp.text(for: "quit").hasPrefix(".quit\n  leave the shell"))
        #expect(MetaCommandHelp.text(for: "quit").contains("also: .exit"))
        #expect(MetaCommandHelp.text(for: "mode").hasPrefix(".mode FORMAT [--bom]\n"))
    }
}
