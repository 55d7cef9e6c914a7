import ArgumentParser
import ReportKit
import TallyQuery
import TallySeeds
import TallyShell
import TallyText

/// `tally parse`: shows the structure and measures the parser finds.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: Phrase.parseAbstract(),
        discussion: Phrase.parseDiscussion())

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl
    }

    @Option(name: .shortAndLong, help: ArgumentHelp(Phrase.parseFormat()))
    var format: Format?

    @Option(help: ArgumentHelp(Phrase.cliLang(), valueName: "en|zh"))
    var lang: Language?

    @Argument(help: ArgumentHelp(Phrase.parseFiles()))
    var files: [String] = []

    func run() throws {
        let loaded = files.isEmpty ? Loading.bundledSeeds() : Loading.paths(files)
        let terminal = TerminalInfo.current()
        for failure in loaded.failures {
            StandardStreams.writeError(failure.rendered(color: terminal.colorAllowed) + "\n")
        }
        if loaded.corpus.documents.isEmpty { throw ExitCode.failure }
        for warning in PlaceWarning.messages(for: loaded.corpus) {
            StandardStreams.writeError(TerminalText.shown(warning) + "\n")
        }
        var output = ParseOutput(corpus: loaded.corpus)
        do {
            switch format ?? (terminal.standardOutputIsTerminal ? .table : .jsonl) {
            case .table:
                StandardStreams.writeOutput(try output.tables(maxWidth: terminal.width, color: terminal.colorAllowed))
            case .json:
                StandardStreams.writeOutput(forTerminal(try output.json(), terminal))
            case .jsonl:
                _ = try output.writeJSONLines(forTerminal: terminal.standardOutputIsTerminal) { chunk in
                    StandardStreams.writeOutput(chunk)
                    return StandardStreams.outputFailureMessage == nil
                }
            }
        } catch {
            StandardStreams.writeError(error.rendered(color: terminal.colorAllowed) + "\n")
            throw ExitCode.failure
        }
        if let failure = StandardStreams.outputFailureMessage {
            StandardStreams.writeError(Diagnostic.unlocated(failure, color: terminal.colorAllowed) + "\n")
            throw ExitCode.failure
        }
        if !loaded.failures.isEmpty { throw ExitCode.failure }
    }

    /// JSON as shown on a terminal (controls as visible escapes, `TerminalText`); byte-exact to a
    /// file or pipe.
    private func forTerminal(_ json: String, _ terminal: TerminalInfo) -> String {
        terminal.standardOutputIsTerminal ? TerminalText.shown(json) : json
    }
}
