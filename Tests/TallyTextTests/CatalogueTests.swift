import TallyText
import Testing

@Suite("Catalogue")
struct CatalogueTests {
    @Test("Every phrase has a text in English and in Chinese, with the same placeholders")
    func everyKeyInBothLanguages() {
        let english = Catalogue.texts(of: .english)
        let chinese = Catalogue.texts(of: .chinese)
        for phrase in Phrase.allCases {
            let englishText = english[phrase]
            let chineseText = chinese[phrase]
            #expect(englishText?.isEmpty == false, "no English text for \(phrase.rawValue)")
            #expect(chineseText?.isEmpty == false, "no Chinese text for \(phrase.rawValue)")
            if let englishText, let chineseText {
                #expect(
                    Catalogue.placeholders(in: englishText) == Catalogue.placeholders(in: chineseText),
                    "placeholders differ for \(phrase.rawValue)")
            }
        }
        #expect(english.count == Phrase.allCases.count)
        #expect(chinese.count == Phrase.allCases.count)
    }

    @Test("Keys are stable ASCII and unique")
    func keysAreASCII() {
        let keys = Phrase.allCases.map(\.rawValue)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) && !$0.contains(" ") })
    }

    @Test("Placeholders are filled in order, in the current language")
    func placeholdersFilled() {
        #expect(Phrase.nothingToUnload.text(in: .english, "x").hasPrefix("nothing to unload: 'x'"))
        #expect(Language.$current.withValue(.chinese) { Phrase.resetDone() } == "已移除所有文件和所有用 let 定义的名称")
        #expect(Language.$current.withValue(.chinese) { counted("1,020", 1020, .row) } == "1,020 行")
        #expect(counted("1", 1, .row) == "1 row")
        #expect(counted("2", 2, .row) == "2 rows")
    }

    @Test("The locale decides: LC_ALL, then LC_MESSAGES, then LANG; zh… is Chinese")
    func localeDecides() {
        #expect(Language.preferred(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.preferred(environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language.preferred(environment: [:]) == .english)
        #expect(Language.preferred(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.preferred(environment: ["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "C"]) == .chinese)
        #expect(Language.chosen(arguments: ["--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.chosen(arguments: ["--lang=zh", "-c", "cities"], environment: [:]) == .chinese)
        #expect(Language.chosen(arguments: ["-c", "cities"], environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
    }
}
