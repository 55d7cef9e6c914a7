import ArgumentParser
import ReportKit
import TallyExport
import TallyShell
import TallyText

/// `tally export --sqlite FILE`: the reports as a SQLite database, for a database engine to take over.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Phrase.exportAbstract(),
        discussion: Phrase.exportDiscussion())

    @Option(help: ArgumentHelp(Phrase.exportFile(), valueName: "file"))
    var sqlite: String

    @Option(help: ArgumentHelp(Phrase.cliLang(), valueName: "en|zh"))
    var lang: Language?

    @Argument(help: ArgumentHelp(Phrase.parseFiles()))
    var files: [String] = []

    func run() throws {
        Termination.install()
        defer { Termination.endIfRequested() }
        let loaded = files.isEmpty ? Loading.bundledSeeds() : Loading.paths(files)
        let terminal = TerminalInfo.current()
        for failure in loaded.failures {
            StandardStreams.writeError(failure.rendered(color: terminal.colorAllowed) + "\n")
        }
        if loaded.corpus.documents.isEmpty { throw ExitCode.failure }
        do {
            let written = try Interrupt.catching {
                try DatabaseExport.write(
                    loaded.corpus, to: RealPath.writeTarget(sqlite), isStopped: { Interrupt.isRequested })
            }
            guard written else {
                StandardStreams.writeError(
                    Diagnostic.unlocated(Phrase.interrupted(), color: terminal.colorAllowed) + "\n")
                throw ExitCode(130)
            }
        } catch let failure as DatabaseExport.Failure {
            StandardStreams.writeError(
                Diagnostic.unlocated(Phrase.cannotWrite(sqlite, failure.message), color: terminal.colorAllowed) + "\n")
            throw ExitCode.failure
        }
        StandardStreams.writeError(OutputMessages.saved(loaded.corpus, to: sqlite) + "\n")
        if !loaded.failures.isEmpty { throw ExitCode.failure }
    }
}
