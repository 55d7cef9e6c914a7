import ArgumentParser
import TallyQuery
import TallyText

/// `tally` without a subcommand: the interactive shell on the bundled seed reports; with script
/// files, `-c` commands or a pipe, script mode; with `--step`, step mode.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: Phrase.cliAbstract(),
        usage: Phrase.cliUsage(),
        discussion: Phrase.cliDiscussion())

    @Argument(help: ArgumentHelp(Phrase.cliScripts()))
    var scripts: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp(Phrase.cliCommand(), valueName: "command"))
    var commands: [String] = []

    @Option(help: ArgumentHelp(Phrase.cliData(), valueName: "path"))
    var data: [String] = []

    @Option(help: ArgumentHelp(Phrase.cliFormat()))
    var format: OutputFormat?

    @Flag(help: ArgumentHelp(Phrase.cliBom()))
    var bom = false

    @Flag(help: ArgumentHelp(Phrase.cliEcho()))
    var echo = false

    @Flag(help: ArgumentHelp(Phrase.cliKeepGoing()))
    var keepGoing = false

    @Flag(name: .customLong("no-rc"), help: ArgumentHelp(Phrase.cliNoRC()))
    var noStartupFile = false

    @Flag(help: ArgumentHelp(Phrase.cliSafe()))
    var safe = false

    @Option(help: ArgumentHelp(Phrase.cliStep(), valueName: "file"))
    var step: String?

    @Option(help: ArgumentHelp(Phrase.cliFrom(), valueName: "N"))
    var from: Int?

    @Option(help: ArgumentHelp(Phrase.cliTranscriptHandout(), valueName: "file"))
    var transcript: String?

    @Flag(help: ArgumentHelp(Phrase.cliTranscriptAll()))
    var transcriptAll = false

    @Option(help: ArgumentHelp(Phrase.cliNotes(), valueName: "file"))
    var notes: String?

    @Option(help: ArgumentHelp(Phrase.cliTyping(), valueName: "MS"))
    var typing: Int?

    @Option(help: ArgumentHelp(Phrase.cliAuto(), valueName: "seconds"))
    var auto: Double?

    @Option(name: .customLong("init"), help: ArgumentHelp(Phrase.cliInit(), valueName: "file"))
    var setUpScript: String?

    @Option(name: .customLong("run"), help: ArgumentHelp(Phrase.cliRun(), valueName: "command"))
    var setUpCommands: [String] = []

    @Option(help: ArgumentHelp(Phrase.cliLang(), valueName: "en|zh"))
    var lang: Language?

    func validate() throws {
        if step == nil && from != nil { throw ValidationError(Phrase.cliFromNeedsStep()) }
        for (name, given) in [
            ("--transcript", transcript != nil), ("--transcript-all", transcriptAll), ("--notes", notes != nil),
            ("--typing", typing != nil), ("--auto", auto != nil),
        ] where step == nil && given {
            throw ValidationError(Phrase.cliWorksOnlyWithStep(name))
        }
        if transcriptAll && transcript == nil { throw ValidationError(Phrase.cliTranscriptAllNeedsTranscript()) }
        if let typing, typing < 1 { throw ValidationError(Phrase.cliTypingCounts()) }
        if let auto, !(auto > 0 && auto <= 3600) { throw ValidationError(Phrase.cliAutoSeconds()) }
        if (setUpScript != nil || !setUpCommands.isEmpty) && !(scripts.isEmpty && commands.isEmpty) {
            throw ValidationError(Phrase.cliInitAlone())
        }
        if step != nil && !(scripts.isEmpty && commands.isEmpty) {
            throw ValidationError(Phrase.cliStepAlone())
        }
        if bom, let format, !format.takesByteOrderMark {
            throw ValidationError(Phrase.cliBomFormat(format.rawValue))
        }
        if let from, from < 1 { throw ValidationError(Phrase.cliFromCounts()) }
        if safe && transcript != nil {
            throw ValidationError(Phrase.cliSafeTranscript())
        }
        if safe && notes != nil {
            throw ValidationError(Phrase.cliSafeNotes())
        }
    }

    func run() throws {
        let status = Launch(options: launchOptions).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// The options as `Launch` takes them.
    var launchOptions: LaunchOptions {
        LaunchOptions(
            scripts: scripts, commands: commands, data: data, format: format, bom: bom, echo: echo,
            keepGoing: keepGoing, noStartupFile: noStartupFile, safe: safe, step: step, from: from,
            transcript: transcript, transcriptAll: transcriptAll, notes: notes, typing: typing, auto: auto,
            setUpScript: setUpScript, setUpCommands: setUpCommands, lang: lang)
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {
    /// `en` or `zh` (also a locale name such as `zh_CN.UTF-8`).
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
