import Foundation
import ReportKit
import TallyQuery
import TallyText

extension Shell {
    /// The one line shown when the shell opens: what is loaded and how to get help.
    public var banner: String { speaking { bannerText } }

    private var bannerText: String {
        let corpus = session.corpus
        let reports = corpus.reports.count
        let cities = corpus.cities
        let shown = TerminalText.singleLine(cities.prefix(6).joined(separator: " ")) + (cities.count > 6 ? " …" : "")
        let figures = corpus.measures.count
        let summary = LoadingText.banner(reports: reports, documentsAndYears: loadedSummary)
        let figureCount = Plural.counted(figures, .figure)
        let loaded =
            cities.isEmpty
            ? Phrase.bannerWithoutCities(summary, figureCount) : Phrase.bannerWithCities(summary, shown, figureCount)
        return style.apply(.heading, "tally") + " — " + loaded + Phrase.bannerHelp(style.apply(.accent, "help")) + "\n"
    }

    /// The prompts: `tally (6 documents, 6 years)> `, and a continuation prompt as wide.
    public var prompt: Prompt { speaking { promptText } }

    private var promptText: Prompt {
        let summary = LoadingText.promptSummary(
            documents: session.corpus.documents.count, years: session.reportYears)
        let primary = "tally (" + summary + ")>"
        let continuation = String(repeating: " ", count: max(0, primary.count - 4)) + "...>"
        return Prompt(
            primary: style.apply(.prompt, primary) + " ", continuation: style.apply(.prompt, continuation) + " ")
    }

    /// The interactive shell: reads commands from `reader` until Ctrl-D, `.quit`, `exit` or `quit`.
    ///
    /// A statement goes on over several lines while it is unfinished (`ScriptSplitter.isComplete`);
    /// an empty line runs what was typed so far. Lines pasted together read as a script does:
    /// comment lines are skipped, and a finished statement is held back while more input is
    /// waiting, so that a next line starting with `|` continues it. Ctrl-C clears the lines typed
    /// (or stops a running command) and never quits; Ctrl-D on a continuation line drops the
    /// unfinished command, saying so, and quits only on an empty prompt. Each command is one history
    /// entry. Errors are shown and the shell goes on.
    public func runInteractive(reader: any LineReader) -> CommandOutcome {
        interactiveReader = reader
        defer {
            interactiveReader = nil
            pendingLines = []
        }
        var lines: [String] = [] {
            didSet { pendingLines = lines }
        }
        // A finished statement held back while pasted input is waiting.
        var held: String?
        while true {
            if let text = held, !reader.hasPendingInput {
                held = nil
                if enter(text) == .quit { return .quit }
                continue
            }
            let current = lines.isEmpty && held == nil ? prompt : prompt.continuing
            // In the shell's language, for texts the editor shows itself (Ctrl-R's prompt).
            switch speaking({ reader.readLine(prompt: current) }) {
            case .interrupted:
                lines = []
                held = nil
            case .endOfInput:
                if let text = held {
                    held = nil
                    if enter(text) == .quit { return .quit }
                    continue
                }
                guard lines.isEmpty else {
                    writeError(
                        speaking { Phrase.droppedUnfinished(TerminalText.singleLine(lines.joined(separator: " "))) }
                            + "\n")
                    lines = []
                    continue
                }
                return .quit
            case .line(let line):
                if let text = held {
                    held = nil
                    if ScriptSplitter.startsWithPipe(line) {
                        lines = [text]
                    } else if enter(text) == .quit {
                        return .quit
                    }
                }
                if lines.isEmpty && line.contains("\n") {
                    // A bracketed paste of several lines, or such an entry recalled from the history.
                    if enterBlock(line) == .quit { return .quit }
                    continue
                }
                let isBlank = line.allSatisfy(\.isWhitespace)
                if lines.isEmpty && ScriptSplitter.isBlankOrComment(line) { continue }
                if lines.isEmpty && MetaCommand.isMetaCommand(line) {
                    if enter(line) == .quit { return .quit }
                    continue
                }
                if !isBlank { lines.append(line) }
                let text = lines.joined(separator: "\n")
                guard isBlank || ScriptSplitter.isComplete(text) else { continue }
                lines = []
                if !isBlank && reader.hasPendingInput {
                    held = text
                } else if enter(text) == .quit {
                    return .quit
                }
            }
        }
    }

    /// Records a command typed at the prompt in the history and runs it, Ctrl-C stopping only it. A
    /// command over `HistoryFile.maximumEntryBytes` runs but is not recorded, with a note saying so.
    private func enter(_ text: String) -> CommandOutcome {
        recordInHistory(text)
        return Interrupt.catching { run(text) }
    }

    /// Adds `text` to the history, or says why not when it is over `HistoryFile.maximumEntryBytes`.
    private func recordInHistory(_ text: String) {
        let line = HistoryFile.historyEntry(text)
        if line.utf8.count > HistoryFile.maximumEntryBytes {
            let note = speaking {
                Phrase.historyEntryTooLong(line.utf8.count >> 10, HistoryFile.maximumEntryBytes >> 10)
            }
            writeError(TextStyle(enabled: settings.errorColor).apply(.dim, note) + "\n")
        } else {
            interactiveReader?.addToHistory(text)
            enteredCommands.append(line)
        }
    }

    /// Records `block`, lines pasted at once (or recalled from the history), as one history entry
    /// and runs its statements in order as a script's are cut (comment lines skipped, a next line
    /// starting with `|` continuing). Ctrl-C stops the statement running and the rest of the block.
    private func enterBlock(_ block: String) -> CommandOutcome {
        let statements = ScriptSplitter.split(block)
        guard statements.count > 1 else { return statements.first.map { enter($0.text) } ?? .succeeded }
        recordInHistory(block)
        for statement in statements {
            switch Interrupt.catching({ run(statement.text) }) {
            case .quit: return .quit
            case .interrupted: return .interrupted
            case .succeeded, .failed: continue
            }
        }
        return .succeeded
    }

    /// Runs the start-up file at `path` if there is one, on past errors; a missing file is no error.
    /// Safe mode runs none.
    public func runStartupFile(at path: String) {
        guard !safeMode.isOn, FileManager.default.fileExists(atPath: path) else { return }
        let keepGoing = settings.keepGoing
        settings.keepGoing = true
        defer { settings.keepGoing = keepGoing }
        do {
            _ = runScript(try ScriptFile(path: path))
        } catch {
            showError(error.message)
        }
    }

    /// The line reader for the interactive shell: libedit when standard input and output are both
    /// terminals — with the history file (`TALLY_HISTORY`, else the XDG state folder; at most
    /// `TALLY_HISTORY_SIZE` entries; none in safe mode) and Tab completion — else plain lines from
    /// standard input.
    public func makeInteractiveReader(
        terminal: TerminalInfo, environment: [String: String] = ProcessEnvironment.current()
    ) -> any LineReader {
        guard terminal.isInteractive else { return PlainLineReader() }
        let size = environment["TALLY_HISTORY_SIZE"].flatMap { Int($0) } ?? HistoryFile.defaultSize
        historyFile =
            safeMode.isOn
            ? nil : HistoryFile.resolvePath(environment: environment).map { HistoryFile(path: $0, size: size) }
        let completer: Completer = { [weak self] line, cursor in
            self?.complete(line: line, cursor: cursor) ?? .none
        }
        return EditLineReader(historyFile: historyFile, completer: completer) ?? PlainLineReader()
    }

    /// The Tab completion of `line` at scalar offset `cursor`, from the session's current data. On a
    /// continuation line the lines typed before it count too (`where` on its own line after
    /// `measures |` is a stage, not the start of a statement).
    public func complete(line: String, cursor: Int) -> CompletionCandidates {
        let earlier = pendingLines.isEmpty ? "" : pendingLines.joined(separator: "\n") + "\n"
        let offset = earlier.unicodeScalars.count
        let completion = CompletionEngine(data: CompletionData(corpus: session.corpus, names: session.names))
            .complete(line: earlier + line, cursor: cursor + offset)
        return CompletionCandidates(
            replaceFrom: max(0, completion.replaceFrom - offset), candidates: completion.candidates)
    }
}
