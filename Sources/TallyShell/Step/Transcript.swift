/// The Markdown record of a step-through session: each step's narration as text, each command with
/// everything it showed as a code block, without colour codes. Handed out after a talk.
final class Transcript {
    /// The Markdown so far, without the block being recorded.
    private var written: String
    /// The text of the code block being recorded, if one is open.
    private var block: String?

    /// A transcript headed `# title`.
    init(title: String) {
        written = "# \(title)\n\n"
    }

    /// The whole transcript: what was written, the open block closed, one newline at the end.
    var markdown: String {
        closeBlock()
        var text = written
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    /// Starts a step: its heading and its narration as paragraphs.
    func beginStep(number: Int, total: Int, narration: String) {
        closeBlock()
        written += "## Step \(number) of \(total)\n\n"
        if !narration.isEmpty { written += narration + "\n\n" }
    }

    /// Starts a code block showing `command` after the prompt; what the command shows follows.
    func beginCommand(_ command: String) {
        closeBlock()
        block = Self.prompted(command)
    }

    /// Adds text the shell showed to the open code block, without escape sequences.
    func record(_ text: String) {
        guard block != nil else { return }
        block? += ANSIText.stripped(text)
    }

    /// Adds a line of Markdown (such as `*Skipped.*` or a heading) after the open block.
    func note(_ text: String) {
        closeBlock()
        written += text + "\n\n"
    }

    /// Ends the open code block, fenced with more backticks than it contains in a row.
    func closeBlock() {
        guard let text = block else { return }
        block = nil
        let fence = String(repeating: "`", count: max(3, Self.longestBacktickRun(in: text) + 1))
        written += fence + "text\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n\n"
    }

    /// `command` after the prompt, continuation lines after the continuation prompt.
    static func prompted(_ command: String) -> String {
        command.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset == 0 ? "tally> " : "  ...> ") + $0.element }
            .joined(separator: "\n") + "\n"
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
