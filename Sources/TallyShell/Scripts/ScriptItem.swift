import TallyQuery

/// One thing a script does: a statement of the language or a meta command, with the line it starts
/// on and the comment block written just before it (the narration step mode shows).
public struct ScriptItem: Sendable, Equatable {
    /// What kind of command the item is.
    public enum Kind: Sendable, Equatable {
        /// A statement of the query language.
        case statement
        /// A shell command starting with a dot (`.mode csv`).
        case meta
    }

    /// Statement or meta command.
    public var kind: Kind
    /// The command as written; a statement's lines are joined with `\n`.
    public var text: String
    /// The 1-based line of the file the command starts on.
    public var line: Int
    /// The comment lines between the previous command and this one, without their `#` (and the
    /// space after it); paragraphs separated by one empty line. Empty when there are none.
    public var narration: String

    /// Creates a script item.
    public init(kind: Kind, text: String, line: Int, narration: String = "") {
        self.kind = kind
        self.text = text
        self.line = line
        self.narration = narration
    }

    /// Whether the command fails on purpose (`#!error` above it, to show what an error looks like):
    /// its error is shown, and a script goes on past it and still succeeds.
    public var expectsError: Bool {
        narration.split(separator: "\n").contains { $0.hasPrefix("!error") }
    }

    /// Where the command starts, for its diagnostics.
    func origin(file: String) -> StatementOrigin {
        StatementOrigin(file: file, line: line)
    }
}

/// A script cut into commands: statements as `ScriptSplitter` cuts them, and meta commands, one per
/// line, wherever a line outside a statement starts with a dot.
public struct ScriptItems: Sendable, Equatable {
    /// The commands, in order.
    public var items: [ScriptItem]
    /// The header: the comment block at the top of the file (after a `#!/…` line) when a blank line
    /// ends it before the first command. It is about the script, not narration of its first step.
    public var header: String
    /// The comment lines after the last command (the closing words of a tour).
    public var epilogue: String

    /// Cuts `script` (the text of a file) into commands.
    public init(_ script: String) {
        let lines = ScriptSplitter.lines(of: script)
        // Meta command lines are hidden from the statement splitter as comments (keeping the line
        // numbers), then put back in line order. A dot line that lands inside a statement (after an
        // open `|`, say) stays part of it.
        var masked = lines
        for index in lines.indices where MetaCommand.isMetaCommand(lines[index]) { masked[index] = "#" }
        var commands: [(kind: ScriptItem.Kind, first: Int, last: Int)] = []
        var covered = Set<Int>()
        for statement in ScriptSplitter.split(masked.joined(separator: "\n")) {
            let first = statement.line - 1
            let last = first + statement.text.unicodeScalars.filter { $0 == "\n" }.count
            commands.append((.statement, first, last))
            covered.formUnion(first...last)
        }
        for index in lines.indices where masked[index] != lines[index] && !covered.contains(index) {
            commands.append((.meta, index, index))
        }
        commands.sort { $0.first < $1.first }

        let headerEnd = commands.first.map { Self.headerEnd(lines, before: $0.first) } ?? 0
        var items: [ScriptItem] = []
        var previousEnd = headerEnd - 1
        for command in commands {
            let text = lines[command.first...command.last].joined(separator: "\n")
            let narration = Self.narration(lines, from: previousEnd + 1, to: command.first)
            let shown = command.kind == .meta ? text.trimmingWhitespace() : text
            items.append(ScriptItem(kind: command.kind, text: shown, line: command.first + 1, narration: narration))
            previousEnd = command.last
        }
        self.items = items
        self.header = Self.narration(lines, from: 0, to: headerEnd)
        self.epilogue = Self.narration(lines, from: previousEnd + 1, to: lines.count)
    }

    /// Where the header ends: the index of the blank line after the first block of comments, when it
    /// comes before line `limit` (the first command); 0 when the script has no header.
    private static func headerEnd(_ lines: [String], before limit: Int) -> Int {
        var index = lines.first.map(isShebang) == true ? 1 : 0
        while index < limit && lines[index].allSatisfy(\.isWhitespace) { index += 1 }
        let start = index
        while index < limit && lines[index].trimmingWhitespace().hasPrefix("#") { index += 1 }
        guard index > start, index < limit, lines[index].allSatisfy(\.isWhitespace) else { return 0 }
        return index
    }

    /// Whether `line` is a `#!/usr/bin/env tally` line (a directive such as `#!note` is not).
    private static func isShebang(_ line: String) -> Bool {
        line.hasPrefix("#!/") || line.hasPrefix("#! ")
    }

    /// The comments among `lines[start..<end]` as narration: `#` and one space removed, a `#!/…` first
    /// line skipped, runs of blank lines (or bare `#` lines) turned into one paragraph break.
    private static func narration(_ lines: [String], from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        var paragraphs: [[String]] = [[]]
        for index in start..<end {
            let line = lines[index].trimmingWhitespace()
            if index == 0 && Self.isShebang(line) { continue }
            var text = line.hasPrefix("#") ? String(line.dropFirst()) : ""
            if text.hasPrefix(" ") { text.removeFirst() }
            if text.trimmingWhitespace().isEmpty {
                if paragraphs.last?.isEmpty == false { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(text)
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
