import ReportKit
import TallyQuery

/// The words that fit each completion context of the language, from the vocabulary and the data.
struct LanguageWords {
    let data: CompletionData

    /// The candidates for `context`. Chinese aliases are offered when `chinese` is set (the user
    /// started the word with a Chinese character), English words otherwise; data values always.
    /// `afterCompare` adds `cities`, `years` and the loaded years to the city names (as in
    /// `compare cities`, `compare years`, `compare 2013, 2017`).
    func candidates(for context: CompletionContext, chinese: Bool, afterCompare: Bool) -> [String] {
        switch context {
        case .statementStart:
            return keywords(Keyword.allCases.filter { $0.isSource || $0.role == .statement }, chinese) + data.names
        case .source:
            return keywords(Keyword.allCases.filter(\.isSource), chinese) + data.names
        case .verb:
            return keywords(Keyword.allCases.filter(\.isVerb), chinese)
        case .field:
            return fields(Field.allCases, chinese)
        case .value(let field):
            return values(of: field, chinese: chinese)
        case .city:
            guard afterCompare else { return data.cities }
            return data.cities + keywords([.cities, .years], chinese) + data.years.map(String.init)
        case .aggregate:
            return keywords([.count, .sum, .avg, .min, .max, .share], chinese)
        case .format:
            return OutputFormat.allCases.map { chinese ? $0.chinese ?? $0.rawValue : $0.rawValue }
        case .helpTopic:
            return keywords(Keyword.allCases, chinese) + fields(Field.allCases, chinese)
        case .keywords(let words):
            return keywords(words, chinese)
        case .none:
            return []
        }
    }

    /// The values a bare word may take after `field ==`.
    private func values(of field: Field, chinese: Bool) -> [String] {
        switch field {
        case .city: data.cities
        case .speaker: data.speakers
        case .unit: data.units.map(Self.unitLiteral)
        case .kind: Kind.allCases.map { chinese ? $0.chineseName : $0.name }
        case .approx:
            Approximation.allCases.map { chinese ? Vocabulary.approximationChinese[$0] ?? $0.name : $0.name }
        case .change: Change.allCases.map { chinese ? $0.chineseName : $0.name }
        case .status: Vocabulary.statuses.map { chinese ? $0.chinese : $0.name }
        case .period, .year: data.years.map(String.init)
        default: []
        }
    }

    /// A unit as it can be written after `unit ==`: bare when it is all letters (`人次`), quoted
    /// otherwise (`"%"`, `"元/月"`).
    static func unitLiteral(_ unit: String) -> String {
        unit.unicodeScalars.allSatisfy(\.properties.isAlphabetic) ? unit : "\"\(unit)\""
    }

    private func keywords(_ words: [Keyword], _ chinese: Bool) -> [String] {
        words.map { chinese ? $0.chinese : $0.english }
    }

    private func fields(_ fields: [Field], _ chinese: Bool) -> [String] {
        fields.map { chinese ? $0.chinese : $0.english }
    }
}
