import ReportKit
import TallyText

/// Expressions, from the loosest operator to the tightest.
///
///     expr           := or
///     or             := and ('or' and)*
///     and            := not ('and' not)*
///     not            := 'not' not | comparison
///     comparison     := additive [('==' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~') additive
///                                 | ['not'] 'in' '(' additive (',' additive)* ')']
///     additive       := multiplicative (('+' | '-') multiplicative)*
///     multiplicative := unary (('*' | '/') unary)*
///     unary          := '-' unary | primary
///     primary        := NUMBER | STRING | REGEX | WORD | '(' expr ')'
extension Parser {
    /// An expression, or `expected WHAT after '…'` when the next token cannot start one.
    mutating func parseExpression(expecting what: String) throws(StatementError) -> Expr {
        guard startsExpression(peek) else { throw expected(what) }
        return try parseOr()
    }

    /// Whether a token can start an expression: a literal, a word that is not a clause word
    /// (except `not`), `(` or `-`.
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .number, .string, .regex, .leftParen, .minus: return true
        case .word:
            guard let keyword = keyword(token), keyword.role == .clause else { return true }
            return keyword == .not
        default: return false
        }
    }

    /// or := and ('or' and)*
    private mutating func parseOr() throws(StatementError) -> Expr {
        var left = try parseAnd()
        let outer = nesting
        defer { nesting = outer }
        while let op = match(.or) {
            try enterChain(at: op.span)
            try requireOperand("a condition")
            let right = try parseAnd()
            left = Expr(.logical(.or, left, right), span: left.span.merged(with: right.span))
        }
        return left
    }

    /// and := not ('and' not)*
    private mutating func parseAnd() throws(StatementError) -> Expr {
        var left = try parseNot()
        let outer = nesting
        defer { nesting = outer }
        while let op = match(.and) {
            try enterChain(at: op.span)
            try requireOperand("a condition")
            let right = try parseNot()
            left = Expr(.logical(.and, left, right), span: left.span.merged(with: right.span))
        }
        return left
    }

    /// not := 'not' not | comparison
    private mutating func parseNot() throws(StatementError) -> Expr {
        guard keyword(peek) == .not, keyword(peekSecond) != .in else { return try parseComparison() }
        let notToken = advance()
        try enterNesting(at: notToken.span)
        defer { nesting -= 1 }
        try requireOperand("a condition")
        let operand = try parseNot()
        return Expr(.not(operand), span: notToken.span.merged(with: operand.span))
    }

    /// comparison := additive [comparison-operator additive | ['not'] 'in' '(' list ')']
    private mutating func parseComparison() throws(StatementError) -> Expr {
        let savedValuePosition = inValuePosition
        defer { inValuePosition = savedValuePosition }
        inValuePosition = false
        let left = try parseAdditive()
        let savedValueField = valueField
        defer { valueField = savedValueField }
        if case .field(.known(let field)) = left.kind { valueField = field } else { valueField = nil }

        if let op = comparisonOperator(peek.kind) {
            advance()
            try requireOperand("a value")
            inValuePosition = true
            let right = try parseAdditive()
            if comparisonOperator(peek.kind) != nil {
                throw StatementError(
                    Phrase.comparisonsChained(), at: peek.span,
                    hint: Phrase.comparisonsChainedHint())
            }
            return Expr(.comparison(op, left, right), span: left.span.merged(with: right.span))
        }
        if keyword(peek) == .in || (keyword(peek) == .not && keyword(peekSecond) == .in) {
            let negated = match(.not) != nil
            advance()
            inValuePosition = true
            let list = try parseList()
            return Expr(.membership(left, list.items, negated: negated), span: left.span.merged(with: list.span))
        }
        if peek.kind == .assign {
            throw StatementError("unexpected '\(text(of: peek))'", at: peek.span, hint: Phrase.writeDoubleEqual())
        }
        return left
    }

    /// The most values an `in (…)` list holds.
    static let inListLimit = 100_000

    /// '(' additive (',' additive)* ')', the list after `in`; at most `inListLimit` values.
    private mutating func parseList() throws(StatementError) -> (items: [Expr], span: SourceSpan) {
        guard peek.kind == .leftParen else { throw expected("'('", hint: Phrase.asInCityIn()) }
        let open = advance()
        var items: [Expr] = []
        repeat {
            try requireOperand("a value")
            let item = try parseAdditive()
            guard items.count < Self.inListLimit else {
                throw StatementError(
                    Phrase.inListTooLong(HumanNumber.grouped(Double(Self.inListLimit))), at: item.span,
                    hint: Phrase.inListTooLongHint())
            }
            items.append(item)
            guard peek.kind == .comma else { break }
            advance()
        } while true
        try expectClosingParenthesis(for: open)
        return (items, span(from: open.span.start))
    }

    /// additive := multiplicative (('+' | '-') multiplicative)*
    private mutating func parseAdditive() throws(StatementError) -> Expr {
        var left = try parseMultiplicative()
        let outer = nesting
        defer { nesting = outer }
        while let op = additiveOperator(peek.kind) {
            try enterChain(at: advance().span)
            try requireOperand("a value")
            let right = try parseMultiplicative()
            left = Expr(.arithmetic(op, left, right), span: left.span.merged(with: right.span))
        }
        return left
    }

    /// multiplicative := unary (('*' | '/') unary)*
    private mutating func parseMultiplicative() throws(StatementError) -> Expr {
        var left = try parseUnary()
        let outer = nesting
        defer { nesting = outer }
        while let op = multiplicativeOperator(peek.kind) {
            try enterChain(at: advance().span)
            try requireOperand("a value")
            let right = try parseUnary()
            left = Expr(.arithmetic(op, left, right), span: left.span.merged(with: right.span))
        }
        return left
    }

    /// unary := '-' unary | primary. A minus before a number makes a negative number.
    private mutating func parseUnary() throws(StatementError) -> Expr {
        guard peek.kind == .minus else { return try parsePrimary() }
        let minus = advance()
        try enterNesting(at: minus.span)
        defer { nesting -= 1 }
        try requireOperand("a value")
        let operand = try parseUnary()
        let span = minus.span.merged(with: operand.span)
        if case .number(let value, let isPercent) = operand.kind {
            return Expr(.number(-value, isPercent: isPercent), span: span)
        }
        return Expr(.negate(operand), span: span)
    }

    /// primary := NUMBER | STRING | REGEX | WORD | '(' expr ')'
    private mutating func parsePrimary() throws(StatementError) -> Expr {
        let token = peek
        switch token.kind {
        case .number(let value, let isPercent):
            advance()
            try rejectAttachedWord(after: token)
            guard value.isFinite else { throw StatementError(Phrase.numberTooLarge(), at: token.span) }
            return Expr(.number(value, isPercent: isPercent), span: token.span)
        case .string(let text):
            advance()
            return Expr(.string(valueField?.knownValues?[Vocabulary.folded(text)] ?? text), span: token.span)
        case .regex(let pattern):
            advance()
            return Expr(.regex(try compiledRegex(pattern, at: token)), span: token.span)
        case .word(let word) where keyword(token)?.role != .clause:
            advance()
            return Expr(try resolveWord(word, at: token), span: token.span)
        case .leftParen:
            return try parseParenthesized()
        default:
            throw expected("a value")
        }
    }

    /// '(' expr ')'; the expression's span takes in the parentheses.
    private mutating func parseParenthesized() throws(StatementError) -> Expr {
        let open = advance()
        try enterNesting(at: open.span)
        defer { nesting -= 1 }
        let inner = try parseExpression(expecting: "a value")
        try expectClosingParenthesis(for: open)
        return Expr(inner.kind, span: span(from: open.span.start))
    }

    /// Fails with `expected WHAT after 'OPERATOR'` unless the next token can start an operand.
    private func requireOperand(_ what: String) throws(StatementError) {
        guard startsExpression(peek) else { throw expected(what) }
    }

    /// Moves past the `)` that closes `open`, or fails: `unclosed '('` at the end of the statement,
    /// `expected ')' before 'X'` elsewhere.
    mutating func expectClosingParenthesis(for open: Token) throws(StatementError) {
        switch peek.kind {
        case .rightParen:
            advance()
        case .end, .pipe:
            throw StatementError(Phrase.unclosedParen(), at: open.span, hint: Phrase.addCloseParen())
        default:
            throw StatementError(Phrase.expectedCloseBefore(text(of: peek)), at: peek.span)
        }
    }

    /// Rejects a word written right after a number (`1000万元`, `5G`): a number takes no unit.
    mutating func rejectAttachedWord(after number: Token) throws(StatementError) {
        guard case .word(let word) = peek.kind, peek.span.start == number.span.end else { return }
        let isUnit = UnitTable.entries.contains { $0.unit == word }
        throw StatementError(
            Phrase.unexpectedAfterNumber(text(of: peek)), at: peek.span,
            hint: isUnit ? Phrase.unitOnItsOwn(word) : nil)
    }

    /// What a bare word in an expression stands for, in this order: a named value of the field
    /// it is compared with (`kind == money`, `kind == 金额`), a boolean, a field, a column named
    /// earlier, a kind or approximation value, and, compared with (or where the rows may have
    /// columns the parser cannot name), any word with a non-ASCII letter (`合肥`) is a string. Any other word (`cty`, `类型` where a field goes) is an unknown field.
    private func resolveWord(_ word: String, at token: Token) throws(StatementError) -> Expr.Kind {
        let folded = Vocabulary.folded(word)
        if let value = valueField?.knownValues?[folded] { return .string(value) }
        if let value = Vocabulary.booleans[folded] { return .boolean(value) }
        if let field = Field(word: word) { return .field(.known(field)) }
        if columns.contains(word) { return .field(.column(word)) }
        if Vocabulary.valueWords.contains(folded) { return .string(folded) }
        if (inValuePosition || hasUnnamedColumns) && Vocabulary.hasNonASCIILetter(word) { return .string(word) }
        if !checksFields { return .field(.column(word)) }
        throw unknownField(word, at: token)
    }

    /// The field a word in a `by` or `distinct` list names: a field or a column named earlier.
    func fieldName(_ word: String, at token: Token) throws(StatementError) -> FieldName {
        if let field = Field(word: word) { return .known(field) }
        if columns.contains(word) || !checksFields { return .column(word) }
        throw unknownField(word, at: token)
    }

    /// `unknown field 'X'`, with the closest field (English or Chinese) or column as a hint, else
    /// how to write the word as text.
    private func unknownField(_ word: String, at token: Token) -> StatementError {
        let candidates = Field.allCases.map(\.english) + Field.allCases.map(\.chinese) + columns.sorted()
        let hint = Suggestion.hint(for: word, among: candidates) ?? Phrase.quoteText(word)
        return StatementError(Phrase.unknownField(text(of: token)), at: token.span, hint: hint)
    }

    /// The pattern of a `/…/` token compiled, or its mistake at its place in the statement (the
    /// whole token for a limit).
    private func compiledRegex(_ pattern: String, at token: Token) throws(StatementError) -> RegexPattern {
        do {
            return try RegexPattern(pattern)
        } catch {
            let span = error.range.map { regexSpan($0, in: token) } ?? token.span
            throw StatementError(error.message, at: span, hint: error.hint)
        }
    }

    /// The statement's span of the scalars `range` of the pattern in `token`: past the opening slash,
    /// a `\/` in the statement is one `/` in the pattern, as the lexer read it.
    private func regexSpan(_ range: Range<Int>, in token: Token) -> SourceSpan {
        var offsets: [Int] = []
        var cursor = token.span.start + 1
        let end = max(cursor, token.span.end - 1)
        while cursor < end {
            offsets.append(cursor)
            let escapesSlash =
                lexed.scalars[cursor] == "\\" && cursor + 1 < end
                && InputNormalization.normalized(lexed.scalars[cursor + 1]) == "/"
            cursor += escapesSlash ? 2 : 1
        }
        offsets.append(end)
        let start = offsets[min(range.lowerBound, offsets.count - 1)]
        let last = offsets[min(range.upperBound, offsets.count - 1)]
        return SourceSpan(start: start, end: last)
    }

    /// The comparison operator a token is, if any.
    private func comparisonOperator(_ kind: TokenKind) -> ComparisonOperator? {
        switch kind {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessOrEqual
        case .greater: .greater
        case .greaterEqual: .greaterOrEqual
        case .contains: .contains
        case .notContains: .notContains
        default: nil
        }
    }

    /// `+` or `-`, if the token is one.
    private func additiveOperator(_ kind: TokenKind) -> ArithmeticOperator? {
        switch kind {
        case .plus: .add
        case .minus: .subtract
        default: nil
        }
    }

    /// `*` or `/`, if the token is one.
    private func multiplicativeOperator(_ kind: TokenKind) -> ArithmeticOperator? {
        switch kind {
        case .star: .multiply
        case .slash: .divide
        default: nil
        }
    }
}
