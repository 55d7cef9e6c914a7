import TallyText

/// The sources a pipeline starts from.
///
///     source := 'measures' | 'reports' | 'sections' [CITY] | 'sentences' | 'cities' | 'units'
///             | 'find' TEXT | 'compare' cities ['on' expr] ['by' fields] | NAME
///     cities := 'cities' | CITY (',' CITY)*
extension Parser {
    /// source
    mutating func parseSource() throws(StatementError) -> Source {
        let token = peek
        guard case .word(let word) = token.kind else {
            throw expected(Phrase.aSource(), hint: Phrase.startWithSource())
        }
        if let keyword = Keyword(word: word) {
            return try parseKeywordSource(keyword)
        }
        if let field = Field(word: word) {
            throw StatementError(
                "'\(text(of: token))' is a field, not a source", at: token.span,
                hint: Self.sourceHint(for: field, chinese: Vocabulary.hasNonASCIILetter(word)))
        }
        advance()
        hasUnnamedColumns = true
        if let inherited = scope.columns(of: word) {
            columns = inherited
        } else if !Vocabulary.hasNonASCIILetter(word),
            let hint = Suggestion.hint(for: word, among: Self.sourceSpellings)
        {
            throw StatementError(Phrase.unknownSource(word), at: token.span, hint: hint)
        } else {
            checksFields = false
        }
        return Source(kind: .named(word), span: token.span)
    }

    /// A source that starts with a keyword; verbs and clause words are mistakes here.
    private mutating func parseKeywordSource(_ keyword: Keyword) throws(StatementError) -> Source {
        let start = peek.span.start
        let kind: Source.Kind
        switch keyword {
        case .measures: kind = .measures
        case .reports: kind = .reports
        case .sentences: kind = .sentences
        case .cities: kind = .cities
        case .units: kind = .units
        case .sections:
            advance()
            return Source(kind: .sections(city: parseOptionalCity()), span: span(from: start))
        case .find:
            advance()
            return Source(kind: .find(terms: try parseTerms()), span: span(from: start))
        case .compare:
            advance()
            let comparison = try parseComparison()
            columns.formUnion(ComparisonColumns.introduced(by: comparison))
            switch comparison.columns {
            case .cities(.all), .periods(.all): hasUnnamedColumns = true
            case .cities(.listed), .periods(.listed): break
            }
            return Source(kind: .compare(comparison), span: span(from: start))
        case .targets:
            advance()
            columns.formUnion(TargetColumns.introduced)
            return Source(kind: .targets(city: parseOptionalCity()), span: span(from: start))
        default:
            throw StatementError(
                position == 0
                    ? Phrase.sourceBefore(text(of: peek))
                    : Phrase.sourceAfter(text(of: previous)),
                at: peek.span,
                hint: keyword.isVerb
                    ? Phrase.startWithSourceAsIn(text(of: peek))
                    : Phrase.startWithSource())
        }
        advance()
        return Source(kind: kind, span: span(from: start))
    }

    /// The cities of `compare`, then its `on` condition and `by` fields.
    private mutating func parseComparison() throws(StatementError) -> Comparison {
        let cities: ComparedColumns
        if match(.cities) != nil {
            cities = .cities(.all)
        } else if match(.years) != nil {
            cities = .periods(.all)
        } else if case .number = peek.kind {
            cities = .periods(.listed(try parseYears()))
        } else {
            var names = [try parseCity()]
            while peek.kind == .comma {
                advance()
                names.append(try parseCity())
            }
            if startsCity(peek) {
                throw StatementError(
                    Phrase.expectedCommaBefore(text(of: peek)), at: peek.span,
                    hint: Phrase.separateCities())
            }
            cities = .cities(.listed(names))
        }
        var condition: Expr?
        if match(.on) != nil {
            condition = try parseExpression(expecting: "a condition")
        }
        var groupBy: [Spanned<FieldName>] = []
        if match(.by) != nil {
            groupBy = try parseFieldList()
        }
        return Comparison(columns: cities, condition: condition, groupBy: groupBy)
    }

    /// The years of `compare 2013, 2017`: whole numbers, separated by commas.
    private mutating func parseYears() throws(StatementError) -> [Spanned<Int>] {
        var years: [Spanned<Int>] = []
        repeat {
            guard case .number(let value, isPercent: false) = peek.kind, value == value.rounded(),
                value >= 1, value <= 9999
            else {
                throw expected(Phrase.aYear(), hint: Phrase.asInCompareYears())
            }
            let token = advance()
            years.append(Spanned(Int(value), span: token.span))
        } while matchComma()
        return years
    }

    /// One city of `compare`: a bare word that is not a keyword, or a quoted string.
    private mutating func parseCity() throws(StatementError) -> Spanned<String> {
        guard startsCity(peek) else {
            throw expected(Phrase.aCity(), hint: Phrase.asInCompareCities())
        }
        let token = advance()
        return Spanned(cityName(token), span: token.span)
    }

    /// The city after `sections`, if one is written.
    private mutating func parseOptionalCity() -> Spanned<String>? {
        guard startsCity(peek) else { return nil }
        let token = advance()
        return Spanned(cityName(token), span: token.span)
    }

    /// Whether a token can be a city: a quoted string, or a word that is not a keyword.
    private func startsCity(_ token: Token) -> Bool {
        switch token.kind {
        case .string: true
        case .word: keyword(token) == nil
        default: false
        }
    }

    /// The city a string or word token names.
    private func cityName(_ token: Token) -> String {
        switch token.kind {
        case .string(let city), .word(let city): city
        default: text(of: token)
        }
    }

    /// The text after `find`, up to the next `|`: each quoted string is a term, and so is each run
    /// of other tokens written without spaces between them, taken as written (`4680万元`, `第5批`).
    /// Commas and spaces separate terms.
    mutating func parseTerms() throws(StatementError) -> [String] {
        var terms: [String] = []
        var run: SourceSpan?
        while peek.kind != .pipe && peek.kind != .end {
            let token = advance()
            switch token.kind {
            case .string(let term):
                if let pending = run { terms.append(lexed.text(of: pending)) }
                run = nil
                terms.append(term)
            case .comma:
                if let pending = run { terms.append(lexed.text(of: pending)) }
                run = nil
            default:
                if let pending = run, pending.end == token.span.start {
                    run = pending.merged(with: token.span)
                } else {
                    if let pending = run { terms.append(lexed.text(of: pending)) }
                    run = token.span
                }
            }
        }
        if let pending = run { terms.append(lexed.text(of: pending)) }
        if terms.isEmpty { throw expected(Phrase.someText(), hint: Phrase.asInFind()) }
        return terms
    }

    /// The English spellings of the words that may start a statement, for suggestions.
    private static let sourceSpellings: [String] = Keyword.allCases
        .filter { $0.isSource || $0.role == .statement }
        .map(\.english)

    /// The hint for a field written where a source belongs, pointing at the source with the
    /// field's plural meaning when there is one (`城市` → `各市`).
    private static func sourceHint(for field: Field, chinese: Bool) -> String {
        let source: Keyword? =
            switch field {
            case .city: .cities
            case .unit: .units
            case .section: .sections
            case .sentence: .sentences
            case .report: .reports
            default: nil
            }
        guard let source else { return Phrase.startWithSource() }
        return Phrase.didYouMeanSource(chinese ? source.chinese : source.english)
    }
}
