import Foundation
import ReportKit
import TallyQuery

/// Step mode: walks through a script for a talk or a lesson. Each step shows its title, narration
/// and command, then waits at the step prompt for a key (see `StepText.keys`): Enter runs the
/// step, `s` skips it, `b` goes back one, a number jumps, `t` and `a` turn typing and
/// auto-advance on and off, `q` ends, `?` lists the keys; any other text runs as the presenter's
/// own command and the walk comes back to the same step.
///
/// Whatever order the steps are shown in, the state each step starts from is the one the script
/// gives it: a jump forward runs the set-up and the state-defining commands (`let`, `.mode`…) of
/// the steps it passes, silently; going back restores the state as it was before that step ran.
final class StepWalk {
    let shell: Shell
    let script: ScriptFile
    let plan: StepScript
    let reader: any LineReader
    /// Single keys for typing and for pausing auto-advance; nil reads none (typing is then shown
    /// at once and auto-advance waits its whole interval).
    let keys: (any KeyReader)?
    let options: StepOptions
    let texts: StepText
    let transcript: Transcript?
    let notes: PresenterNotes?

    /// The step shown (0-based), which has not run in this visit.
    var index = 0
    /// Whether commands are typed out before they run.
    var typing: Bool
    /// Whether steps run by themselves, one every `autoSeconds`.
    var autoAdvance: Bool
    /// The interval of auto-advance.
    let autoSeconds: Double
    /// The state before each step ran, by index, for `b` and jumps back.
    var before: [Int: WalkState] = [:]
    /// The state when the walk began.
    let initial: WalkState

    init(
        shell: Shell, script: ScriptFile, reader: any LineReader, keys: (any KeyReader)?, options: StepOptions,
        transcript: Transcript?, notes: PresenterNotes?
    ) {
        self.shell = shell
        self.script = script
        self.plan = StepScript(script.text)
        self.reader = reader
        self.keys = keys
        self.options = options
        self.texts = StepText(options)
        self.transcript = transcript
        self.notes = notes
        typing = options.typingMilliseconds != nil
        autoAdvance = options.autoSeconds != nil
        autoSeconds = options.autoSeconds ?? StepOptions.defaultAutoSeconds
        initial = WalkState(of: shell)
    }

    var steps: [StepScript.Step] { plan.steps }

    /// Walks from step `options.from` to the end or until `q`; `.quit` when the presenter typed
    /// `.quit`, else `.succeeded`.
    func run() -> CommandOutcome {
        say(texts.opening(path: script.path, title: plan.title, steps: steps.count))
        notes?.add(texts.notesOpening(path: script.path, title: plan.title))
        if !plan.header.isEmpty { notes?.add(plan.header) }
        guard !steps.isEmpty else { return finish(completed: true) }
        let first = min(max(0, options.from - 1), steps.count - 1)
        catchUp(from: 0, to: first, setUpDone: false)
        arrive(at: first)
        while index < steps.count {
            if autoAdvance {
                advanceAutomatically()
                continue
            }
            switch reader.readLine(
                prompt: Prompt(primary: shell.style.apply(.prompt, texts.prompt(number: index + 1, total: steps.count)))
            ) {
            case .endOfInput: return finish(completed: false)
            case .interrupted: continue
            case .line(let line):
                switch answer(line) {
                case .stay: continue
                case .stop: return finish(completed: false)
                case .quitShell: return .quit
                }
            }
        }
        return finish(completed: true)
    }

    /// What the walk does after a line typed at the step prompt.
    private enum Next {
        /// Goes on.
        case stay
        /// Ends the walk (`q`).
        case stop
        /// Ends the walk and the shell (`.quit`).
        case quitShell
    }

    /// Does what a line typed at the step prompt asks.
    private func answer(_ line: String) -> Next {
        let key = line.trimmingWhitespace().lowercased()
        switch key {
        case "":
            if typing && !typeOut(steps[index].command.text) { return .stay }
            runStep()
            advance(ran: true)
        case "s":
            transcript?.skip(index)
            advance(ran: false)
        case "b":
            guard index > 0 else {
                shell.showError(texts.noStepBefore)
                return .stay
            }
            jump(to: index - 1)
        case "q":
            return .stop
        case "t":
            typing.toggle()
            say(texts.typing(on: typing, milliseconds: options.typingMilliseconds))
        case "a":
            autoAdvance = true
            say(texts.autoAdvance(on: true, seconds: autoSeconds))
        case "?", "h", "？":
            shell.write(texts.keys + "\n")
        default:
            if let number = Int(key) {
                guard (1...steps.count).contains(number) else {
                    shell.showError(texts.noSuchStep(number, total: steps.count))
                    return .stay
                }
                jump(to: number - 1)
            } else if runOwnCommand(line) == .quit {
                return .quitShell
            }
        }
        return .stay
    }

    /// Shows step `index`: its rule and title, its narration, and its command after the prompt
    /// (unless typing is on, which types it when it runs), their controls as visible escapes
    /// (`TerminalText`); the notes stream gets its notes.
    func show() {
        let step = steps[index]
        let style = shell.style
        let heading = texts.heading(number: index + 1, total: steps.count, title: step.title)
        var text = "\n" + style.apply(.heading, TerminalText.singleLine(heading)) + "\n"
        if !step.narration.isEmpty {
            text +=
                step.narration.split(separator: "\n", omittingEmptySubsequences: false)
                .map { style.apply(.dim, TerminalText.shown(String($0))) }.joined(separator: "\n") + "\n"
        }
        if !typing {
            text +=
                Self.prompted(step.command.text).split(separator: "\n")
                .map { style.apply(.accent, TerminalText.shown(String($0))) }
                .joined(separator: "\n") + "\n"
        }
        shell.write(text)
        writeNotes()
    }

    /// The notes of step `index`: its rule, notes, command and the title of the next step.
    private func writeNotes() {
        guard let notes else { return }
        let step = steps[index]
        var lines = ["", texts.heading(number: index + 1, total: steps.count, title: step.title)]
        lines += step.notes
        lines.append(texts.notesCommand(step.command.text.replacingOccurrences(of: "\n", with: "\n  ")))
        if index + 1 < steps.count {
            let next = steps[index + 1]
            lines.append(texts.notesNext("\(index + 2)" + (next.title.map { " · " + $0 } ?? "")))
        } else {
            lines.append(texts.notesLast)
        }
        notes.add(lines.joined(separator: "\n"))
    }

    /// Runs step `index`, recording what it shows.
    func runStep() {
        let command = steps[index].command
        transcript?.beginStep(index, command: command.text)
        record { _ = shell.run(command.text, origin: command.origin(file: script.path)) }
    }

    /// Runs text the presenter typed (reading more lines while the statement is unfinished), then
    /// says which step the walk is back at.
    private func runOwnCommand(_ firstLine: String) -> CommandOutcome {
        var text = firstLine
        while !MetaCommand.isMetaCommand(text) && !ScriptSplitter.isComplete(text) {
            guard case .line(let more) = reader.readLine(prompt: Prompt(primary: "  ...> ")) else { return .succeeded }
            text += "\n" + more
        }
        reader.addToHistory(text)
        transcript?.beginPresenterCommand(at: index, command: text)
        var outcome = CommandOutcome.succeeded
        record { outcome = shell.run(text) }
        if outcome == .quit { return .quit }
        let command = steps[index].command.text.split(separator: "\n").first.map(String.init) ?? ""
        say(texts.backTo(number: index + 1, total: steps.count, command: command))
        return outcome
    }

    /// Runs `body` with Ctrl-C stopping the command instead of the walk, recording what it shows.
    private func record(_ body: () -> Void) {
        shell.transcript = transcript
        defer {
            shell.transcript = nil
            transcript?.endCommand()
        }
        Interrupt.catching(body)
    }

    /// Writes a line of the walk's own, dimmed; the paths, titles and commands in it show their
    /// controls as visible escapes (`TerminalText`).
    func say(_ text: String) {
        shell.write(shell.style.apply(.dim, TerminalText.shown(text)) + "\n")
    }

    /// Ends the walk: the closing comments when it went to the end, and a last line.
    private func finish(completed: Bool) -> CommandOutcome {
        if completed {
            runSilently(plan.trailingSetUp)
            if !plan.epilogue.isEmpty {
                shell.write("\n" + shell.style.apply(.dim, TerminalText.shown(plan.epilogue)) + "\n")
            }
            say(texts.end(path: script.path))
        } else {
            say(texts.stopped(path: script.path))
        }
        transcript?.finish(completed: completed, at: index, epilogue: plan.epilogue)
        return .succeeded
    }

    /// `command` after the prompt, continuation lines after the continuation prompt.
    static func prompted(_ command: String) -> String {
        command.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset == 0 ? "tally> " : "  ...> ") + $0.element }
            .joined(separator: "\n") + "\n"
    }
}
