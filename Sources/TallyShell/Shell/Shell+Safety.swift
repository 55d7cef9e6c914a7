import ReportKit
import TallyQuery
import TallyText

extension Shell {
    /// Tells safe mode the files and folders named on the command line (the only ones it lets
    /// commands read) and turns it on when `on` (`--safe`); `.safe on` can turn it on later.
    public func setUpSafeMode(namedPaths: [String], on: Bool) {
        var mode = SafeMode(namedPaths: namedPaths)
        if on || safeMode.isOn { mode.turnOn() }
        safeMode = mode
    }

    /// `.safe on` turns safe mode on, `.safe` shows it; `.safe off` is refused, so a script cannot
    /// undo what the person running it asked for.
    func setSafeMode(_ on: Bool?, line: String, origin: StatementOrigin) -> CommandOutcome {
        switch on {
        case nil:
            showSetting("safe", Self.switchText(safeMode.isOn))
        case true?:
            guard !safeMode.isOn else { return .succeeded }
            safeMode.turnOn()
            stopWriting()
        case false?:
            guard safeMode.isOn else { return .succeeded }
            show(
                metaError(
                    Phrase.safeCannotTurnOff(), line: line, origin: origin, argument: 0,
                    hint: Phrase.safeCannotTurnOffHint()))
            return .failed
        }
        return .succeeded
    }

    /// What `.safe on` ends of the writing begun before it: the history file is saved to no more,
    /// and an open `.output` file (closed whole) or a waiting `.once` file is given up, each with
    /// one line saying so; results go to the screen from then on.
    private func stopWriting() {
        historyFile?.stopSaving()
        historyFile = nil
        if let file = outputFile {
            outputFile = nil
            if close(file) {
                writeError(Diagnostic.notice(Phrase.safeClosedOutput(file.path), color: settings.errorColor) + "\n")
            }
        }
        if let file = onceFile {
            onceFile = nil
            if close(file) {
                writeError(Diagnostic.notice(Phrase.safeDroppedOnce(file.path), color: settings.errorColor) + "\n")
            }
        }
    }

    /// The error that refuses `command` in safe mode, or nil when it may run: writing a file
    /// (`.output FILE`, `.once`) is refused, and so is reading (`.read`, `.step`, `.load`) outside
    /// the paths named on the command line.
    func safeModeRefusal(of command: MetaCommand, line: String, origin: StatementOrigin) -> Diagnostic? {
        guard safeMode.isOn else { return nil }
        let writes = Phrase.safeWritesNothing()
        switch command {
        case .output(let path?):
            return metaError(
                Phrase.safeRefusedWrite(".output " + path), line: line,
                origin: origin, argument: 0, hint: writes)
        case .once(let path):
            return metaError(
                Phrase.safeRefusedWrite(".once " + path), line: line,
                origin: origin, argument: 0, hint: writes)
        case .save(let path):
            return metaError(
                Phrase.safeRefusedWrite(".save " + path), line: line,
                origin: origin, argument: 0, hint: writes)
        case .read(let path), .step(let path):
            return readRefusal([path], line: line, origin: origin)
        case .load(let paths):
            return readRefusal(paths, line: line, origin: origin)
        default:
            return nil
        }
    }

    /// The refusal of the first of `paths` outside the paths named on the command line.
    private func readRefusal(_ paths: [String], line: String, origin: StatementOrigin) -> Diagnostic? {
        guard let index = paths.firstIndex(where: { !safeMode.allowsReading($0) }) else { return nil }
        return metaError(
            Phrase.safeRefusedRead(paths[index]), line: line, origin: origin, argument: index,
            hint: Phrase.safeReadsOnly())
    }

    /// A diagnostic pointing at argument `argument` of a meta command line.
    private func metaError(
        _ message: String, line: String, origin: StatementOrigin, argument: Int, hint: String
    ) -> Diagnostic {
        let arguments = Array(MetaWords(line).arguments)
        let word = argument < arguments.count ? arguments[argument] : nil
        return Diagnostic(
            message, at: SourceLocation(file: origin.file, line: origin.line, column: word?.column ?? 1),
            sourceLine: line, length: word?.length ?? 1, hint: hint)
    }
}
