import Foundation
import ReportKit
import TallyQuery
import TallyShell
import TallyText

/// Runs `tally` in the mode its command line asks for: step mode, script mode (files, `-c`, a
/// pipe) or the interactive shell. Returns the exit status.
struct Launch {
    let options: LaunchOptions

    func run() -> Int32 {
        Termination.install()
        let status = runSession()
        Termination.endIfRequested()
        return status
    }

    /// The session in its mode; its exit status (1 when standard output could not be written).
    private func runSession() -> Int32 {
        TerminalSetup.configureLocale()
        let environment = ProcessEnvironment.current()
        let terminal = TerminalInfo.current(environment: environment)
        let settings = self.settings(terminal: terminal, environment: environment)
        // Ctrl-C stops the load: script mode ends (130), the shell starts with what was loaded.
        let loaded = Interrupt.catching {
            options.data.isEmpty
                ? Loading.bundledSeeds()
                : Loading.paths(
                    options.data, within: options.safe ? ReadRoots(namedPaths) : nil,
                    until: { Interrupt.isRequested })
        }
        let interrupted = Interrupt.isRequested
        for diagnostic in loaded.skipped + loaded.failures {
            StandardStreams.writeError(diagnostic.rendered(color: settings.errorColor) + "\n")
        }
        let interactive = isInteractive(terminal)
        if interrupted && !interactive {
            StandardStreams.writeError(
                StatementError.interrupted.rendered(color: settings.errorColor) + "\n")
            return 130
        }
        if loaded.corpus.documents.isEmpty && !(interrupted && interactive) {
            StandardStreams.writeError(
                Diagnostic.unlocated(Phrase.noReportsLoaded(), color: settings.errorColor) + "\n")
            return 1
        }
        let shell = Shell(corpus: loaded.corpus, settings: settings)
        let status = runMode(shell: shell, terminal: terminal, environment: environment, loaded: loaded)
        return shell.reportOutputFailure() ? 1 : status
    }

    /// Runs step mode, the interactive shell, a pipe or scripts.
    private func runMode(
        shell: Shell, terminal: TerminalInfo, environment: [String: String], loaded: Loading.Loaded
    ) -> Int32 {
        shell.setUpSafeMode(namedPaths: namedPaths, on: options.safe)
        if let step = options.step {
            guard runSetUp(shell: shell) else { return 1 }
            return runStep(step, shell: shell, terminal: terminal, environment: environment)
        }
        if isInteractive(terminal) {
            return runInteractive(shell: shell, terminal: terminal, environment: environment)
        }
        guard runSetUp(shell: shell) else { return 1 }
        // A script must not pass when some of its reports could not be loaded.
        let status =
            options.scripts.isEmpty && options.commands.isEmpty ? runPipe(shell: shell) : runScripts(shell: shell)
        return status == 0 && !loaded.failures.isEmpty ? 1 : status
    }

    /// The paths named on the command line — reports, scripts, `--step` and `--init` files — which
    /// are all safe mode reads.
    private var namedPaths: [String] {
        options.data + options.scripts + [options.step, options.setUpScript].compactMap { $0 }
    }

    /// Whether this run is the interactive shell: no step, no script, no `-c`, a terminal on stdin.
    private func isInteractive(_ terminal: TerminalInfo) -> Bool {
        options.step == nil && options.scripts.isEmpty && options.commands.isEmpty
            && terminal.standardInputIsTerminal
    }

    /// The shell settings from the options and the terminal: colour only on a terminal (and not
    /// under `NO_COLOR`), tables fitted to the terminal (or to `COLUMNS` when output is redirected).
    private func settings(terminal: TerminalInfo, environment: [String: String]) -> ShellSettings {
        var settings = ShellSettings()
        settings.format = options.format ?? .table
        settings.bom = options.bom
        settings.echo = options.echo
        settings.keepGoing = options.keepGoing
        settings.color = terminal.colorAllowed
        settings.errorColor = TerminalInfo.colorAllowed(
            outputIsTerminal: isatty(STDERR_FILENO) != 0, environment: environment)
        settings.width =
            terminal.standardOutputIsTerminal
            ? terminal.width : environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        settings.followsWindowWidth = terminal.standardOutputIsTerminal
        settings.outputIsTerminal = terminal.standardOutputIsTerminal
        settings.maxRows = terminal.standardOutputIsTerminal ? ShellSettings.terminalMaxRows : nil
        settings.language = options.lang ?? Language.current
        return settings
    }

    // MARK: - Modes

    /// Script mode: the `-c` commands, then each file, in one session.
    private func runScripts(shell: Shell) -> Int32 {
        runBatch(
            shell: shell,
            scripts: options.commands.enumerated().map { index, text in
                // With several -c commands, errors name which one: `-c 2:1:5: error: …`.
                .command(text, name: options.commands.count > 1 ? "-c \(index + 1)" : StatementOrigin.command.file)
            } + options.scripts.map(ScriptSource.file))
    }

    /// Pipe mode: the commands read from standard input.
    private func runPipe(shell: Shell) -> Int32 {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        return runBatch(shell: shell, scripts: [.standardInput(Array(input))])
    }

    /// Runs scripts one after the other with Ctrl-C stopping them, then closes the `.output` file
    /// (which holds every result completed, however the run ended).
    private func runBatch(shell: Shell, scripts: [ScriptSource]) -> Int32 {
        let (outcome, unreadable) = Interrupt.catching { runEach(scripts, shell: shell) }
        shell.finish()
        if outcome == .interrupted { return 130 }
        return shell.failureCount > 0 || unreadable ? 1 : 0
    }

    /// Runs the scripts in order until one fails (unless `--keep-going`), quits or is interrupted;
    /// how the last one ended, and whether a script file could not be read.
    private func runEach(_ scripts: [ScriptSource], shell: Shell) -> (CommandOutcome, unreadable: Bool) {
        var outcome = CommandOutcome.succeeded
        var unreadable = false
        for source in scripts {
            let script: ScriptFile
            do {
                script = try source.open()
            } catch {
                shell.showError(error.message)
                unreadable = true
                if options.keepGoing { continue } else { break }
            }
            outcome = shell.runScript(script)
            if outcome == .quit || outcome == .interrupted { break }
            if outcome == .failed && !options.keepGoing { break }
        }
        return (outcome, unreadable)
    }

    /// `--init FILE`, then each `--run COMMAND`, each on past its errors (which are shown); false
    /// when the file cannot be read.
    private func runSetUp(shell: Shell) -> Bool {
        if let path = options.setUpScript {
            do {
                let script = try ScriptFile(path: path)
                _ = Interrupt.catching { shell.runScript(script) }
            } catch {
                shell.showError(error.message)
                return false
            }
        }
        for command in options.setUpCommands {
            _ = Interrupt.catching { shell.runScript(ScriptFile(text: command, name: "--run")) }
        }
        return true
    }

    /// The interactive shell, after the start-up file, `--init` and `--run`.
    private func runInteractive(shell: Shell, terminal: TerminalInfo, environment: [String: String]) -> Int32 {
        if !options.noStartupFile, let path = StartupFile.resolvePath(environment: environment) {
            shell.runStartupFile(at: path)
        }
        guard runSetUp(shell: shell) else { return 1 }
        StandardStreams.writeOutput(shell.banner)
        let reader = shell.makeInteractiveReader(terminal: terminal, environment: environment)
        _ = shell.runInteractive(reader: reader)
        shell.finish()
        return 0
    }

    /// Step mode over one script.
    private func runStep(_ path: String, shell: Shell, terminal: TerminalInfo, environment: [String: String]) -> Int32 {
        let script: ScriptFile
        do {
            script = try ScriptFile(path: path)
        } catch {
            shell.showError(error.message)
            return 1
        }
        let count = Shell.stepCount(of: script)
        let first = options.from ?? 1
        if first > count {
            shell.showError(Phrase.cliFromPastEnd(first, path, Plural.counted(count, .step)))
            return 2
        }
        var walk = StepOptions()
        walk.from = first
        walk.transcriptPath = options.transcript
        walk.transcriptKeepsPresenterCommands = options.transcriptAll
        walk.notesPath = options.notes
        walk.typingMilliseconds = options.typing
        walk.autoSeconds = options.auto
        walk.chinese = shell.settings.language == .chinese
        let reader = shell.makeInteractiveReader(terminal: terminal, environment: environment)
        let outcome = shell.step(through: script, options: walk, reader: reader)
        shell.finish()
        return outcome == .failed ? 1 : 0
    }
}

/// Where script mode gets one script from.
enum ScriptSource {
    /// A `-c` command, named in errors as `<command>`, or `-c N` when there are several.
    case command(String, name: String)
    /// A script file.
    case file(String)
    /// The bytes read from a pipe, decoded as a script file's are.
    case standardInput([UInt8])

    /// The script, read from its file if it has one.
    func open() throws(ScriptFile.Failure) -> ScriptFile {
        switch self {
        case .command(let text, let name): ScriptFile(text: text, name: name)
        case .file(let path): try ScriptFile(path: path)
        case .standardInput(let bytes): try ScriptFile(bytes: bytes, name: "<stdin>")
        }
    }
}
