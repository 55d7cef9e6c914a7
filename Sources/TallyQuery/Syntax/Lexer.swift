import TallyText

/// Turns a statement's text into tokens, scanning Unicode scalars.
///
/// Full-width punctuation, digits and letters typed by Chinese input methods are read as their ASCII
/// twins (`｜` is `|`, `＝＝` is `==`, `１０` is `10`), while spans keep pointing at the original
/// text. `#` starts a comment that runs to the end of the line, and a `\` at the end of a line
/// continues the statement. The lexer stops at the first mistake and reports it as a value.
public struct Lexer {
    /// The statement's scalars, as written.
    let scalars: [Unicode.Scalar]
    /// The offset of the next scalar to read.
    var index = 0
    /// The tokens read so far.
    var tokens: [Token] = []

    /// Creates a lexer over a statement's text.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens.reserveCapacity(scalars.count / 3 + 2)
    }

    /// Reads all of `text`: the tokens up to the first mistake, always followed by an `.end` token.
    public static func tokenize(_ text: String) -> LexedText {
        var lexer = Lexer(text)
        var error: StatementError?
        var endsInsideLiteral = false
        do {
            try lexer.readAll()
        } catch let failure {
            error = failure.error
            endsInsideLiteral = failure.isUnterminatedLiteral
        }
        let endOffset = lexer.tokens.last?.span.end ?? 0
        lexer.tokens.append(Token(.end, span: SourceSpan(start: endOffset, end: endOffset)))
        return LexedText(
            scalars: lexer.scalars, tokens: lexer.tokens, error: error,
            endsInsideLiteral: endsInsideLiteral)
    }

    /// Reads tokens until the end of the text.
    private mutating func readAll() throws(LexFailure) {
        while index < scalars.count {
            let scalar = InputNormalization.normalized(scalars[index])
            if InputNormalization.isWhitespace(scalar) {
                index += 1
            } else if scalar == "#" {
                skipComment()
            } else {
                try readToken(startingWith: scalar)
            }
        }
    }

    /// Reads the token that starts at `index`, whose first (normalised) scalar is `scalar`.
    private mutating func readToken(startingWith scalar: Unicode.Scalar) throws(LexFailure) {
        switch scalar {
        case "|": emit(.pipe, length: 1)
        case ",": emit(.comma, length: 1)
        case "(": emit(.leftParen, length: 1)
        case ")": emit(.rightParen, length: 1)
        case "+": emit(.plus, length: 1)
        case "-": emit(.minus, length: 1)
        case "*": emit(.star, length: 1)
        case "~": emit(.contains, length: 1)
        case "=": emitOneOrTwo(.assign, orWithEquals: .equal)
        case "<": emitOneOrTwo(.less, orWithEquals: .lessEqual)
        case ">": emitOneOrTwo(.greater, orWithEquals: .greaterEqual)
        case "!": try readBang()
        case "/": try readSlash()
        case "\\": try readBackslash()
        case "\"", "'": try readQuoted(closing: scalar, escapes: true)
        case "\u{201C}": try readQuoted(closing: "\u{201D}", escapes: false)
        case "\u{2018}": try readQuoted(closing: "\u{2019}", escapes: false)
        default:
            if InputNormalization.isDigit(scalar) {
                readNumber()
            } else if InputNormalization.isWordStart(scalar) {
                readWord()
            } else {
                throw unexpectedCharacter(scalars[index])
            }
        }
    }

    /// Appends a token of `length` scalars starting at `index`, and moves past it.
    mutating func emit(_ kind: TokenKind, length: Int) {
        tokens.append(Token(kind, span: SourceSpan(start: index, end: index + length)))
        index += length
    }

    /// Appends a token spanning `start..<index`.
    mutating func emit(_ kind: TokenKind, from start: Int) {
        tokens.append(Token(kind, span: SourceSpan(start: start, end: index)))
    }

    /// Appends `withEquals` when the next scalar is `=` (covering both), else `single`.
    private mutating func emitOneOrTwo(_ single: TokenKind, orWithEquals withEquals: TokenKind) {
        if next(is: "=") {
            emit(withEquals, length: 2)
        } else {
            emit(single, length: 1)
        }
    }

    /// Whether the scalar after the current one is, once normalised, `expected`.
    func next(is expected: Unicode.Scalar) -> Bool {
        index + 1 < scalars.count && InputNormalization.normalized(scalars[index + 1]) == expected
    }

    /// Skips a `#` comment up to, not including, the line break.
    private mutating func skipComment() {
        while index < scalars.count && scalars[index] != "\n" { index += 1 }
    }

    /// Reads `!=` or `!~`; a lone `!` is a mistake.
    private mutating func readBang() throws(LexFailure) {
        if next(is: "=") {
            emit(.notEqual, length: 2)
        } else if next(is: "~") {
            emit(.notContains, length: 2)
        } else {
            throw LexFailure(
                StatementError(
                    Phrase.unexpectedBang(), at: SourceSpan(start: index, end: index + 1),
                    hint: Phrase.bangHint()))
        }
    }

    /// Reads `/`: a regular expression right after `~` or `!~`, division anywhere else.
    private mutating func readSlash() throws(LexFailure) {
        switch tokens.last?.kind {
        case .contains?, .notContains?: try readRegex()
        default: emit(.slash, length: 1)
        }
    }

    /// Reads a `\` that continues the statement; it may be followed only by spaces or a comment
    /// before the line ends.
    private mutating func readBackslash() throws(LexFailure) {
        var lookahead = index + 1
        while lookahead < scalars.count {
            let scalar = InputNormalization.normalized(scalars[lookahead])
            if scalar == "\n" || scalar == "#" { break }
            guard InputNormalization.isWhitespace(scalar) else {
                throw LexFailure(
                    StatementError(
                        Phrase.unexpectedBackslash(), at: SourceSpan(start: index, end: index + 1),
                        hint: Phrase.backslashHint()))
            }
            lookahead += 1
        }
        emit(.lineContinuation, length: 1)
    }

    /// Reads a word: a letter or `_`, then letters, digits, `_` and combining marks. A digit right
    /// after a non-ASCII letter starts a new token, so `取5` reads as `取 5`.
    private mutating func readWord() {
        let start = index
        var text = String.UnicodeScalarView()
        var afterNonASCIILetter = false
        while index < scalars.count {
            let scalar = InputNormalization.normalized(scalars[index])
            let isDigit = InputNormalization.isDigit(scalar)
            if isDigit && afterNonASCIILetter { break }
            guard InputNormalization.isWordContinuation(scalar) else { break }
            text.append(scalar)
            afterNonASCIILetter = !isDigit && scalar.value >= 0x80
            index += 1
        }
        emit(.word(String(text)), from: start)
    }

    /// The error for a scalar that starts no token.
    private func unexpectedCharacter(_ scalar: Unicode.Scalar) -> LexFailure {
        let span = SourceSpan(start: index, end: index + 1)
        let shown = String(scalar)
        switch InputNormalization.normalized(scalar) {
        case "%":
            return LexFailure(
                StatementError(
                    Phrase.unexpectedText(shown), at: span,
                    hint: Phrase.percentHint()))
        case ";":
            return LexFailure(
                StatementError(
                    Phrase.unexpectedText(shown), at: span, hint: Phrase.semicolonHint()))
        default:
            return LexFailure(StatementError(Phrase.unexpectedCharacter(shown), at: span))
        }
    }
}

/// Why the lexer stopped: the error, and whether the text ended inside a string or regular
/// expression (so that a shell or script can read on to the next line).
struct LexFailure: Error {
    /// The error to report.
    var error: StatementError
    /// Whether the text ended inside a quoted string or a regular expression.
    var isUnterminatedLiteral = false

    init(_ error: StatementError, isUnterminatedLiteral: Bool = false) {
        self.error = error
        self.isUnterminatedLiteral = isUnterminatedLiteral
    }
}

/// A statement's text read into tokens: the tokens, ending with `.end`, and the first mistake.
public struct LexedText: Sendable {
    /// The statement's scalars, as written; spans index into them.
    public let scalars: [Unicode.Scalar]
    /// The tokens up to the first mistake, followed by an `.end` token placed right after the last one.
    public let tokens: [Token]
    /// The first mistake, or nil when the whole text was read.
    public let error: StatementError?
    /// Whether the text ends inside a quoted string or a regular expression.
    public let endsInsideLiteral: Bool

    /// The original text a span covers.
    public func text(of span: SourceSpan) -> String {
        let start = min(max(0, span.start), scalars.count)
        let end = min(max(start, span.end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
