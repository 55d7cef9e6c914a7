import Foundation
import TallyTestSupport
import Testing

@testable import tally

/// The common command lines read before ArgumentParser: the options they give, the lines left to
/// ArgumentParser, and — through the real binary — the same output, errors and exit status as the
/// same line read by ArgumentParser (`tally shell …`, which always goes through it).
@Suite struct QuickCommandLineTests {
    @Test func theCommonFormsAreReadAsArgumentParserReadsThem() throws {
        let lines: [[String]] = [
            [], ["-c", "cities"], ["-c", "let a = cities", "-c", "a | take 1"], ["a.tally"],
            ["a.tally", "b.tally"], ["-c", ".mode csv", "a.tally", "-c", "cities"],
        ]
        for arguments in lines {
            let quick = try #require(QuickCommandLine.options(arguments), "\(arguments)")
            let parsed = try #require(try TallyCommand.parseAsRoot(arguments) as? ShellCommand)
            #expect(quick == parsed.launchOptions, "\(arguments)")
        }
    }

    @Test func everythingElseIsLeftToArgumentParser() {
        let lines: [[String]] = [
            ["--version"], ["--help"], ["-h"], ["-c"], ["-c", ""], ["-c", "-x"], ["-c", "--"], ["--"],
            ["-"], [""], ["--format", "csv", "-c", "cities"], ["-ccities"], ["-c=cities"], ["--lang", "zh"],
            ["parse", "a.txt"], ["export", "--sqlite", "a.db"], ["shell"], ["help"], ["a.tally", "--echo"],
        ]
        for arguments in lines { #expect(QuickCommandLine.options(arguments) == nil, "\(arguments)") }
    }

    @Test func theSubcommandNamesAreTallysOwn() {
        let names = TallyCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(QuickCommandLine.subcommandNames == Set(names + ["help"]))
    }

    @Test func theBinaryBehavesAlikeOnBothPaths() throws {
        let lines: [(arguments: [String], input: String)] = [
            ([], "cities | take 1\n"), ([], "nonsense here\n"), (["-c", "cities"], ""),
            (["-c", "let a = cities", "-c", "a | take 1"], ""), (["-c", "cities |"], ""), (["-c", "knd"], ""),
            (["-c", ".mode json", "-c", "cities | take 1"], ""), (["ok.tally"], ""), (["ok.tally", "bad.tally"], ""),
            (["bad.tally", "ok.tally"], ""), (["quits.tally", "ok.tally"], ""), (["missing.tally"], ""),
            (["-c", "cities | take 1", "ok.tally"], ""),
        ]
        try withTemporaryFolder { folder in
            for (name, text) in [
                ("ok.tally", "cities | select city | take 2\n"),
                ("bad.tally", "cities\nmeasures | where knd == money\n"),
                ("quits.tally", "cities | take 1\nexit\ncities\n"),
            ] {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            }
            for line in lines {
                let quick = try TallyProcess.run(line.arguments, input: line.input, directory: folder)
                let full = try TallyProcess.run(["shell"] + line.arguments, input: line.input, directory: folder)
                #expect(quick.status == full.status, "\(line.arguments)")
                #expect(quick.output == full.output, "\(line.arguments)")
                #expect(quick.error == full.error, "\(line.arguments)")
            }
        }
    }
}
