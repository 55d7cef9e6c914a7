import CEditLine
import ReportKit
import TallyText

#if canImport(Glibc)
import Glibc
#endif

/// The interactive line editor: libedit's native wide-character API with emacs key bindings,
/// history, Tab completion, a Ctrl-C that discards the line instead of killing the shell, and two
/// commands of tally's own: Ctrl-R's history search (which handles Chinese) and bracketed paste.
///
/// Use it only when standard input and output are both terminals (`TerminalInfo.isInteractive`),
/// after `TerminalSetup.configureLocale()`. The C callbacks reach this object through libedit's
/// client data pointer; the object owns the editor and outlives it.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    private let completer: Completer?
    /// The current prompt as a C string for the prompt callback (escape sequences marked with `\1`).
    private var promptCString: UnsafeMutablePointer<CChar>
    private var promptText = ""
    /// The history entries, oldest first, for Ctrl-R (`HistorySearch`).
    private var entries: [String] = []
    /// What Ctrl-R needs while it searches: the search, and the line and prompt to go back to.
    private struct SearchState {
        var search: HistorySearch
        let original: String
        let originalCursor: Int
        let prompt: String
    }
    /// The search under way, between the keys typed into it; nil when not searching.
    private var searching: SearchState?
    /// Set by the Ctrl-C command, so that `readLine` can tell an interrupted line from the end of input.
    private var interrupted = false

    /// Sets up libedit on the process's standard streams. Nil if libedit cannot start.
    ///
    /// - Parameters:
    ///   - historyFile: where entries are loaded from and saved to; nil keeps history in memory only.
    ///   - completer: answers Tab; nil makes Tab beep.
    ///   - programName: the name `~/.editrc` settings are selected by.
    public init?(historyFile: HistoryFile?, completer: Completer?, programName: String = "tally") {
        guard let editLine = el_init(programName, ce_stdin(), ce_stdout(), ce_stderr()) else { return nil }
        guard let history = history_winit() else {
            el_end(editLine)
            return nil
        }
        guard let emptyPrompt = strdup("") else {
            history_wend(history)
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.completer = completer
        self.promptCString = emptyPrompt
        configureEditor()
        configureHistory()
    }

    deinit {
        el_end(editLine)
        history_wend(history)
        free(promptCString)
    }

    /// Edits one line after showing `prompt`.
    ///
    /// Returns `.interrupted` after Ctrl-C (the typed text is discarded and `^C` is shown) and
    /// `.endOfInput` after Ctrl-D on an empty line; either way the cursor moves to a fresh line.
    /// Whether the terminal has sent more bytes than have been read: the rest of a paste, which
    /// arrives faster than anyone types (a short wait lets the next chunk of a paste come in).
    public var hasPendingInput: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Self.pasteWaitMilliseconds) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// How long to wait for the next line of a paste, in milliseconds.
    static let pasteWaitMilliseconds: Int32 = 30

    public func readLine(prompt: Prompt) -> LineInput {
        setPrompt(prompt.text)
        interrupted = false
        searching = nil
        var count: Int32 = 0
        // Ctrl-C is a plain key while editing; the handler only matters for a SIGINT sent from
        // outside, which libedit passes on to it (el_wgets then fails with EINTR).
        // Bracketed paste on while editing only: a paste then arrives between ESC[200~ and ESC[201~.
        if Self.terminalTakesBracketedPaste { writeOutput("\u{1B}[?2004h") }
        let (wide, failure) = Interrupt.catching { (el_wgets(editLine, &count), errno) }
        if Self.terminalTakesBracketedPaste { writeOutput("\u{1B}[?2004l") }
        if Termination.isRequested {
            writeOutput("\n")
            return .endOfInput
        }
        if interrupted || (count < 0 && failure == EINTR) {
            writeOutput("\n")
            return .interrupted
        }
        guard let wide, count > 0 else {
            writeOutput("\n")
            return .endOfInput
        }
        var line = WideText.string(wide, count: Int(count))
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds `entry` to the in-memory history (for Up) and saves it to the history file at once.
    /// A multi-line statement keeps its line breaks (`HistoryFile.historyEntry`): Up brings back all
    /// its lines at once, and Enter runs them as they were typed. An entry over
    /// `HistoryFile.maximumEntryBytes` is kept in neither.
    public func addToHistory(_ entry: String) {
        let line = HistoryFile.historyEntry(entry)
        guard !line.isEmpty, line.utf8.count <= HistoryFile.maximumEntryBytes else { return }
        ce_hist_enter(history, WideText.nulTerminated(line))
        if entries.last != line { entries.append(line) }
        historyFile?.append(line)
    }

    // MARK: - Set-up

    /// Emacs bindings, the prompt, signals, and the Ctrl-C and Tab commands.
    private func configureEditor() {
        ce_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        ce_set_editor(editLine, "emacs")
        ce_set_signal(editLine, 1)
        ce_set_prompt_esc(
            editLine,
            { editLine in
                EditLineReader.reader(of: editLine)?.promptCString
            }, 1)
        // Ctrl-C becomes an ordinary key while editing (edit-mode tty flags only; cooked mode, used
        // while a statement runs, keeps ISIG).
        ce_setty(editLine, "-d", "-isig")
        ce_addfn(
            editLine, "tally-interrupt", "Discard the line being edited",
            { editLine, _ in
                EditLineReader.reader(of: editLine)?.interruptCommand() ?? UInt8(CC_ERROR)
            })
        ce_bind(editLine, "^C", "tally-interrupt")
        ce_addfn(
            editLine, "tally-complete", "Complete the word before the cursor",
            { editLine, _ in
                EditLineReader.reader(of: editLine)?.completeCommand() ?? UInt8(CC_ERROR)
            })
        ce_bind(editLine, "^I", "tally-complete")
        ce_addfn(
            editLine, "tally-search-history", "Search the history for text typed, newest first",
            { editLine, _ in
                EditLineReader.reader(of: editLine)?.searchCommand() ?? UInt8(CC_ERROR)
            })
        ce_bind(editLine, "^R", "tally-search-history")
        ce_addfn(
            editLine, "tally-paste", "Take a bracketed paste as the lines of one entry",
            { editLine, _ in
                EditLineReader.reader(of: editLine)?.pasteCommand() ?? UInt8(CC_ERROR)
            })
        ce_bind(editLine, "\\e[200~", "tally-paste")
    }

    /// Sizes the in-memory history, fills it from the history file and attaches it to the editor.
    private func configureHistory() {
        ce_hist_setsize(history, Int32(clamping: historyFile?.size ?? HistoryFile.defaultSize))
        ce_hist_setunique(history, 1)
        for entry in historyFile?.load() ?? [] {
            ce_hist_enter(history, WideText.nulTerminated(entry))
            entries.append(entry)
        }
        ce_set_history(editLine, history)
    }

    /// The reader whose editor is `editLine`, from the client data pointer.
    private static func reader(of editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = ce_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    // MARK: - Prompt

    /// Makes `text` the prompt the callback returns (converted once per change, not per redraw).
    private func setPrompt(_ text: String) {
        guard text != promptText, let copy = strdup(Self.markingEscapes(in: text)) else { return }
        free(promptCString)
        promptCString = copy
        promptText = text
    }

    /// `text` with each ANSI escape sequence wrapped in `\1 … \1`, the marker set with `EL_PROMPT_ESC`,
    /// so libedit prints the sequences but does not count them as columns.
    static func markingEscapes(in text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        let escape: Unicode.Scalar = "\u{1B}"
        let marker: Unicode.Scalar = "\u{01}"
        while let scalar = scalars.next() {
            guard scalar == escape else {
                result.append(scalar)
                continue
            }
            result.append(marker)
            result.append(scalar)
            if let kind = scalars.next() {
                result.append(kind)
                // A CSI sequence (ESC [ …) runs to its final byte, @ through ~.
                if kind == "[" {
                    while let next = scalars.next() {
                        result.append(next)
                        if (0x40...0x7E).contains(next.value) { break }
                    }
                }
            }
            result.append(marker)
        }
        return String(result)
    }

    // MARK: - Editor commands

    /// Ctrl-C: with the cursor mid-line, first moves to the end of the line and replays the key (so
    /// `^C` does not overwrite the text after the cursor); then shows `^C` and ends the line, which
    /// `readLine` discards.
    private func interruptCommand() -> UInt8 {
        if let line = el_wline(editLine)?.pointee, line.cursor != line.lastchar {
            el_cursor(editLine, Int32(line.lastchar - line.cursor))
            el_push(editLine, "\u{03}")
            return UInt8(CC_REFRESH)
        }
        interrupted = true
        writeOutput("^C")
        return UInt8(CC_NEWLINE)
    }

    /// Tab: asks the completer about the line and inserts, extends, lists or beeps.
    private func completeCommand() -> UInt8 {
        guard let completer, let line = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let text = WideText.string(line.buffer, count: line.lastchar - line.buffer)
        let cursor = line.cursor - line.buffer
        switch completer(text, cursor).edit(line: text, cursor: cursor) {
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editLine, Int32(deleting)) }
            if !inserting.isEmpty && el_winsertstr(editLine, WideText.nulTerminated(inserting)) != 0 {
                return UInt8(CC_ERROR)
            }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = TerminalInfo.windowColumns() ?? 80
            // A file name may hold controls: each candidate is shown as `TerminalText` lays it out.
            let shown = candidates.map(TerminalText.singleLine)
            writeOutput("\n" + columnRows(shown, width: width).joined(separator: "\n") + "\n")
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_ERROR)
        }
    }

    /// Ctrl-R: shows the newest entry holding the text typed so far behind a search prompt. Ctrl-R
    /// again finds an older one, Backspace shortens the text, Enter runs the entry found, Ctrl-G puts
    /// the line back as it was, and any other control key or escape sequence leaves the entry found
    /// in the line and then does what it always does.
    ///
    /// Each key typed while searching is read here, one per call: the command pushes Ctrl-R back
    /// after each, so that libedit redraws the line and the prompt in place and calls it again.
    private func searchCommand() -> UInt8 {
        guard let state = searching else {
            guard let line = el_wline(editLine)?.pointee else { return UInt8(CC_ERROR) }
            searching = SearchState(
                search: HistorySearch(entries: entries),
                original: WideText.string(line.buffer, count: line.lastchar - line.buffer),
                originalCursor: line.cursor - line.buffer, prompt: promptText)
            return showSearch()
        }
        var key: wchar_t = 0
        guard el_wgetc(editLine, &key) == 1, let scalar = Unicode.Scalar(UInt32(bitPattern: key)) else {
            return endSearch(state)
        }
        switch scalar {
        case "\u{12}": searching?.search.searchOlder()
        case "\u{7F}", "\u{08}": searching?.search.deleteLast()
        case "\u{07}":
            replaceLine(with: state.original, cursor: state.originalCursor)
            return endSearch(state)
        case _ where scalar.value >= 0x20:
            searching?.search.type(scalar)
        default:
            // Enter, Ctrl-C, an arrow key…: replayed once the normal prompt is back.
            el_wpush(editLine, [key, 0])
            return endSearch(state)
        }
        return showSearch()
    }

    /// Shows the search's prompt and the entry found, and has libedit call the search command again
    /// for the next key.
    private func showSearch() -> UInt8 {
        guard let state = searching else { return UInt8(CC_REFRESH) }
        let search = state.search
        let label = search.isFailing ? Phrase.historySearchFailing : Phrase.historySearch
        setPrompt(label(TerminalText.singleLine(search.query)))
        replaceLine(with: search.foundEntry ?? state.original, cursor: search.foundOffset ?? state.originalCursor)
        el_wpush(editLine, [0x12, 0])
        return UInt8(CC_REDISPLAY)
    }

    /// Ends the search, leaving the line as it is, and brings the normal prompt back.
    private func endSearch(_ state: SearchState) -> UInt8 {
        searching = nil
        setPrompt(state.prompt)
        return UInt8(CC_REDISPLAY)
    }

    /// Whether to ask the terminal for bracketed paste: any terminal but a `dumb` one.
    private static let terminalTakesBracketedPaste = getenv("TERM").map { String(cString: $0) != "dumb" } ?? false

    /// ESC[200~, the start of a bracketed paste: reads the pasted text up to ESC[201~ and inserts it.
    /// A paste of several lines becomes one entry holding them all; when it ends with a line break it
    /// is entered at once, as pasting lines into a terminal always did.
    private func pasteCommand() -> UInt8 {
        let end = Array("\u{1B}[201~".unicodeScalars)
        var pasted: [Unicode.Scalar] = []
        var key: wchar_t = 0
        while pasted.suffix(end.count) != end[...], el_wgetc(editLine, &key) == 1 {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: key)) { pasted.append(scalar) }
        }
        if pasted.suffix(end.count) == end[...] { pasted.removeLast(end.count) }
        var text = String(String.UnicodeScalarView(pasted))
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let entersAtOnce = text.hasSuffix("\n")
        while text.hasSuffix("\n") { text.removeLast() }
        if !text.isEmpty && el_winsertstr(editLine, WideText.nulTerminated(text)) != 0 { return UInt8(CC_ERROR) }
        // Enter is replayed after the redraw, so that the pasted lines stay on the screen.
        if entersAtOnce { el_wpush(editLine, [wchar_t(13), 0]) }
        return UInt8(CC_REFRESH)
    }

    /// Replaces the whole line being edited with `text`, the cursor `cursor` scalars into it.
    private func replaceLine(with text: String, cursor: Int) {
        guard let line = el_wline(editLine)?.pointee else { return }
        el_cursor(editLine, Int32(line.lastchar - line.cursor))
        el_deletestr(editLine, Int32(line.lastchar - line.buffer))
        if !text.isEmpty { _ = el_winsertstr(editLine, WideText.nulTerminated(text)) }
        el_cursor(editLine, Int32(cursor - text.unicodeScalars.count))
    }

    /// Writes `text` to standard output through the stream libedit uses, flushed at once.
    private func writeOutput(_ text: String) {
        fputs(text, ce_stdout())
        fflush(ce_stdout())
    }
}
