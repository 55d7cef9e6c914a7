import Testing

@testable import ReportKit

@Suite struct DisplayWidthTests {
    @Test func asciiCountsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("measures | where city") == 21)
    }

    @Test func controlsTakeNoColumns() {
        #expect(DisplayWidth.of("a\tb\n\u{7F}") == 2)
        #expect(DisplayWidth.of("\u{1B}[1mx") == 4)
        #expect(DisplayWidth.of("\u{85}x") == 1)
    }

    @Test func chineseJapaneseAndKoreanTakeTwoColumns() {
        #expect(DisplayWidth.of("合肥") == 4)
        #expect(DisplayWidth.of("合肥市 Hefei") == 12)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("\u{3400}\u{20000}\u{2A700}\u{31350}\u{F900}") == 10)
    }

    @Test func chinesePunctuationAndFullwidthFormsTakeTwoColumns() {
        #expect(DisplayWidth.of("、。「」") == 8)
        #expect(DisplayWidth.of("\u{3000}") == 2)
        #expect(DisplayWidth.of("（１２３）") == 10)
        #expect(DisplayWidth.of("￥") == 2)
        #expect(DisplayWidth.of("㈠㊣") == 4)
    }

    @Test func emojiTakeTwoColumns() {
        #expect(DisplayWidth.of("🎉😀🚀🥰") == 8)
    }

    @Test func combiningAndZeroWidthScalarsTakeNoColumns() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b\u{200D}c\u{2060}") == 3)
        #expect(DisplayWidth.of("合\u{FE0F}") == 2)
        #expect(DisplayWidth.of("\u{FEFF}x") == 1)
    }

    @Test func otherScriptsAndSymbolsTakeOneColumn() {
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("Привет") == 6)
        #expect(DisplayWidth.of("…—│█") == 4)
    }

    @Test func substringsAreMeasuredToo() {
        let text = "合肥 Hefei"
        #expect(DisplayWidth.of(text.dropFirst(2)) == 6)
    }

    @Test func singleScalars() {
        #expect(DisplayWidth.of("合" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("\u{300}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{0}" as Unicode.Scalar) == 0)
    }

    @Test func textThatFitsIsNotTruncated() {
        #expect(DisplayWidth.truncated("合肥", toWidth: 4) == "合肥")
        #expect(DisplayWidth.truncated("hello", toWidth: 10) == "hello")
    }

    @Test func asciiIsCutWithAnEllipsis() {
        #expect(DisplayWidth.truncated("hello world", toWidth: 8) == "hello w…")
        #expect(DisplayWidth.truncated("hello", toWidth: 1) == "…")
        #expect(DisplayWidth.truncated("hello", toWidth: 0) == "")
    }

    @Test func wideCharactersAreNeverSplit() {
        #expect(DisplayWidth.truncated("合肥市民政局", toWidth: 6) == "合肥…")
        #expect(DisplayWidth.truncated("合肥市民政局", toWidth: 5) == "合肥…")
        #expect(DisplayWidth.truncated("合肥市民政局", toWidth: 4) == "合…")
        #expect(DisplayWidth.of(DisplayWidth.truncated("合肥市民政局", toWidth: 4)) == 3)
        #expect(DisplayWidth.truncated("a合肥", toWidth: 4) == "a合…")
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(DisplayWidth.truncated("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
    }

    @Test func paddingUsesDisplayWidth() {
        #expect(DisplayWidth.padded("合肥", toWidth: 6) == "合肥  ")
        #expect(DisplayWidth.padded("合肥", toWidth: 6, alignment: .right) == "  合肥")
        #expect(DisplayWidth.padded("abc", toWidth: 5, alignment: .right) == "  abc")
        #expect(DisplayWidth.padded("合肥市", toWidth: 4) == "合肥市")
    }
}
