import ReportKit
import TallyQuery
import TallyText

/// Every word step mode says — on the screen, in the presenter's notes and in the transcript —
/// from the catalogue, in the walk's language.
struct StepText: Sendable {
    /// The language of these words.
    let language: Language

    /// The words of `options`' language.
    init(_ options: StepOptions) {
        language = options.chinese ? .chinese : .english
    }

    /// The text of `phrase` in the walk's language.
    private func say(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        Catalogue.text(phrase, in: language, arguments.map(\.description))
    }

    // MARK: - On the screen

    /// The first lines of a walk: its title, if it has one, then
    /// `Stepping through tour.tally: 22 steps; Enter runs one, ? lists the keys.`
    func opening(path: String, title: String?, steps: Int) -> String {
        let counted = Language.$current.withValue(language) { Plural.counted(steps, .step) }
        return (title.map { $0 + "\n" } ?? "") + say(.stepOpening, path, counted)
    }

    /// The rule above a step: `── step 3 of 22 · 合计按单位 ──`.
    func heading(number: Int, total: Int, title: String?) -> String {
        "── " + say(.stepHeading, number, total) + (title.map { " · " + $0 } ?? "") + " ──"
    }

    /// The prompt the walk waits at: `step 3/22> `.
    func prompt(number: Int, total: Int) -> String {
        say(.stepPrompt, number, total) + " "
    }

    /// What `?` and `h` show.
    var keys: String { say(.stepKeys) }

    /// After the presenter's own command: `(back to step 3 of 22: compare 合肥, 安庆)`.
    func backTo(number: Int, total: Int, command: String) -> String {
        say(.stepBackTo, number, total, command)
    }

    /// The error for a step number out of range.
    func noSuchStep(_ number: Int, total: Int) -> String {
        say(.stepNoSuchStep, number, total)
    }

    /// The error for `b` at the first step.
    var noStepBefore: String { say(.stepNoStepBefore) }

    /// `t` pressed: typing is now on or off.
    func typing(on: Bool, milliseconds: Int?) -> String {
        switch (on, milliseconds) {
        case (false, _): say(.stepTypingOff)
        case (true, nil): say(.stepTypingOn)
        case (true, let milliseconds?): say(.stepTypingTimed, milliseconds)
        }
    }

    /// `a` pressed, or a key that paused auto-advance.
    func autoAdvance(on: Bool, seconds: Double) -> String {
        on ? say(.stepAutoOn, Self.seconds(seconds)) : say(.stepAutoPaused)
    }

    /// The last line of a walk that reached the end.
    func end(path: String) -> String { say(.stepEnd, path) }

    /// The last line of a walk that was ended early.
    func stopped(path: String) -> String { say(.stepStopped, path) }

    // MARK: - The presenter's notes

    /// The top of the notes stream.
    func notesOpening(path: String, title: String?) -> String {
        say(.stepNotesOpening, path + (title.map { " — " + $0 } ?? ""))
    }

    /// The error for `--notes` naming the script itself.
    func notesAreScript(_ path: String) -> String { say(.stepNotesAreScript, path) }

    /// The line of a step's command in the notes: `command: …`.
    func notesCommand(_ command: String) -> String { say(.stepNotesCommand, command) }

    /// The line naming the step after this one in the notes: `next: …`.
    func notesNext(_ next: String) -> String { say(.stepNotesNext, next) }

    /// The notes' line when the last step is shown.
    var notesLast: String { say(.stepNotesLast) }

    // MARK: - The transcript

    /// A step's heading in the transcript: `3. 合计按单位`, or `Step 3` without a title.
    func transcriptHeading(number: Int, title: String?) -> String {
        if let title { return "\(number). \(title)" }
        return say(.stepTranscriptHeading, number)
    }

    /// The line for steps that were skipped: `*Skipped: step 5 (比较).*`, `*Skipped: steps 5–9.*`.
    func skipped(first: Int, last: Int, title: String?) -> String {
        if first == last { return say(.stepSkippedOne, first, title.map { say(.stepSkippedTitle, $0) } ?? "") }
        return say(.stepSkippedMany, first, last)
    }

    /// Under a Markdown table that shows only some rows: `*40 of 1,020 rows shown.*`.
    func rowsShown(total: Int, shown: Int) -> String {
        say(.stepRowsShown, HumanNumber.grouped(Double(total)), HumanNumber.grouped(Double(shown)))
    }

    /// Before a command the presenter typed, in a transcript that keeps them.
    var presenterCommand: String { say(.stepPresenterCommand) }

    /// The last line of the transcript of a walk ended early.
    func transcriptStopped(number: Int, total: Int) -> String {
        say(.stepTranscriptStopped, number, total)
    }

    /// `1.5`, `2`: seconds without a trailing `.0`.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
