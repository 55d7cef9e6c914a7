/// One statement of a script, with the line of the file it starts on.
public struct ScriptStatement: Sendable, Hashable {
    /// The statement's lines as written (without `\r`), joined with `\n`; comments and blank lines
    /// inside it are kept, so spans and columns match the file.
    public var text: String
    /// The 1-based line of the file on which the statement starts.
    public var line: Int

    /// Creates a script statement.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Where the statement starts, for its diagnostics.
    public func origin(file: String) -> StatementOrigin {
        StatementOrigin(file: file, line: line)
    }
}

/// Cuts a script into statements, one per line unless a statement visibly goes on.
///
/// A leading byte-order mark, a `#!` line, blank lines and comment lines are skipped, and `\r\n`
/// line ends are read as `\n`. A statement continues onto the next line when its text so far is
/// not complete (see `isComplete(_:)`: a trailing `|`, `\`, `,`, operator, `and` or `or`, an open
/// `(`, an open quote) or
/// when the next line that is neither blank nor a comment starts with `|`.
public enum ScriptSplitter {
    /// The statements of `script`, in order, each with its starting line.
    public static func split(_ script: String) -> [ScriptStatement] {
        let lines = Self.lines(of: script)
        var statements: [ScriptStatement] = []
        var index = 0
        while index < lines.count {
            if isBlankOrComment(lines[index]) {
                index += 1
                continue
            }
            let start = index
            var text = lines[index]
            while true {
                if !isComplete(text) && index + 1 < lines.count {
                    index += 1
                    text += "\n" + lines[index]
                    continue
                }
                guard let next = nextContentLine(in: lines, after: index), startsWithPipe(lines[next]) else { break }
                text += "\n" + lines[(index + 1)...next].joined(separator: "\n")
                index = next
            }
            statements.append(ScriptStatement(text: text, line: start + 1))
            index += 1
        }
        return statements
    }

    /// Whether `text` is a whole statement, as the shell asks before running it: true when no
    /// parenthesis, string or regular expression is left open and the text does not end with `|`,
    /// `\`, `,`, an operator (`==`, `+`, `~`…) or `and`, `or`, `not`. Brackets and quotes are judged by the lexer, so `"("` opens nothing. Text the
    /// lexer rejects for another reason counts as complete, so that its error is shown at once.
    public static func isComplete(_ text: String) -> Bool {
        let lexed = Lexer.tokenize(text)
        if lexed.endsInsideLiteral { return false }
        if lexed.error != nil { return true }
        var depth = 0
        for token in lexed.tokens {
            if token.kind == .leftParen { depth += 1 }
            if token.kind == .rightParen { depth -= 1 }
        }
        if depth > 0 { return false }
        switch lexed.tokens.dropLast().last?.kind {
        case .pipe?, .comma?, .lineContinuation?: return false
        case .assign?, .equal?, .notEqual?, .less?, .lessEqual?, .greater?, .greaterEqual?, .contains?, .notContains?,
            .plus?, .minus?, .star?, .slash?:
            return false
        case .word(let word)?: return !Self.continuesExpression(Keyword(word: word))
        default: return true
        }
    }

    /// Whether an expression goes on after `keyword`: `and`, `or`, `not` (also in Chinese).
    private static func continuesExpression(_ keyword: Keyword?) -> Bool {
        switch keyword {
        case .and?, .or?, .not?: true
        default: false
        }
    }

    /// The script's lines without their line ends (`\n` or `\r\n`), after dropping a leading
    /// byte-order mark.
    public static func lines(of script: String) -> [String] {
        var scalars = Substring(script).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return scalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            if line.last == "\r" { line.removeLast() }
            return String(line)
        }
    }

    /// The index of the first line after `index` that is neither blank nor a comment.
    private static func nextContentLine(in lines: [String], after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count && isBlankOrComment(lines[next]) { next += 1 }
        return next < lines.count ? next : nil
    }

    /// Whether a line holds nothing but white space or a comment (a `#!` line included).
    public static func isBlankOrComment(_ line: String) -> Bool {
        guard let first = firstVisibleScalar(line) else { return true }
        return first == "#"
    }

    /// Whether a line's first visible character is `|` (or the full-width `｜`).
    public static func startsWithPipe(_ line: String) -> Bool {
        firstVisibleScalar(line) == "|"
    }

    /// The first scalar of a line that is not white space, normalised as the lexer reads it.
    private static func firstVisibleScalar(_ line: String) -> Unicode.Scalar? {
        line.unicodeScalars.lazy.map(InputNormalization.normalized)
            .first { !InputNormalization.isWhitespace($0) }
    }
}
