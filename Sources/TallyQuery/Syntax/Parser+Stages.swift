import TallyText

/// The stages after `|`.
///
///     stage     := 'where' expr | 'sort' key (',' key)* | 'take' N | 'select' item (',' item)*
///                | 'summarize' aggregate (',' aggregate)* ['by' fields]
///                | ('count' | 'share') [alias] ['by' fields]
///                | ('sum' | 'avg' | 'min' | 'max') expr [alias] ['by' fields]
///                | 'distinct' fields | 'total' ['by' fields] | 'chart' | 'find' TEXT
///                | 'format' FORMAT
///     key       := expr ['asc' | 'desc']
///     item      := expr [alias]
///     aggregate := ('count' | 'share' ['(' expr ')'] | ('sum'|'avg'|'min'|'max') '(' expr ')') [alias]
///     alias     := 'as' NAME
///     fields    := FIELD (',' FIELD)*
extension Parser {
    /// stage
    mutating func parseStage() throws(StatementError) -> Stage {
        let verbToken = peek
        guard case .word(let word) = verbToken.kind else {
            throw expected(Phrase.aVerb(), hint: Phrase.suchAsVerbs())
        }
        guard let verb = Keyword(word: word), verb.isVerb else {
            throw notAVerb(verbToken, word: word)
        }
        advance()
        let kind: Stage.Kind
        switch verb {
        case .where: kind = .filter(try parseExpression(expecting: Phrase.aCondition()))
        case .sort: kind = .sort(try parseSortKeys())
        case .take: kind = .take(try parseCount())
        case .select: kind = .select(try parseSelectItems())
        case .summarize: kind = .summarize(try parseSummary())
        case .distinct: kind = .distinct(try parseFieldList())
        case .total: kind = .total(by: try parseGrouping())
        case .chart: kind = .chart
        case .trend: kind = .trend
        case .find: kind = .find(terms: try parseTerms())
        case .format: kind = .format(try parseFormat())
        default:
            guard let function = AggregateFunction(verb) else { throw notAVerb(verbToken, word: word) }
            kind = .summarize(try parseShorthand(function, start: verbToken.span.start))
        }
        return Stage(kind: kind, span: span(from: verbToken.span.start))
    }

    /// The error for a word after `|` that is not a verb.
    private func notAVerb(_ token: Token, word: String) -> StatementError {
        if let keyword = Keyword(word: word), keyword.isSource {
            return StatementError(
                Phrase.sourceNotVerb(text(of: token)), at: token.span,
                hint: Phrase.sourceStartsPipeline(text(of: token)))
        }
        if Keyword(word: word) != nil {
            return expected(Phrase.aVerb(), hint: Phrase.suchAsVerbs())
        }
        if Field(word: word) != nil {
            return StatementError(
                Phrase.unknownVerb(text(of: token)), at: token.span,
                hint: Phrase.keepSomeRows(text(of: token)))
        }
        return StatementError(
            Phrase.unknownVerb(text(of: token)), at: token.span,
            hint: Suggestion.hint(for: word, among: Self.verbSpellings) ?? Phrase.suchAsVerbs())
    }

    /// key (',' key)*
    private mutating func parseSortKeys() throws(StatementError) -> [SortKey] {
        var keys: [SortKey] = []
        repeat {
            let key = try parseExpression(expecting: Phrase.aFieldHere())
            var direction = SortDirection.ascending
            if match(.desc) != nil {
                direction = .descending
            } else {
                _ = match(.asc)
            }
            keys.append(SortKey(key: key, direction: direction, span: span(from: key.span.start)))
        } while matchComma()
        return keys
    }

    /// The whole, non-negative number after `take`.
    private mutating func parseCount() throws(StatementError) -> Int {
        if peek.kind == .minus, case .number = peekSecond.kind {
            throw StatementError(
                Phrase.takeWholeNumberOrZero(), at: peek.span.merged(with: peekSecond.span),
                hint: Phrase.asInTake())
        }
        guard case .number(let value, let isPercent) = peek.kind, !isPercent else {
            throw expected(Phrase.aNumber(), hint: Phrase.asInTake())
        }
        let token = advance()
        try rejectAttachedWord(after: token)
        guard value >= 0, value.rounded() == value, value <= 1e15 else {
            throw StatementError(Phrase.takeWholeNumber(), at: token.span, hint: Phrase.asInTake())
        }
        return Int(value)
    }

    /// item (',' item)*
    private mutating func parseSelectItems() throws(StatementError) -> [SelectItem] {
        var items: [SelectItem] = []
        repeat {
            let expr = try parseExpression(expecting: Phrase.aFieldHere())
            let alias = try parseAlias()
            items.append(SelectItem(expr: expr, alias: alias, span: span(from: expr.span.start)))
        } while matchComma()
        return items
    }

    /// aggregate (',' aggregate)* ['by' fields]
    private mutating func parseSummary() throws(StatementError) -> Summary {
        var aggregates: [Aggregate] = []
        repeat {
            aggregates.append(try parseAggregate())
        } while matchComma()
        return Summary(aggregates: aggregates, groupBy: try parseGrouping())
    }

    /// One aggregate of `summarize`: `count`, `share`, `share(expr)`, `sum(expr)`, … [alias]
    private mutating func parseAggregate() throws(StatementError) -> Aggregate {
        let token = peek
        guard case .word(let word) = token.kind else {
            throw expected(Phrase.anAggregate(), hint: Phrase.aggregateList())
        }
        guard let function = keyword(token).flatMap(AggregateFunction.init) else {
            throw StatementError(
                Phrase.unknownAggregate(text(of: token)), at: token.span,
                hint: Suggestion.hint(for: word, among: Self.aggregateSpellings)
                    ?? Phrase.aggregateList())
        }
        advance()
        var argument: Expr?
        switch function {
        case .count: break
        case .share: if peek.kind == .leftParen { argument = try parseCallArgument() }
        case .sum, .avg, .min, .max:
            guard peek.kind == .leftParen else {
                throw expected("'('", hint: Phrase.asInFunction(function.rawValue))
            }
            argument = try parseCallArgument()
        }
        let alias = try parseAlias()
        return Aggregate(function: function, argument: argument, alias: alias, span: span(from: token.span.start))
    }

    /// '(' expr ')'
    private mutating func parseCallArgument() throws(StatementError) -> Expr {
        let open = advance()
        let argument = try parseExpression(expecting: Phrase.aValue())
        try expectClosingParenthesis(for: open)
        return argument
    }

    /// The shorthands `count`, `sum EXPR`, `share [EXPR]`, … [alias] ['by' fields], each a
    /// summary of one aggregate.
    private mutating func parseShorthand(_ function: AggregateFunction, start: Int) throws(StatementError) -> Summary {
        var argument: Expr?
        switch function {
        case .count: break
        case .share:
            if startsExpression(peek) && keyword(peek) != .not {
                argument = try parseExpression(expecting: Phrase.aValue())
            }
        case .sum, .avg, .min, .max: argument = try parseExpression(expecting: Phrase.aValue())
        }
        let alias = try parseAlias()
        let aggregate = Aggregate(function: function, argument: argument, alias: alias, span: span(from: start))
        return Summary(aggregates: [aggregate], groupBy: try parseGrouping())
    }

    /// ['as' NAME]: a word that is not a clause word, or a quoted string.
    private mutating func parseAlias() throws(StatementError) -> Spanned<String>? {
        guard match(.as) != nil else { return nil }
        switch peek.kind {
        case .string(let name):
            return Spanned(name, span: advance().span)
        case .word(let name) where keyword(peek)?.role != .clause:
            return Spanned(name, span: advance().span)
        default:
            throw expected(Phrase.aName(), hint: Phrase.asInAsMoney())
        }
    }

    /// ['by' fields]
    private mutating func parseGrouping() throws(StatementError) -> [Spanned<FieldName>] {
        match(.by) != nil ? try parseFieldList() : []
    }

    /// FIELD (',' FIELD)*
    mutating func parseFieldList() throws(StatementError) -> [Spanned<FieldName>] {
        var fields: [Spanned<FieldName>] = []
        repeat {
            guard case .word(let word) = peek.kind, keyword(peek)?.role != .clause else {
                throw expected(Phrase.aFieldHere())
            }
            let token = advance()
            fields.append(Spanned(try fieldName(word, at: token), span: token.span))
        } while matchComma()
        return fields
    }

    /// The format after `format`.
    private mutating func parseFormat() throws(StatementError) -> OutputFormat {
        let choices = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard case .word(let word) = peek.kind else {
            throw expected(Phrase.aFormat(), hint: Phrase.oneOf(choices))
        }
        guard let format = OutputFormat(word: word) else {
            throw StatementError(
                Phrase.unknownFormatWord(text(of: peek)), at: peek.span,
                hint: Suggestion.hint(for: word, among: OutputFormat.allCases.map(\.rawValue)) ?? Phrase.oneOf(choices))
        }
        advance()
        return format
    }

    /// Moves past a comma if the next token is one.
    mutating func matchComma() -> Bool {
        guard peek.kind == .comma else { return false }
        advance()
        return true
    }

    /// The English and Chinese spellings of the verbs, for suggestions.
    private static let verbSpellings: [String] = Keyword.allCases.filter(\.isVerb).flatMap { [$0.english, $0.chinese] }

    /// The English and Chinese spellings of the aggregates, for suggestions.
    private static let aggregateSpellings: [String] = AggregateFunction.allCases.flatMap {
        [$0.keyword.english, $0.keyword.chinese]
    }
}
