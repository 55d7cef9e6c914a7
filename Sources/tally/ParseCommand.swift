import ArgumentParser
import ReportKit
import TallyQuery
import TallySeeds
import TallyShell

/// `tally parse`: shows the structure and measures the parser finds.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show the structure and measures tally finds in report files.",
        discussion: """
            table: the outline (reports with place, speaker, title and counts; their sections) and the \
            measures, aligned. json: the whole tree. jsonl: one flat measure per line.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl
    }

    @Option(name: .shortAndLong, help: "Output format: table (the default on a terminal), json or jsonl.")
    var format: Format?

    @Argument(help: "Report files or folders (UTF-8 or GB18030, text or HTML). Default: the bundled seeds.")
    var files: [String] = []

    func run() throws {
        let loaded = files.isEmpty ? Loading.bundledSeeds() : Loading.paths(files)
        let terminal = TerminalInfo.current()
        for failure in loaded.failures {
            StandardStreams.writeError(failure.rendered(color: terminal.colorAllowed) + "\n")
        }
        if loaded.corpus.documents.isEmpty { throw ExitCode.failure }
        for warning in PlaceWarning.messages(for: loaded.corpus) { StandardStreams.writeError(warning + "\n") }
        var output = ParseOutput(corpus: loaded.corpus)
        do {
            switch format ?? (terminal.standardOutputIsTerminal ? .table : .jsonl) {
            case .table:
                StandardStreams.writeOutput(try output.tables(maxWidth: terminal.width, color: terminal.colorAllowed))
            case .json:
                StandardStreams.writeOutput(try output.json())
            case .jsonl:
                StandardStreams.writeOutput(try output.jsonLines())
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
}
