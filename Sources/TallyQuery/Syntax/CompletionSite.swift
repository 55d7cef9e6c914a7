/// What may be typed at the cursor, as the shell's tab completion asks.
public enum CompletionContext: Sendable, Hashable {
    /// The start of a statement: sources, `let`, `help` and the names `let` gave.
    case statementStart
    /// A source, after `let NAME =`: sources and names.
    case source
    /// A verb, after `|`.
    case verb
    /// A field, where an expression or a field list goes (after `where`, `sort`, `by`, `and`, `(`…).
    case field
    /// A value of this field, after `field ==` (or another comparison) or inside `field in (`.
    case value(of: Field)
    /// A city, after `compare`, `sections`, `targets` or a comma between compared cities (right
    /// after `compare`, `cities`, `years` and the loaded years fit too).
    case city
    /// An aggregate, after `summarize` or a comma between aggregates.
    case aggregate
    /// An output format, after `format`.
    case format
    /// A topic, after `help`: any keyword or field.
    case helpTopic
    /// One of these clause words, such as `asc`/`desc` after a sort key or `and`/`or` after a
    /// complete condition.
    case keywords([Keyword])
    /// Nothing to offer: free text, a new name, a number, or inside a string.
    case none
}

/// Where the cursor is: the context and the partial word before it.
public struct CompletionSite: Sendable, Hashable {
    /// What fits at the cursor.
    public var context: CompletionContext
    /// The partial word before the cursor, as typed; empty after a space or punctuation.
    public var prefix: String
}

extension CompletionSite {
    /// The completion site for the text before the cursor, worked out from the tokens before it.
    ///
    /// `measures | wh` gives `.verb` with prefix `wh`; `measures | where ` gives `.field`;
    /// `measures | where kind == ` gives `.value(of: .kind)`; `measures | sort value ` gives
    /// `.keywords([.asc, .desc])`.
    public init(before text: String) {
        let lexed = Lexer.tokenize(text)
        guard !lexed.endsInsideLiteral, lexed.error == nil else {
            self.init(context: .none, prefix: "")
            return
        }
        var tokens = lexed.tokens.filter { $0.kind != .lineContinuation && $0.kind != .end }
        var prefix = ""
        if let last = tokens.last, last.span.end == lexed.scalars.count, Self.isWordLike(last.kind) {
            prefix = lexed.text(of: last.span)
            tokens.removeLast()
        }
        self.init(context: CompletionAnalysis(tokens: tokens).context, prefix: prefix)
    }

    /// Whether a token may be a partial word being typed.
    private static func isWordLike(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .number: true
        default: false
        }
    }
}

/// The reasoning behind `CompletionSite(before:)`, over the complete tokens before the cursor.
private struct CompletionAnalysis {
    /// The tokens before the partial word.
    let tokens: [Token]

    /// What fits after `tokens`.
    var context: CompletionContext {
        guard let last = tokens.last else { return .statementStart }
        if last.kind == .pipe { return .verb }
        let segmentStart = (tokens.lastIndex { $0.kind == .pipe }).map { $0 + 1 } ?? 0
        var segment = Array(tokens[segmentStart...])
        if segmentStart == 0 {
            switch keyword(segment.first) {
            case .let?:
                guard segment.count >= 3 else { return .none }
                if segment.count == 3 { return segment[2].kind == .assign ? .source : .none }
                segment.removeFirst(3)
            case .help?:
                return segment.count == 1 ? .helpTopic : .none
            default: break
            }
            return sourceContext(segment)
        }
        return stageContext(segment)
    }

    /// The context inside the source part of a pipeline.
    private func sourceContext(_ segment: [Token]) -> CompletionContext {
        switch keyword(segment.first) {
        case .sections?, .targets?: return segment.count == 1 ? .city : .none
        case .compare?: return compareContext(segment)
        default: return .none
        }
    }

    /// The context inside `compare …`: cities, then `on` and `by`.
    private func compareContext(_ segment: [Token]) -> CompletionContext {
        if let clause = segment.lastIndex(where: { keyword($0) == .on || keyword($0) == .by }) {
            return expressionContext(Array(segment[clause...]), isCondition: true, afterComplete: [.and, .or, .by])
        }
        guard let last = segment.last else { return .none }
        if segment.count == 1 || last.kind == .comma { return .city }
        return .keywords([.on, .by])
    }

    /// The context inside a stage, from its verb.
    private func stageContext(_ segment: [Token]) -> CompletionContext {
        guard let verb = keyword(segment.first) else { return .none }
        if let by = segment.lastIndex(where: { keyword($0) == .by }) {
            return segment.count == by + 1 || segment.last?.kind == .comma ? .field : .none
        }
        switch verb {
        case .where: return expressionContext(segment, isCondition: true, afterComplete: [.and, .or])
        case .sort: return expressionContext(segment, afterComplete: [.asc, .desc])
        case .select: return expressionContext(segment, afterComplete: [.as])
        case .sum, .avg, .min, .max: return expressionContext(segment, afterComplete: [.as, .by])
        case .count, .share: return segment.count == 1 ? .keywords([.as, .by]) : .none
        case .total: return segment.count == 1 ? .keywords([.by]) : .none
        case .distinct: return segment.count == 1 || segment.last?.kind == .comma ? .field : .none
        case .format: return segment.count == 1 ? .format : .none
        case .summarize:
            if openParenthesis(in: segment) == nil,
                segment.count == 1 || segment.last?.kind == .comma
            {
                return .aggregate
            }
            return expressionContext(segment, afterComplete: [.as, .by])
        default: return .none
        }
    }

    /// The context inside an expression that starts after `segment`'s first token. A condition
    /// (`isCondition`) is complete only after a comparison; a sort key or a column after any
    /// operand. `afterComplete` are the words that may follow a complete one.
    private func expressionContext(
        _ segment: [Token], isCondition: Bool = false, afterComplete: [Keyword]
    ) -> CompletionContext {
        guard let last = segment.last else { return .none }
        if let open = openParenthesis(in: segment), open > 0, keyword(segment[open - 1]) == .in,
            last.kind == .comma || last.kind == .leftParen
        {
            return comparedField(before: open - 1, in: segment).map(CompletionContext.value) ?? .none
        }
        switch last.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains, .notContains:
            return comparedField(before: segment.count - 1, in: segment).map(CompletionContext.value) ?? .none
        case .leftParen, .comma, .plus, .minus, .star, .slash:
            return .field
        case .rightParen, .string, .number, .regex:
            return .keywords(afterComplete)
        case .word:
            if segment.count == 1 { return .field }
            if let keyword = keyword(last), keyword.role == .clause {
                return [.and, .or, .not, .on].contains(keyword) ? .field : .none
            }
            let isComplete = !isCondition || isComparisonOperator(segment[segment.count - 2].kind)
            return isComplete ? .keywords(afterComplete) : .none
        default:
            return .none
        }
    }

    /// The field on the left of the operator (or `in`) at `index`, skipping a `not` before `in`.
    private func comparedField(before index: Int, in segment: [Token]) -> Field? {
        var left = index - 1
        if left >= 0 && keyword(segment[left]) == .not { left -= 1 }
        guard left >= 0, let word = segment[left].kind.word else { return nil }
        return Field(word: word)
    }

    /// The index of the innermost `(` still open at the end of `segment`.
    private func openParenthesis(in segment: [Token]) -> Int? {
        var open: [Int] = []
        for (index, token) in segment.enumerated() {
            if token.kind == .leftParen { open.append(index) }
            if token.kind == .rightParen { _ = open.popLast() }
        }
        return open.last
    }

    /// Whether a token is a comparison operator.
    private func isComparisonOperator(_ kind: TokenKind) -> Bool {
        switch kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains, .notContains: true
        default: false
        }
    }

    /// The keyword a token spells, if any.
    private func keyword(_ token: Token?) -> Keyword? {
        token?.kind.word.flatMap { Keyword(word: $0) }
    }
}
