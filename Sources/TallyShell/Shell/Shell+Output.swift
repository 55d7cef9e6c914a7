import ReportKit
import TallyQuery
import TallyText

extension Shell {
    /// Shows a command's output: messages (help, `let`) on the screen, results where `.once` or
    /// `.output` send them. False when the result could not be written to its file.
    func show(_ output: CommandOutput, statement: String) -> Bool {
        if case .message = output.body {
            var text = output.rendered()
            if Self.isHelpOverview(statement) { text += "\n" + MetaCommandHelp.text }
            write(text)
            return true
        }
        if let file = onceFile {
            onceFile = nil
            guard let text = fileText(of: output) else { return false }
            file.write(text)
            do {
                try file.commit()
            } catch {
                showError(error.message)
                return false
            }
            return true
        }
        if let file = outputFile {
            guard let text = fileText(of: output) else { return false }
            file.write(text)
            return true
        }
        write(
            output.rendered(
                defaultFormat: settings.format, width: screenWidth, color: settings.color,
                expanded: settings.expanded, stop: stop))
        if output.table?.omitted != nil {
            write(style.apply(.dim, Phrase.moreRowsHint()) + "\n")
        }
        return true
    }

    /// A result as a file gets it (every row, no colour), or nil when Ctrl-C stopped the rendering:
    /// the text is then incomplete, and the file is left as it was.
    private func fileText(of output: CommandOutput) -> String? {
        let text = output.rendered(defaultFormat: settings.format, stop: stop)
        return stopRequested() ? nil : text
    }

    /// The width results on the screen are fitted to: the window's, when it is followed and known.
    var screenWidth: Int? {
        settings.followsWindowWidth ? TerminalInfo.windowColumns() ?? settings.width : settings.width
    }

    /// Whether a statement is `help` alone (in English or Chinese), whose answer also lists the
    /// shell commands.
    private static func isHelpOverview(_ statement: String) -> Bool {
        let word = statement.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != ";" }
        return Keyword(word: String(String.UnicodeScalarView(word))) == .help
    }

    /// Shows an error located in a file on standard error, coloured when allowed.
    func show(_ diagnostic: Diagnostic) {
        writeError(diagnostic.rendered(color: settings.errorColor) + "\n")
    }

    /// Shows why a statement stopped on standard error: its mistake, or `tally: interrupted`.
    func show(_ error: StatementError) {
        writeError(error.rendered(color: settings.errorColor) + "\n")
    }

    /// Shows an error that has no place in a file, as `tally: error: message`.
    public func showError(_ message: String) {
        writeError(Diagnostic.unlocated(message, color: settings.errorColor) + "\n")
    }

    /// Writes `text` to the screen (and to the transcript when one is recorded).
    func write(_ text: String) {
        console.writeOutput(text)
        transcript?.record(text)
    }

    /// Writes `text` to standard error (and to the transcript when one is recorded).
    func writeError(_ text: String) {
        console.writeError(text)
        transcript?.record(text)
    }

    // MARK: - Ending

    /// Ends the session's output: a file opened with `.output` is written (`complete`) or dropped
    /// and left as it was; a pending `.once` file is dropped. False when the file could not be written.
    @discardableResult
    public func finish(complete: Bool) -> Bool {
        onceFile?.discard()
        onceFile = nil
        guard let file = outputFile else { return true }
        outputFile = nil
        guard complete else {
            file.discard()
            return true
        }
        do {
            try file.commit()
            return true
        } catch {
            showError(error.message)
            failureCount += 1
            return false
        }
    }
}
