/// One token of a statement: what it is and where it was written.
public struct Token: Sendable, Hashable {
    /// What the token is, with its value.
    public var kind: TokenKind
    /// Where the token was written, in the original (not normalised) text.
    public var span: SourceSpan

    /// Creates a token.
    public init(_ kind: TokenKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// The kinds of token. Keywords are not told apart here: every word is a `.word`, and the parser
/// decides from its position whether `count` is a verb, a field or a kind.
public enum TokenKind: Sendable, Hashable {
    /// A bare word: letters (any script), digits and `_`; full-width Latin letters are folded to
    /// ASCII. Keywords, fields, names and unquoted values such as `合肥` are all words.
    case word(String)
    /// A number with its magnitude applied (`1000万` is 10,000,000); `isPercent` is set for `5%`,
    /// whose value is 5.
    case number(Double, isPercent: Bool)
    /// A quoted string with its escapes resolved; the quotes are not part of the value.
    case string(String)
    /// A regular expression literal `/…/` (only after `~` or `!~`), without its slashes.
    case regex(String)
    /// `|`, which passes rows from one stage to the next.
    case pipe
    /// `,`
    case comma
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `=`, used only in `let NAME = …`.
    case assign
    /// `==`
    case equal
    /// `!=`
    case notEqual
    /// `<`
    case less
    /// `<=`
    case lessEqual
    /// `>`
    case greater
    /// `>=`
    case greaterEqual
    /// `~` (contains, or matches a regular expression)
    case contains
    /// `!~` (does not contain, or does not match)
    case notContains
    /// `+`
    case plus
    /// `-`
    case minus
    /// `*`
    case star
    /// `/`
    case slash
    /// A `\` that ends a line, continuing the statement on the next line.
    case lineContinuation
    /// The end of the statement.
    case end
}

extension TokenKind {
    /// The word's text, or nil when the token is not a word.
    var word: String? {
        if case .word(let word) = self { return word }
        return nil
    }
}

extension Token: CustomDebugStringConvertible {
    /// The token as `kind span`, such as `word(city) 17..<21` or `string("养老") 20..<24`.
    public var debugDescription: String {
        "\(kindText) \(span.debugDescription)"
    }

    /// The kind with its value: `word(city)`, `number(5%)`, `string("养老")`, or the punctuation.
    private var kindText: String {
        switch kind {
        case .word(let word): "word(\(word))"
        case .number(let value, let isPercent): "number(\(DumpFormat.number(value))\(isPercent ? "%" : ""))"
        case .string(let text): "string(\(DumpFormat.quoted(text)))"
        case .regex(let pattern): "regex(/\(pattern)/)"
        case .pipe: "|"
        case .comma: ","
        case .leftParen: "("
        case .rightParen: ")"
        case .assign: "="
        case .equal: "=="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .contains: "~"
        case .notContains: "!~"
        case .plus: "+"
        case .minus: "-"
        case .star: "*"
        case .slash: "/"
        case .lineContinuation: "continuation"
        case .end: "end"
        }
    }
}
