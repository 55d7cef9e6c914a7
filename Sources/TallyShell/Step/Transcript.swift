import TallyQuery

/// The Markdown handout of a walk, in step order whatever order the steps were shown in: each step
/// that ran under its title with its narration, its command and what it showed — result tables as
/// Markdown tables, other output in fixed-width blocks — and a short line for the steps skipped.
/// Commands the presenter typed are left out unless `keepsPresenterCommands`. A step run again
/// (after `b` or a jump back) keeps only its last run.
final class Transcript {
    /// A piece of a step's record.
    private enum Block {
        /// A command, shown in a `tally` code block.
        case command(String)
        /// Text the shell showed, in a fixed-width block.
        case text(String)
        /// Markdown as it is (a result table).
        case markdown(String)
    }

    /// What one visit of a step recorded: its own command, or one the presenter typed.
    private struct Part {
        var isPresenters: Bool
        var blocks: [Block]
    }

    private let title: String
    private let stepTitles: [String?]
    private let narrations: [String]
    private let texts: StepText
    private let keepsPresenterCommands: Bool
    /// The record of each step that ran or had the presenter's commands, by index.
    private var parts: [Int: [Part]] = [:]
    /// The steps skipped with `s` or jumped over.
    private var skipped = Set<Int>()
    /// Where `record` writes: a step and whether it is the presenter's command; nil records nothing.
    private var target: (step: Int, isPresenters: Bool)?
    private var ending = ""

    /// A transcript headed `# title` of a walk through `script`.
    init(title: String, script: StepScript, texts: StepText, keepsPresenterCommands: Bool) {
        self.title = title
        stepTitles = script.steps.map(\.title)
        narrations = script.steps.map(\.narration)
        self.texts = texts
        self.keepsPresenterCommands = keepsPresenterCommands
    }

    /// Starts recording step `index` running `command`, replacing an earlier run of it.
    func beginStep(_ index: Int, command: String) {
        skipped.remove(index)
        var kept = (parts[index] ?? []).filter(\.isPresenters)
        kept.append(Part(isPresenters: false, blocks: [.command(command)]))
        parts[index] = kept
        target = (index, false)
    }

    /// Starts recording a command the presenter typed at step `index` (kept only when asked).
    func beginPresenterCommand(at index: Int, command: String) {
        guard keepsPresenterCommands else {
            target = nil
            return
        }
        parts[index, default: []].append(Part(isPresenters: true, blocks: [.command(command)]))
        target = (index, true)
    }

    /// Stops recording until the next command.
    func endCommand() {
        target = nil
    }

    /// Marks step `index` as skipped, unless it ran before.
    func skip(_ index: Int) {
        if parts[index]?.contains(where: { !$0.isPresenters }) != true { skipped.insert(index) }
    }

    /// Adds text the shell showed, without escape sequences, to the command being recorded.
    func record(_ text: String) {
        let plain = ANSIText.stripped(text)
        guard !plain.isEmpty else { return }
        append { blocks in
            if case .text(let earlier)? = blocks.last {
                blocks[blocks.count - 1] = .text(earlier + plain)
            } else {
                blocks.append(.text(plain))
            }
        }
    }

    /// Adds a command's result: a table shown as a table becomes a Markdown table; anything else is
    /// recorded as `shown`, the text on the screen.
    func record(_ output: CommandOutput, shown: String, defaultFormat: OutputFormat) {
        let format = output.format ?? defaultFormat
        guard case .table(let rows) = output.body, format == .table || format == .markdown else {
            record(shown)
            return
        }
        var markdown = output.rendered(defaultFormat: .markdown)
        if rows.omitted != nil {
            markdown += "\n" + texts.rowsShown(total: rows.totalRowCount, shown: rows.count) + "\n"
        }
        append { $0.append(.markdown(markdown)) }
    }

    /// Ends the transcript: `epilogue` when the walk went to the end, else a line saying where it
    /// stopped (at step `index`).
    func finish(completed: Bool, at index: Int, epilogue: String) {
        target = nil
        if completed {
            ending = epilogue
        } else if index < stepTitles.count {
            ending = texts.transcriptStopped(number: index + 1, total: stepTitles.count)
        }
    }

    /// The whole transcript, ending with one newline.
    var markdown: String {
        var paragraphs = ["# " + title]
        let last = parts.keys.max() ?? -1
        var skippedRun: [Int] = []
        func flushSkipped() {
            guard let first = skippedRun.first, let final = skippedRun.last else { return }
            paragraphs.append(
                texts.skipped(first: first + 1, last: final + 1, title: first == final ? stepTitles[first] : nil))
            skippedRun = []
        }
        for index in stepTitles.indices {
            guard let recorded = parts[index] else {
                if skipped.contains(index) || index < last { skippedRun.append(index) }
                continue
            }
            flushSkipped()
            paragraphs.append("## " + texts.transcriptHeading(number: index + 1, title: stepTitles[index]))
            if !narrations[index].isEmpty { paragraphs.append(narrations[index]) }
            for part in recorded {
                if part.isPresenters { paragraphs.append(texts.presenterCommand) }
                paragraphs.append(contentsOf: part.blocks.map(Self.markdown))
            }
        }
        flushSkipped()
        if !ending.isEmpty { paragraphs.append(ending) }
        return paragraphs.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    private func append(_ change: (inout [Block]) -> Void) {
        guard let target, var list = parts[target.step],
            let last = list.indices.last(where: {
                list[$0].isPresenters == target.isPresenters
            })
        else { return }
        change(&list[last].blocks)
        parts[target.step] = list
    }

    private static func markdown(_ block: Block) -> String {
        switch block {
        case .command(let text): fenced(text, info: "tally")
        case .text(let text): fenced(text, info: "text")
        case .markdown(let text): text
        }
    }

    /// `text` in a code block fenced with more backticks than it holds in a row.
    private static func fenced(_ text: String, info: String) -> String {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + info + "\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence
    }
}
