import ArgumentParser
import Foundation
import ReportKit
import TallyShell
import TallyText

/// The `tally` command line: `tally parse` shows what the parser finds; anything else is the shell
/// (`ShellCommand`): the interactive shell, script mode or step mode.
///
/// The shell is the default subcommand rather than the root itself because ArgumentParser lets a
/// command's own positional arguments (script files) swallow its subcommands' names.
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: ShellCommand.configuration.abstract,
        version: TallyVersion.number,
        subcommands: [ShellCommand.self, ParseCommand.self, ExportCommand.self],
        defaultSubcommand: ShellCommand.self)

    /// Runs the command line in the language it asks for (`--lang`, else the locale). `tally --help`
    /// shows the shell's options (what `tally` alone runs); bad usage exits 2 (ArgumentParser's own
    /// default is 64).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = Language.chosen(arguments: arguments, environment: ProcessEnvironment.current())
        Language.$current.withValue(language) { run(arguments) }
    }

    /// Parses `arguments` and runs the command they name.
    private static func run(_ arguments: [String]) {
        if arguments == ["--help"] || arguments == ["-h"] {
            StandardStreams.writeOutput(ShellCommand.helpMessage() + "\n")
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.writeError(TerminalText.shown(UsageErrorText.shown(fullMessage(for: error))) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
