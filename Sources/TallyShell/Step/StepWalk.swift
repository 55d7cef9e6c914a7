import Foundation
import TallyQuery

/// Step mode: walks through a script for a talk or a lesson. Each step shows its comment block as
/// narration and its command, then waits: Enter runs the command, `s` skips it, `q` ends the walk,
/// a number jumps to that step, and any other text runs as the presenter's own command before the
/// walk resumes at the same step.
struct StepWalk {
    let shell: Shell
    let script: ScriptFile
    let reader: any LineReader
    /// Where everything shown is recorded as Markdown, if anywhere.
    var transcript: Transcript?

    /// The script's commands: one step each.
    let steps: [ScriptItem]
    /// The comments after the last command.
    let epilogue: String

    /// A walk through `script`, reading the presenter's keys from `reader`.
    init(shell: Shell, script: ScriptFile, reader: any LineReader, transcript: Transcript? = nil) {
        self.shell = shell
        self.script = script
        self.reader = reader
        self.transcript = transcript
        let items = ScriptItems(script.text)
        self.steps = items.items
        self.epilogue = items.epilogue
    }

    /// Walks from step `first` (1-based) to the end or until `q`; `.quit` when the presenter typed
    /// `.quit`, else `.succeeded`.
    func run(from first: Int) -> CommandOutcome {
        let style = shell.style
        shell.write(
            style.apply(
                .dim,
                "Stepping through \(script.path): " + Plural.counted(steps.count, .step) + ". "
                    + "Enter runs a step, s skips it, q quits, a number jumps there; "
                    + "anything else runs as your own command.") + "\n")
        var index = max(0, first - 1)
        if index < steps.count { showStep(index) }
        while index < steps.count {
            switch reader.readLine(
                prompt: Prompt(primary: style.apply(.prompt, "step \(index + 1)/\(steps.count)>") + " "))
            {
            case .endOfInput:
                return finish(completed: false)
            case .interrupted:
                continue
            case .line(let line):
                let answer = line.trimmingCharacters(in: .whitespaces)
                if answer.isEmpty {
                    runStep(index)
                    index += 1
                    if index < steps.count { showStep(index) }
                } else if answer.lowercased() == "s" {
                    transcript?.note("*Skipped:*")
                    transcript?.beginCommand(steps[index].text)
                    transcript?.closeBlock()
                    index += 1
                    if index < steps.count { showStep(index) }
                } else if answer.lowercased() == "q" {
                    return finish(completed: false)
                } else if let number = Int(answer) {
                    guard (1...max(1, steps.count)).contains(number) else {
                        shell.showError("there is no step \(number); steps go from 1 to \(steps.count)")
                        continue
                    }
                    index = number - 1
                    showStep(index)
                } else if runOwnCommand(line) == .quit {
                    return .quit
                } else {
                    shell.write(
                        style.apply(.dim, "(back to step \(index + 1) of \(steps.count): ")
                            + style.apply(
                                .accent, steps[index].text.split(separator: "\n").first.map(String.init) ?? "")
                            + style.apply(.dim, ")") + "\n")
                }
            }
        }
        return finish(completed: true)
    }

    /// Shows step `index`: a header, the narration, and the command after the prompt.
    private func showStep(_ index: Int) {
        let step = steps[index]
        let style = shell.style
        var text = "\n" + style.apply(.heading, "── step \(index + 1) of \(steps.count) ──") + "\n"
        if !step.narration.isEmpty {
            text +=
                step.narration.split(separator: "\n", omittingEmptySubsequences: false)
                .map { style.apply(.dim, String($0)) }.joined(separator: "\n") + "\n"
        }
        text +=
            Transcript.prompted(step.text).split(separator: "\n")
            .map { style.apply(.accent, String($0)) }.joined(separator: "\n") + "\n"
        shell.write(text)
        transcript?.beginStep(number: index + 1, total: steps.count, narration: step.narration)
    }

    /// Runs step `index`, recording what it shows.
    private func runStep(_ index: Int) {
        let step = steps[index]
        transcript?.beginCommand(step.text)
        record { _ = shell.run(step.text, origin: step.origin(file: script.path)) }
    }

    /// Runs text the presenter typed (reading more lines while the statement is unfinished).
    private func runOwnCommand(_ firstLine: String) -> CommandOutcome {
        var text = firstLine
        while !MetaCommand.isMetaCommand(text) && !ScriptSplitter.isComplete(text) {
            guard case .line(let more) = reader.readLine(prompt: Prompt(primary: "  ...> ")) else { return .succeeded }
            text += "\n" + more
        }
        reader.addToHistory(text)
        transcript?.note("*Presenter's command:*")
        transcript?.beginCommand(text)
        var outcome = CommandOutcome.succeeded
        record { outcome = shell.run(text) }
        return outcome
    }

    /// Runs `body` with Ctrl-C stopping the command instead of the walk, recording what it shows.
    private func record(_ body: () -> Void) {
        shell.transcript = transcript
        defer {
            shell.transcript = nil
            transcript?.closeBlock()
        }
        Interrupt.catching(body)
    }

    /// Ends the walk: the closing comments when it went to the end, and a last line.
    private func finish(completed: Bool) -> CommandOutcome {
        let style = shell.style
        if completed {
            if !epilogue.isEmpty {
                shell.write("\n" + style.apply(.dim, epilogue) + "\n")
                transcript?.note(epilogue)
            }
            shell.write(style.apply(.dim, "End of \(script.path).") + "\n")
        } else {
            shell.write(style.apply(.dim, "Stopped stepping through \(script.path).") + "\n")
        }
        transcript?.closeBlock()
        return .succeeded
    }
}
