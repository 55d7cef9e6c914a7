import ReportKit
import Testing

@testable import TallyQuery

@Suite("Vocabulary")
struct VocabularyTests {
    @Test("no Chinese alias means two things, and none is an English word")
    func aliasesAreUnambiguous() {
        let aliases = Vocabulary.allChineseAliases
        #expect(Set(aliases).count == aliases.count)
        let english = Set(Keyword.allCases.map(\.english) + Field.allCases.map(\.english))
        #expect(aliases.allSatisfy { !english.contains($0) && Vocabulary.hasNonASCIILetter($0) })
    }

    @Test("every spelling finds its word; only count is both a verb and a field")
    func lookups() {
        for keyword in Keyword.allCases {
            #expect(Keyword(word: keyword.english) == keyword)
            #expect(Keyword(word: keyword.chinese) == keyword)
            #expect(Keyword(word: keyword.english.uppercased()) == keyword)
        }
        for field in Field.allCases {
            #expect(Field(word: field.english) == field)
            #expect(Field(word: field.chinese) == field)
        }
        let shared = Keyword.allCases.filter { Field(word: $0.english) != nil }
        #expect(shared == [.count])
        #expect(Keyword.allCases.filter { Field(word: $0.chinese) != nil }.isEmpty)
        #expect(OutputFormat(word: "表格") == .table)
        #expect(OutputFormat(word: "Markdown") == .markdown)
    }

    @Test("the city field and the cities source have different Chinese names")
    func cityAndCities() {
        #expect(Field(word: "城市") == .city)
        #expect(Keyword(word: "各市") == .cities)
        #expect(Keyword(word: "城市") == nil)
    }

    @Test("suggestions by edit distance")
    func suggestions() {
        #expect(Suggestion.closest(to: "cty", among: ["city", "unit"]) == "city")
        #expect(Suggestion.closest(to: "vlaue", among: ["value", "unit"]) == "value")
        #expect(Suggestion.closest(to: "Wher", among: ["where", "sort"]) == "where")
        #expect(Suggestion.closest(to: "x", among: ["max", "min"]) == nil)
        #expect(Suggestion.closest(to: "banana", among: ["city", "unit"]) == nil)
    }
}
