import TallyQuery

/// A script read as a walk: its title and header, the steps the audience sees, and the hidden set-up
/// between them. The conventions, in the comment block above each command:
///
/// - `## Title` (a Markdown heading after the `#`) titles the step; in the header, the walk;
/// - `#!note …` is a presenter note, written only to the notes stream (`--notes FILE`);
/// - `#!setup` makes the command a hidden set-up step: run silently when the walk passes it, and
///   again whenever a jump or `b` rebuilds the state; it takes no step number;
/// - `#!error` marks a command that fails on purpose (see `ScriptItem.expectsError`);
/// - other comment lines are narration.
///
/// The header (the first comment block, ended by a blank line) is about the script: not narration.
struct StepScript: Sendable {
    /// One step of the walk.
    struct Step: Sendable {
        /// The command the step runs.
        var command: ScriptItem
        /// The step's title, if its comments give one.
        var title: String?
        /// What the audience reads before the command: paragraphs separated by an empty line.
        var narration: String
        /// The presenter's notes for the step, one per line.
        var notes: [String]
        /// The hidden set-up commands just before this step, in order.
        var setUp: [ScriptItem]
    }

    /// The walk's title, from a heading in the header.
    var title: String?
    /// The header without its title.
    var header: String
    /// The steps the audience sees.
    var steps: [Step]
    /// Hidden set-up commands after the last step.
    var trailingSetUp: [ScriptItem]
    /// The comments after the last command.
    var epilogue: String

    /// The walk of `text` (a script file's text).
    init(_ text: String) {
        let items = ScriptItems(text)
        let header = Comments(items.header)
        title = header.title
        self.header = header.narration
        epilogue = Comments(items.epilogue).narration
        var steps: [Step] = []
        var pending: [ScriptItem] = []
        for item in items.items {
            let comments = Comments(item.narration)
            if comments.isSetUp {
                pending.append(item)
                continue
            }
            steps.append(
                Step(
                    command: item, title: comments.title, narration: comments.narration, notes: comments.notes,
                    setUp: pending))
            pending = []
        }
        self.steps = steps
        trailingSetUp = pending
    }

    /// A comment block cut by the conventions.
    private struct Comments {
        var title: String?
        var narration = ""
        var notes: [String] = []
        var isSetUp = false

        /// `text` is narration as `ScriptItems` gives it: `#` removed, paragraphs split by an empty line.
        init(_ text: String) {
            var paragraphs: [[String]] = [[]]
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if line.isEmpty {
                    if paragraphs.last?.isEmpty == false { paragraphs.append([]) }
                } else if line.hasPrefix("!") {
                    let directive = line.dropFirst()
                    if directive.hasPrefix("setup") {
                        isSetUp = true
                    } else if !directive.hasPrefix("error") {
                        let note = directive.hasPrefix("note") ? directive.dropFirst(4) : directive
                        notes.append(note.trimmingWhitespace())
                    }
                } else if title == nil, let heading = Self.heading(line) {
                    title = heading
                } else {
                    paragraphs[paragraphs.count - 1].append(line)
                }
            }
            narration = paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
                .joined(separator: "\n\n")
        }

        /// The text of a Markdown heading line (`## 合计`), or nil.
        private static func heading(_ line: String) -> String? {
            let marks = line.prefix { $0 == "#" }
            guard (1...3).contains(marks.count), line.dropFirst(marks.count).first == " " else { return nil }
            let text = line.dropFirst(marks.count).trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
    }
}

extension ScriptItem {
    /// Whether running the command changes what later commands see — a `let`, or `.mode`,
    /// `.maxrows`, `.expanded`, `.lang`, `.echo`, `.timer`, `.load`, `.unload`, `.reset`, `.read` or `.safe on` — so that
    /// a jump over it must still run it. Commands that write files (`.output`, `.once`, `.save`) do not count.
    var definesState: Bool {
        switch kind {
        case .statement:
            let word = text.unicodeScalars.drop { $0.properties.isWhitespace }
                .prefix { !$0.properties.isWhitespace }
            return Keyword(word: String(String.UnicodeScalarView(word))) == .let
        case .meta:
            guard let command = try? MetaCommand.parse(text, origin: origin(file: "")) else { return false }
            switch command {
            case .mode(let format, _): return format != nil
            case .maxRows(let rows): return rows != nil
            case .echo(let on), .timer(let on): return on != nil
            case .safe(let on): return on == true
            case .expanded(let choice): return choice != nil
            case .lang(let language): return language != nil
            case .load, .unload, .reset, .read: return true
            case .help, .output, .once, .save, .step, .reports, .history, .quit: return false
            }
        }
    }
}
