import ArgumentParser
import TallyQuery

/// `tally` without a subcommand: the interactive shell on the bundled seed reports; with script
/// files, `-c` commands or a pipe, script mode; with `--step`, step mode.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Parse Chinese government work reports into figures you can query, compare and total.",
        usage: """
            tally [--data PATH …] [--no-rc]                 open the shell (bundled seed reports by default)
            tally [options] FILE.tally …                    run script files
            tally [options] -c COMMAND [-c COMMAND …]       run commands
            … | tally [options]                             run the commands read from a pipe
            tally --step FILE [--from N] [--transcript MD]  walk through a script step by step
            tally --init FILE [--run COMMAND …]             run set-up, then open the shell
            tally parse [FILE|FOLDER …]                     show what the parser finds
            tally export --sqlite FILE [FILE|FOLDER …]      write the reports as a SQLite database
            """,
        discussion: """
            A script stops at its first error and exits 1 (--keep-going runs on and still exits 1); \
            bad command-line usage exits 2; success exits 0. Errors read file:line:column: error: …, \
            then the line with a caret. In the shell, help explains the language and .help the shell \
            commands.
            """)

    @Argument(help: "Script files to run in order, in one session (after any -c commands).")
    var scripts: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("A command to run; repeat for more.", valueName: "command"))
    var commands: [String] = []

    @Option(
        help: ArgumentHelp(
            "A report file or folder to load instead of the bundled seeds (UTF-8 or GB18030, text or HTML); repeat for more.",
            valueName: "path"))
    var data: [String] = []

    @Option(help: "The result format (default: table).")
    var format: OutputFormat?

    @Flag(
        help:
            "Start CSV and TSV output with a UTF-8 byte-order mark, so Excel and WPS open it as UTF-8 (with --format csv)."
    )
    var bom = false

    @Flag(help: "Print each command before its output.")
    var echo = false

    @Flag(help: "Run on after a failed command (the exit status is still 1).")
    var keepGoing = false

    @Flag(name: .customLong("no-rc"), help: "Do not run the start-up file (~/.config/tally/tallyrc) in the shell.")
    var noStartupFile = false

    @Flag(
        help: ArgumentHelp(
            "For scripts you did not write: write no files, read nothing but the scripts and --data paths named here, skip the start-up file. Also .safe on; it cannot be turned off."
        ))
    var safe = false

    @Option(
        help: ArgumentHelp("Walk through a script step by step (keys are read from standard input).", valueName: "file")
    )
    var step: String?

    @Option(help: ArgumentHelp("With --step: start at step N.", valueName: "N"))
    var from: Int?

    @Option(help: ArgumentHelp("With --step: write a Markdown handout of the walk to this file.", valueName: "file"))
    var transcript: String?

    @Flag(help: "With --transcript: keep the commands the presenter typed in the handout.")
    var transcriptAll = false

    @Option(
        help: ArgumentHelp(
            "With --step: write the presenter's notes to this file as the walk goes (tail -f it).", valueName: "file"))
    var notes: String?

    @Option(
        help: ArgumentHelp("With --step: type commands out, a character every MS milliseconds.", valueName: "MS"))
    var typing: Int?

    @Option(
        help: ArgumentHelp(
            "With --step: run a step every SECONDS seconds until a key is pressed.", valueName: "seconds"))
    var auto: Double?

    @Option(
        name: .customLong("init"),
        help: ArgumentHelp("Run this script first, then open the shell (or the walk of --step).", valueName: "file"))
    var setUpScript: String?

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(
            "Run this command first (after --init), then open the shell; repeat for more.", valueName: "command"))
    var setUpCommands: [String] = []

    func validate() throws {
        if step == nil && from != nil { throw ValidationError("--from works only with --step") }
        for (name, given) in [
            ("--transcript", transcript != nil), ("--transcript-all", transcriptAll), ("--notes", notes != nil),
            ("--typing", typing != nil), ("--auto", auto != nil),
        ] where step == nil && given {
            throw ValidationError("\(name) works only with --step")
        }
        if transcriptAll && transcript == nil { throw ValidationError("--transcript-all needs --transcript FILE") }
        if let typing, typing < 1 { throw ValidationError("--typing counts milliseconds a character, from 1") }
        if let auto, !(auto > 0 && auto <= 3600) { throw ValidationError("--auto takes seconds, more than 0") }
        if (setUpScript != nil || !setUpCommands.isEmpty) && !(scripts.isEmpty && commands.isEmpty) {
            throw ValidationError(
                "--init and --run open the shell afterwards; to run scripts or -c commands, give them alone")
        }
        if step != nil && !(scripts.isEmpty && commands.isEmpty) {
            throw ValidationError("--step takes one script; do not give other scripts or -c commands with it")
        }
        if bom, let format, !format.takesByteOrderMark {
            throw ValidationError("--bom goes with --format csv or tsv, not \(format.rawValue)")
        }
        if let from, from < 1 { throw ValidationError("--from counts steps from 1") }
        if safe && transcript != nil {
            throw ValidationError("--transcript writes a file, which --safe does not allow")
        }
        if safe && notes != nil {
            throw ValidationError("--notes writes a file, which --safe does not allow")
        }
    }

    func run() throws {
        let status = Launch(options: self).run()
        if status != 0 { throw ExitCode(status) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
