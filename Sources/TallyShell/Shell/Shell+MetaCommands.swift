import Foundation
import ReportKit
import TallyExport
import TallyQuery
import TallyText

extension Shell {
    /// Runs a meta command line (`.mode csv`, `.read FILE`, …).
    func runMeta(_ line: String, origin: StatementOrigin) -> CommandOutcome {
        echo(line.trimmingWhitespace())
        let command: MetaCommand
        do {
            command = try MetaCommand.parse(line, origin: origin)
        } catch {
            show(error)
            return .failed
        }
        if let refusal = safeModeRefusal(of: command, line: line, origin: origin) {
            show(refusal)
            return .failed
        }
        switch command {
        case .help(let topic):
            write(topic.map(MetaCommandHelp.text(for:)) ?? MetaCommandHelp.text)
        case .mode(let format, let bom):
            if let format {
                settings.format = format
                settings.bom = bom
            } else {
                showSetting("mode", settings.format.rawValue + (settings.bom ? " --bom" : ""))
            }
        case .timer(let on):
            if let on { settings.timer = on } else { showSetting("timer", Self.switchText(settings.timer)) }
        case .echo(let on):
            if let on { settings.echo = on } else { showSetting("echo", Self.switchText(settings.echo)) }
        case .maxRows(let count):
            if let count {
                settings.maxRows = count == 0 ? nil : count
            } else {
                showSetting("maxrows", settings.maxRows.map(String.init) ?? Phrase.everyRow())
            }
        case .expanded(let choice):
            if let choice {
                settings.expanded = choice
            } else {
                showSetting("expanded", Self.expandedText(settings.expanded))
            }
        case .lang(let language):
            if let language { settings.language = language } else { showSetting("lang", settings.language.rawValue) }
        case .safe(let on):
            return setSafeMode(on, line: line, origin: origin)
        case .output(let path):
            return redirectOutput(to: path, line: line, origin: origin)
        case .once(let path):
            return openOnce(path, line: line, origin: origin)
        case .read(let path):
            return readScript(path, line: line, origin: origin)
        case .save(let path):
            return saveDatabase(path, line: line, origin: origin)
        case .step(let path):
            return stepInsideShell(path, line: line, origin: origin)
        case .load(let paths):
            return load(paths)
        case .unload(let target):
            return unload(target, line: line, origin: origin)
        case .reset:
            session.reset()
            write(LoadingText.reset)
        case .reports:
            showLoadedReports()
        case .history:
            showHistory()
        case .quit:
            return .quit
        }
        return .succeeded
    }

    /// Shows a setting as `timer: on`.
    func showSetting(_ name: String, _ value: String) {
        write(Phrase.settingShown(name, value) + "\n")
    }

    /// `on` or `off`, as `.timer` and `.echo` show them.
    static func switchText(_ on: Bool) -> String {
        on ? Phrase.settingOn() : Phrase.settingOff()
    }

    /// `on`, `off` or `auto`, as `.expanded` shows it.
    private static func expandedText(_ choice: ExpandedTables) -> String {
        switch choice {
        case .on: Phrase.settingOn()
        case .off: Phrase.settingOff()
        case .auto: Phrase.settingAuto()
        }
    }

    // MARK: - Output files

    /// `.output FILE` / `.output`: closes the current output file, then opens the new one.
    private func redirectOutput(to path: String?, line: String, origin: StatementOrigin) -> CommandOutcome {
        let closed = outputFile.map { close($0) } ?? true
        outputFile = nil
        guard closed else { return .failed }
        guard let path else { return .succeeded }
        outputFile = openFile(path, command: ".output", line: line, origin: origin)
        return outputFile == nil ? .failed : .succeeded
    }

    /// `.once FILE`: the next result goes to FILE.
    private func openOnce(_ path: String, line: String, origin: StatementOrigin) -> CommandOutcome {
        if let pending = onceFile { _ = close(pending) }
        onceFile = openFile(path, command: ".once", line: line, origin: origin)
        return onceFile == nil ? .failed : .succeeded
    }

    /// The output file at `path`, or nil after showing why it cannot be written: it cannot be
    /// opened, or it is a script that is running.
    private func openFile(_ path: String, command: String, line: String, origin: StatementOrigin) -> ResultFile? {
        if let real = RealPath.resolved(path), runningScripts.contains(real) {
            show(
                argumentError(
                    OutputMessages.wouldOverwriteScript(command, path), line: line, origin: origin,
                    hint: OutputMessages.scriptHint))
            return nil
        }
        do {
            return try ResultFile(path: path)
        } catch {
            show(argumentError(error.message, line: line, origin: origin))
            return nil
        }
    }

    /// `.save FILE`: writes the loaded corpus as a SQLite database (never over a running script).
    private func saveDatabase(_ path: String, line: String, origin: StatementOrigin) -> CommandOutcome {
        if let real = RealPath.resolved(path), runningScripts.contains(real) {
            show(
                argumentError(
                    OutputMessages.wouldOverwriteScript(".save", path), line: line, origin: origin,
                    hint: OutputMessages.scriptHint))
            return .failed
        }
        do {
            guard try DatabaseExport.write(session.corpus, to: RealPath.writeTarget(path), isStopped: stopRequested)
            else {
                return .interrupted
            }
        } catch {
            show(argumentError(OutputMessages.cannotWrite(path, reason: error.message), line: line, origin: origin))
            return .failed
        }
        write(OutputMessages.saved(session.corpus, to: path) + "\n")
        return .succeeded
    }

    // MARK: - Scripts

    /// `.read FILE`: runs the file's commands in this session; refuses a file that is already running.
    private func readScript(_ path: String, line: String, origin: StatementOrigin) -> CommandOutcome {
        guard let script = openScript(path, line: line, origin: origin) else { return .failed }
        if runningScripts.contains(script.realPath) {
            show(
                argumentError(
                    Phrase.readsItself(path), line: line, origin: origin, hint: Phrase.readsItselfHint()))
            return .failed
        }
        return runScript(script)
    }

    /// The script file at `path`, or nil after showing why it cannot be read.
    private func openScript(_ path: String, line: String, origin: StatementOrigin) -> ScriptFile? {
        do {
            return try ScriptFile(path: path)
        } catch {
            show(argumentError(error.message, line: line, origin: origin))
            return nil
        }
    }

    /// `.step FILE` typed in the interactive shell: walks through the file with the shell's reader.
    private func stepInsideShell(_ path: String, line: String, origin: StatementOrigin) -> CommandOutcome {
        guard let reader = interactiveReader else {
            show(
                argumentError(
                    Phrase.stepOnlyInShell(), line: line, origin: origin, hint: Phrase.stepOnlyInShellHint(path)))
            return .failed
        }
        guard let script = openScript(path, line: line, origin: origin) else { return .failed }
        var options = StepOptions()
        options.chinese = settings.language == .chinese
        let outcome = step(through: script, options: options, reader: reader)
        return outcome == .quit ? .quit : .succeeded
    }

    /// A diagnostic about the first argument of a meta command line.
    private func argumentError(
        _ message: String, line: String, origin: StatementOrigin, hint: String? = nil
    ) -> Diagnostic {
        let word = MetaWords(line).arguments.first
        return Diagnostic(
            message, at: SourceLocation(file: origin.file, line: origin.line, column: word?.column ?? 1),
            sourceLine: line, length: word?.length ?? 1, hint: hint)
    }

    // MARK: - Reports and history

    /// `.history`: the history file's entries (shared by every shell), else this session's commands.
    private func showHistory() {
        let entries = historyFile?.load() ?? enteredCommands
        let width = String(entries.count).count
        var text = ""
        for (index, entry) in entries.enumerated() {
            let number = String(index + 1)
            // The lines of a multi-line entry after its first are indented under it.
            let lines = entry.split(separator: "\n").map { TerminalText.shown(String($0)) }
            text +=
                String(repeating: " ", count: width - number.count) + number + "  "
                + lines.joined(separator: "\n" + String(repeating: " ", count: width + 2)) + "\n"
        }
        write(text)
    }
}
