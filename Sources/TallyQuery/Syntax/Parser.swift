import ReportKit
import TallyText

/// Reads one statement into its tree: a recursive-descent parser with one method per grammar rule.
///
///     statement := 'let' NAME '=' pipeline | 'help' [WORD] | pipeline
///     pipeline  := source ('|' stage)*
///
/// Sources are in `Parser+Sources.swift`, stages in `Parser+Stages.swift` and expressions in
/// `Parser+Expressions.swift`. The first mistake stops the parse and is thrown as a `StatementError`.
public struct Parser {
    /// How deeply parentheses, `not` and unary `-` may nest before the parser gives up, so that
    /// hostile input cannot overflow the stack.
    public static let maximumNesting = 256

    /// The statement's text and tokens.
    let lexed: LexedText
    /// The tokens without line continuations, ending with `.end`.
    let tokens: [Token]
    /// The names `let` gave earlier.
    let scope: NameScope
    /// The index of the next token.
    var position = 0
    /// How deeply the current expression is nested.
    var nesting = 0
    /// Column names introduced earlier in the current pipeline (or by the named pipeline it starts
    /// from), which expressions may refer to.
    var columns: Set<String> = []
    /// Whether an unknown ASCII word in an expression is an error. Off when the pipeline starts from
    /// a name the scope does not know, whose columns the parser cannot see.
    var checksFields = true
    /// The field on the other side of the comparison being read, whose named values (`money`, `金额`)
    /// bare words on this side may be.
    var valueField: Field?
    /// Whether the expression being read is a value compared with (the right of a comparison, the
    /// list after `in`), where an unknown Chinese word is text; elsewhere it is an unknown field.
    var inValuePosition = false
    /// Whether the rows may have columns the parser cannot name: the cities or years of
    /// `compare cities` or `compare years`, or those of a named pipeline. A Chinese word where a
    /// field goes is then text, which the evaluator reads as such a column when there is one.
    var hasUnnamedColumns = false

    private init(lexed: LexedText, scope: NameScope) {
        self.lexed = lexed
        self.tokens = lexed.tokens.filter { $0.kind != .lineContinuation }
        self.scope = scope
    }

    /// Parses one statement.
    ///
    /// - Parameters:
    ///   - text: The statement, possibly spread over several lines.
    ///   - scope: The names earlier `let` statements gave.
    /// - Returns: The statement's tree.
    /// - Throws: The first mistake, with its span in `text`.
    public static func parse(_ text: String, scope: NameScope = NameScope()) throws(StatementError) -> Statement {
        let lexed = Lexer.tokenize(text)
        if let error = lexed.error { throw error }
        var parser = Parser(lexed: lexed, scope: scope)
        return try parser.parseStatement()
    }

    /// Parses one statement and reports a mistake as a `Diagnostic` located in its file.
    ///
    /// - Parameters:
    ///   - text: The statement, possibly spread over several lines.
    ///   - origin: Where the statement starts, such as a script's file and line, or `.command`.
    ///   - scope: The names earlier `let` statements gave.
    /// - Returns: The statement's tree.
    /// - Throws: The first mistake, located in its file.
    public static func parse(
        _ text: String, origin: StatementOrigin, scope: NameScope = NameScope()
    ) throws(StatementError) -> Statement {
        do {
            return try parse(text, scope: scope)
        } catch {
            throw error.located(in: text, origin: origin)
        }
    }

    // MARK: - Statements

    /// statement := 'let' NAME '=' pipeline | 'help' [WORD] | pipeline
    private mutating func parseStatement() throws(StatementError) -> Statement {
        if peek.kind == .end {
            throw StatementError(
                Phrase.expectedStatement(), at: peek.span,
                hint: Phrase.startWithSourceOrHelp())
        }
        let start = peek.span.start
        let kind: Statement.Kind
        switch keyword(peek) {
        case .let?: kind = try parseDefinition()
        case .help?: kind = try parseHelp()
        default: kind = .pipeline(try parsePipeline())
        }
        return Statement(kind: kind, span: SourceSpan(start: start, end: previous.span.end))
    }

    /// 'let' NAME '=' pipeline
    private mutating func parseDefinition() throws(StatementError) -> Statement.Kind {
        advance()
        guard case .word(let name) = peek.kind else { throw expected("a name") }
        if Keyword(word: name) != nil || Field(word: name) != nil {
            let what = Keyword(word: name) != nil ? Phrase.aKeyword() : Phrase.aField()
            throw StatementError(
                Phrase.keywordNotName(text(of: peek), what), at: peek.span, hint: Phrase.chooseAnotherName())
        }
        let nameToken = advance()
        guard peek.kind == .assign else {
            throw expected("'='", hint: peek.kind == .equal ? Phrase.singleEqual() : nil)
        }
        advance()
        let pipeline = try parsePipeline()
        return .define(name: Spanned(name, span: nameToken.span), pipeline: pipeline)
    }

    /// 'help' [WORD]
    private mutating func parseHelp() throws(StatementError) -> Statement.Kind {
        advance()
        var topic: Spanned<String>?
        switch peek.kind {
        case .word(let word), .string(let word): topic = Spanned(word, span: advance().span)
        default: break
        }
        if peek.kind != .end {
            throw StatementError(
                "unexpected '\(text(of: peek))'", at: peek.span, hint: Phrase.helpOneWord())
        }
        return .help(topic: topic)
    }

    /// pipeline := source ('|' stage)*
    private mutating func parsePipeline() throws(StatementError) -> Pipeline {
        columns = []
        checksFields = true
        hasUnnamedColumns = false
        let source = try parseSource()
        var stages: [Stage] = []
        while peek.kind == .pipe {
            advance()
            let stage = try parseStage()
            columns.formUnion(stage.introducedColumns)
            stages.append(stage)
        }
        if peek.kind != .end { throw unexpected(peek, after: stages.last) }
        let end = stages.last?.span.end ?? source.span.end
        return Pipeline(source: source, stages: stages, span: SourceSpan(start: source.span.start, end: end))
    }

    // MARK: - Token helpers

    /// The next token.
    var peek: Token { tokens[position] }

    /// The token after the next one (`.end` at the end).
    var peekSecond: Token { tokens[min(position + 1, tokens.count - 1)] }

    /// The last token read; the first token when none has been read yet.
    var previous: Token { tokens[max(0, position - 1)] }

    /// Moves past the next token and returns it; stays on `.end`.
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// The keyword a token spells, if it is a word that is one.
    func keyword(_ token: Token) -> Keyword? {
        token.kind.word.flatMap { Keyword(word: $0) }
    }

    /// Moves past the next token if it is `keyword`, returning it.
    mutating func match(_ keyword: Keyword) -> Token? {
        self.keyword(peek) == keyword ? advance() : nil
    }

    /// The original text of a token.
    func text(of token: Token) -> String { lexed.text(of: token.span) }

    /// The span from `start` to the end of the last token read.
    func span(from start: Int) -> SourceSpan { SourceSpan(start: start, end: previous.span.end) }

    // MARK: - Errors

    /// `expected WHAT after 'PREVIOUS'`, pointing at the next token (or the end).
    func expected(_ what: String, hint: String? = nil) -> StatementError {
        let message = position == 0 ? Phrase.expectedWhat(what) : Phrase.expectedWhatAfter(what, text(of: previous))
        return StatementError(message, at: peek.span, hint: hint)
    }

    /// `unexpected 'TOKEN'`, with a hint that fits what came before it.
    func unexpected(_ token: Token, after stage: Stage? = nil) -> StatementError {
        StatementError("unexpected '\(text(of: token))'", at: token.span, hint: trailingHint(for: token, after: stage))
    }

    /// How to fix a token left over after a complete source or stage.
    private func trailingHint(for token: Token, after stage: Stage?) -> String? {
        switch token.kind {
        case .rightParen: return nil
        case .assign: return Phrase.writeDoubleEqual()
        default: break
        }
        if let keyword = keyword(token), keyword.isVerb {
            return Phrase.pipeBefore(text(of: token))
        }
        switch stage?.kind {
        case .filter?: return Phrase.joinConditions()
        case .summarize?, .total?:
            if token.kind.word.flatMap({ Field(word: $0) }) != nil { return Phrase.groupWithBy() }
        default: break
        }
        return Phrase.newStage()
    }

    /// Counts one more level of nesting at `span`, failing beyond `maximumNesting`.
    mutating func enterNesting(at span: SourceSpan) throws(StatementError) {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw StatementError(
                Phrase.nestedTooDeeply(), at: span,
                hint: Phrase.nestingLimit(Self.maximumNesting))
        }
    }

    /// Counts one more operator of a chain (`a or b or c`, `1 + 2 + 3`) at `span`: each makes the
    /// expression one level deeper, so chains share the `maximumNesting` budget with parentheses.
    mutating func enterChain(at span: SourceSpan) throws(StatementError) {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw StatementError(
                Phrase.tooManyOperators(), at: span,
                hint: Phrase.operatorLimit(Self.maximumNesting, Phrase.asInCityIn()))
        }
    }
}
