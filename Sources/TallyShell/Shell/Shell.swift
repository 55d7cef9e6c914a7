import Foundation
import ReportKit
import TallyQuery
import TallyText

/// The tally shell: a query session plus the things around it — output format and destination,
/// echo and timer, meta commands, script files — shared by the interactive loop, script mode and
/// step mode.
///
/// Every command goes through `run(_:origin:)`: a line starting with a dot is a meta command, anything
/// else a statement of the language. Results go to the screen or to the file `.output`/`.once`
/// opened; errors always go to standard error as `file:line:column: error: …` with a caret.
public final class Shell {
    /// The query session: loaded reports and `let` names.
    public internal(set) var session: Session
    /// Format, echo, timer, colour and width.
    public var settings: ShellSettings
    /// How many commands have failed so far.
    public internal(set) var failureCount = 0
    let console: Console
    /// The history file the interactive shell saves to, for `.history`.
    var historyFile: HistoryFile?
    /// The file `.output` sends results to, written after each result.
    var outputFile: ResultFile?
    /// The file `.once` sends the next result to.
    var onceFile: ResultFile?
    /// Whether a failed write to standard output was reported (it is, once).
    var reportedOutputFailure = false
    /// Whether anything was written to standard output (a byte-order mark goes only before the first byte).
    var wroteToScreen = false
    /// The real paths of the script files running, innermost last, to refuse a `.read` cycle.
    var runningScripts: [String] = []
    /// The commands entered this session, for `.history` when there is no history file.
    var enteredCommands: [String] = []
    /// The reader of the interactive shell while it runs (for `.step` inside the shell).
    var interactiveReader: (any LineReader)?
    /// The lines of an unfinished statement typed so far, for completion on continuation lines.
    var pendingLines: [String] = []
    /// While step mode records a transcript: everything shown, as plain text.
    var transcript: Transcript?
    /// While step mode runs set-up silently: nothing goes to the screen but errors.
    var quiet = false
    /// Safe mode (`--safe`, `.safe on`): what it refuses is in `Shell+Safety.swift`.
    public internal(set) var safeMode = SafeMode()
    /// Whether Ctrl-C asked the running command to stop (tests put in their own).
    var stopRequested: @Sendable () -> Bool = { Interrupt.isRequested }

    /// Ctrl-C as the query engine and the renderers check it.
    var stop: StopSignal { StopSignal(stopRequested) }

    /// A shell over `corpus` with `settings`, writing to `console`.
    public init(corpus: Corpus, settings: ShellSettings = ShellSettings(), console: Console = .standard) {
        self.session = Session(corpus: corpus)
        self.settings = settings
        self.console = console
    }

    /// The style of the shell's own screen text.
    var style: TextStyle { TextStyle(enabled: settings.color) }

    // MARK: - Running commands

    /// Runs one command — a meta command when its first visible character is a dot, else a statement —
    /// and reports how it went. `origin` places its errors.
    @discardableResult
    public func run(_ text: String, origin: StatementOrigin = .command) -> CommandOutcome {
        if isQuitWord(text) { return .quit }
        var outcome = speaking {
            MetaCommand.isMetaCommand(text)
                ? runMeta(text, origin: origin) : runStatement(text, origin: origin)
        }
        if !reportedOutputFailure && speaking({ reportOutputFailure() }) && outcome != .interrupted {
            outcome = .failed
        }
        if outcome == .failed { failureCount += 1 }
        return outcome
    }

    /// Whether `text` is `exit` or `quit` alone (or 退出), as every shell accepts, and no `let`
    /// name of that spelling stands in the way.
    private func isQuitWord(_ text: String) -> Bool {
        let word = text.trimmingWhitespace()
        return ["exit", "quit", "退出"].contains(word.lowercased()) && !session.names.contains(word)
    }

    /// Runs `body` with texts in the shell's language (`settings.language`).
    func speaking<Result>(_ body: () throws -> Result) rethrows -> Result {
        try Language.$current.withValue(settings.language, operation: body)
    }

    /// Runs a statement of the language and shows its result.
    private func runStatement(_ text: String, origin: StatementOrigin) -> CommandOutcome {
        echo(text)
        let clock = ContinuousClock()
        let start = clock.now
        let output: CommandOutput
        do {
            output = try session.run(text, origin: origin, rowLimit: screenRowLimit, stop: stop)
        } catch {
            if error == .interrupted { endEchoedInterrupt() }
            show(error)
            return error == .interrupted ? .interrupted : .failed
        }
        let shown = show(output, statement: text)
        if stopRequested() {
            endEchoedInterrupt()
            show(StatementError.interrupted)
            return .interrupted
        }
        showTime(since: start, clock: clock)
        return shown ? .succeeded : .failed
    }

    /// Ends the line where the terminal echoed `^C`, so the message after it starts a line of its own.
    private func endEchoedInterrupt() {
        if interactiveReader != nil { writeError("\n") }
    }

    /// The row limit for the next result: `.maxrows` when it goes to the screen as a table.
    private var screenRowLimit: Int? {
        onceFile == nil && outputFile == nil && settings.format == .table ? settings.maxRows : nil
    }

    /// Shows `text` as the command being run, when echo is on, its controls as visible escapes
    /// (`TerminalText`).
    func echo(_ text: String) {
        guard settings.echo else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var shown = ""
        for (index, line) in lines.enumerated() {
            shown +=
                style.apply(.prompt, index == 0 ? "tally>" : "  ...>") + " " + TerminalText.shown(String(line)) + "\n"
        }
        write(shown)
    }

    /// Shows the running time of a command, when the timer is on.
    private func showTime(since start: ContinuousClock.Instant, clock: ContinuousClock) {
        guard settings.timer else { return }
        let elapsed = clock.now - start
        let milliseconds =
            Double(elapsed.components.seconds) * 1000
            + Double(elapsed.components.attoseconds) / 1e15
        writeError(
            TextStyle(enabled: settings.errorColor).apply(
                .dim, Phrase.timeShown(Self.formatted(milliseconds: milliseconds)))
                + "\n")
    }

    /// `12.3 ms` below ten seconds, `12.35 s` above.
    private static func formatted(milliseconds: Double) -> String {
        milliseconds >= 10_000
            ? String(format: "%.2f s", milliseconds / 1000) : String(format: "%.1f ms", milliseconds)
    }
}
