/// A statement written with the Chinese aliases of its words, for Chinese help: each keyword,
/// field and value word (`money`, on the right of `==` or `!=` or in an `in (…)` list) becomes
/// its Chinese alias; names, numbers, strings and cities stay as they are. `measures | where kind == money` → `数据 | 筛选 类别 == 金额`.
enum ChineseExample {
    /// Every value word (`money`, `more`, `growth`, `met`) with its Chinese name.
    private static let valueWords: [String: String] = {
        var words: [String: String] = [:]
        for field in Field.allCases {
            for (spelling, value) in field.knownValues ?? [:] where !spelling.unicodeScalars.allSatisfy(\.isASCII) {
                words[value] = words[value].map { min($0, spelling) } ?? spelling
            }
        }
        return words
    }()

    /// `statement` with its words in Chinese.
    static func of(_ statement: String) -> String {
        let lexed = Lexer.tokenize(statement)
        var scalars = lexed.scalars
        var replacements: [(SourceSpan, String)] = []
        var previous: TokenKind?
        var inList = false
        for token in lexed.tokens {
            if token.kind == .rightParen { inList = false }
            if token.kind == .leftParen, case .word(let word)? = previous, Keyword(word: word) == .in { inList = true }
            if case .word(let word) = token.kind {
                let isValue = previous == .equal || previous == .notEqual || inList
                if let chinese = alias(of: word, asValue: isValue) { replacements.append((token.span, chinese)) }
            }
            previous = token.kind
        }
        for (span, chinese) in replacements.reversed() {
            scalars.replaceSubrange(span.start..<span.end, with: chinese.unicodeScalars)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// The Chinese alias of a word of the language (of a value word only `asValue`), or nil for a
    /// name, a city or a word with none.
    private static func alias(of word: String, asValue: Bool) -> String? {
        if asValue { return valueWords[word] }
        if let keyword = Keyword(word: word) { return keyword.chinese }
        return Field(word: word)?.chinese
    }
}
