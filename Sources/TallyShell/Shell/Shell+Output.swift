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
            let shown = send(output, to: file, statement: statement)
            return close(file) && shown
        }
        if let file = outputFile {
            return send(output, to: file, statement: statement)
        }
        let format = output.format ?? settings.format
        let bom = settings.bom && format.takesByteOrderMark && !wroteToScreen ? "\u{FEFF}" : ""
        if let transcript, !quiet {
            let text =
                bom
                + output.rendered(
                    defaultFormat: settings.format, width: screenWidth, color: settings.color,
                    expanded: settings.expanded, forTerminal: settings.outputIsTerminal, stop: stop)
            wroteToScreen = true
            console.writeOutput(text)
            transcript.record(output, shown: text, defaultFormat: settings.format)
        } else if !quiet {
            if !bom.isEmpty { write(bom) }
            _ = output.write(
                defaultFormat: settings.format, width: screenWidth, color: settings.color,
                expanded: settings.expanded, forTerminal: settings.outputIsTerminal, stop: stop
            ) { chunk in
                write(chunk)
                return console.outputFailure() == nil
            }
        }
        if output.omitted != nil {
            write(style.apply(.dim, Phrase.moreRowsHint()) + "\n")
        }
        return true
    }

    /// Writes a result to `file`: as text, every row, no colour, written as it is rendered (when
    /// Ctrl-C stops it, the file is cut back to what it held before), or as the next sheet of a
    /// workbook. False, after saying why, when it could not be written.
    private func send(_ output: CommandOutput, to file: ResultFile, statement: String) -> Bool {
        do {
            if file.isWorkbook {
                guard let table = output.table else { return true }
                return try file.add(table: table, title: Self.sheetTitle(statement), stop: stop)
            }
            let format = output.format ?? settings.format
            return try file.add(bom: settings.bom && format.takesByteOrderMark, stop: stop) { writer in
                output.write(defaultFormat: settings.format, stop: stop, to: writer)
            }
        } catch {
            showError(error.message)
            return false
        }
    }

    /// A sheet's title: the statement on one line.
    private static func sheetTitle(_ statement: String) -> String {
        statement.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }
            .joined(separator: " ")
    }

    /// Closes `file`; false, after saying why, when that failed.
    func close(_ file: ResultFile) -> Bool {
        do {
            try file.close()
            return true
        } catch {
            showError(error.message)
            return false
        }
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

    /// Writes `text` to the screen (and to the transcript when one is recorded), unless `quiet`.
    func write(_ text: String) {
        guard !quiet else { return }
        if !text.isEmpty { wroteToScreen = true }
        console.writeOutput(text)
        transcript?.record(text)
    }

    /// Writes `text` to standard error (and to the transcript when one is recorded).
    func writeError(_ text: String) {
        console.writeError(text)
        transcript?.record(text)
    }

    // MARK: - Ending

    /// Says once, on standard error, that standard output could not be written (a full disk, a
    /// closed descriptor). True when it could not, so the process exits 1.
    public func reportOutputFailure() -> Bool {
        guard let failure = console.outputFailure() else { return false }
        if !reportedOutputFailure {
            reportedOutputFailure = true
            showError(failure)
        }
        return true
    }

    /// Ends the session's output: the file `.output` opened is closed (it already holds every
    /// result), and so is a `.once` file still waiting for its result. False when one of them could
    /// not be written.
    @discardableResult
    public func finish() -> Bool {
        var finished = true
        for file in [onceFile, outputFile].compactMap({ $0 }) where !close(file) {
            finished = false
            failureCount += 1
        }
        onceFile = nil
        outputFile = nil
        return finished
    }
}
