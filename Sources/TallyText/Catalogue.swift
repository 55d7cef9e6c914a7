/// The catalogue of one language: every `Phrase` with its text in that language.
///
/// A text may hold placeholders `{0}`, `{1}`, … that `Phrase.callAsFunction` fills in order; the
/// same phrase has the same placeholders in every language (`CatalogueTests` checks both).
public enum Catalogue {
    /// The texts of `language`.
    public static func texts(of language: Language) -> [Phrase: String] {
        switch language {
        case .english: englishTexts
        case .chinese: chineseTexts
        }
    }

    /// The text of `phrase` in `language` with its placeholders filled by `arguments`; a phrase a
    /// catalogue lacks (which its test forbids) falls back to English, then to its key.
    public static func text(_ phrase: Phrase, in language: Language, _ arguments: [String]) -> String {
        let templates =
            switch language {
            case .english: englishTemplates
            case .chinese: chineseTemplates
            }
        guard let template = templates.template(phrase) ?? englishTemplates.template(phrase) else {
            return phrase.rawValue
        }
        return template.filled(arguments)
    }

    private static let englishTemplates = TemplateCache(englishTexts)
    private static let chineseTemplates = TemplateCache(chineseTexts)

    /// The placeholders `{N}` of a text, for the test that both catalogues agree.
    public static func placeholders(in text: String) -> Set<Int> { Template(text).placeholders }
}

extension Phrase {
    /// The phrase's text in the current language (`Language.current`), placeholders filled in
    /// order: `Phrase.unknownField("cty")` → `unknown field 'cty'`.
    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String {
        Catalogue.text(self, in: Language.current, arguments.map(\.description))
    }

    /// The phrase's text in `language`.
    public func text(in language: Language, _ arguments: any CustomStringConvertible...) -> String {
        Catalogue.text(self, in: language, arguments.map(\.description))
    }
}

/// A count with its noun in the current language: `1 row`, `2 rows`, `1,020 figures` in English,
/// `3 行`, `1,020 个数字` in Chinese. `grouped` is the count as written (`1,020`); `noun` is a
/// phrase whose English text is `one|many` (`row|rows`) and whose Chinese text has no plural.
public func counted(_ grouped: String, _ count: Int, _ noun: Phrase) -> String {
    grouped + " " + word(count, noun)
}

/// The noun of `noun` for `count` things in the current language: `row` or `rows`, `行`.
public func word(_ count: Int, _ noun: Phrase) -> String {
    let forms = noun().split(separator: "|", omittingEmptySubsequences: false)
    return String(count == 1 || forms.count == 1 ? forms[0] : forms[1])
}
