import Testing

@testable import ReportKit

@Suite struct DiagnosticRenderingTests {
    private let unknownField = Diagnostic(
        "unknown field 'cty'", at: SourceLocation(file: "scripts/x.tally", line: 3, column: 18),
        sourceLine: "measures | where cty == 合肥", length: 3, hint: "did you mean 'city'?")

    @Test func rendersLocationSourceCaretAndHint() {
        #expect(
            unknownField.rendered() == """
                scripts/x.tally:3:18: error: unknown field 'cty'
                measures | where cty == 合肥
                                 ^~~
                hint: did you mean 'city'?
                """)
    }

    @Test func messageOnlyWithoutSourceOrHint() {
        let diagnostic = Diagnostic("cannot read file", at: SourceLocation(file: "a.txt", line: 1, column: 1))
        #expect(diagnostic.rendered() == "a.txt:1:1: error: cannot read file")
    }

    @Test func caretAfterChineseTextCountsTwoColumnsPerCharacter() {
        let diagnostic = Diagnostic(
            "unknown field 'vlue'", at: SourceLocation(file: "<command>", line: 1, column: 16),
            sourceLine: "city == 合肥 and vlue > 3", length: 4)
        #expect(
            diagnostic.rendered() == """
                <command>:1:16: error: unknown field 'vlue'
                city == 合肥 and vlue > 3
                                 ^~~~
                """)
    }

    @Test func underlineCoversChineseCharactersByDisplayWidth() {
        let diagnostic = Diagnostic(
            "unknown city '合费'", at: SourceLocation(file: "<command>", line: 1, column: 9),
            sourceLine: "city == 合费", length: 2)
        #expect(
            diagnostic.rendered() == """
                <command>:1:9: error: unknown city '合费'
                city == 合费
                        ^~~~
                """)
    }

    @Test func tabsAreShownAsOneSpace() {
        let diagnostic = Diagnostic(
            "unexpected token", at: SourceLocation(file: "s.tally", line: 2, column: 3),
            sourceLine: "\t\t@", length: 1)
        #expect(diagnostic.rendered() == "s.tally:2:3: error: unexpected token\n  @\n  ^")
    }

    @Test func lineBreakAtTheEndOfTheSourceLineIsDropped() {
        let diagnostic = Diagnostic(
            "unexpected token", at: SourceLocation(file: "s.tally", line: 1, column: 1),
            sourceLine: "@\r\n", length: 1)
        #expect(diagnostic.rendered() == "s.tally:1:1: error: unexpected token\n@\n^")
    }

    @Test func caretPastTheEndOfTheLine() {
        let diagnostic = Diagnostic(
            "expected an expression", at: SourceLocation(file: "<command>", line: 1, column: 6),
            sourceLine: "合肥 ==", length: 1)
        #expect(
            diagnostic.rendered() == """
                <command>:1:6: error: expected an expression
                合肥 ==
                       ^
                """)
    }

    @Test func underlineRunningPastTheEndCountsOneColumnPerMissingScalar() {
        let diagnostic = Diagnostic(
            "unterminated string", at: SourceLocation(file: "<command>", line: 1, column: 4),
            sourceLine: "a =\"合", length: 4)
        #expect(diagnostic.rendered() == "<command>:1:4: error: unterminated string\na =\"合\n   ^~~~~")
    }

    @Test func colourUsesSGRCodes() {
        let escape = "\u{1B}["
        #expect(
            unknownField.rendered(color: true) == """
                \(escape)1mscripts/x.tally:3:18:\(escape)0m \(escape)1;31merror:\(escape)0m unknown field 'cty'
                measures | where cty == 合肥
                                 \(escape)32m^~~\(escape)0m
                \(escape)36mhint:\(escape)0m did you mean 'city'?
                """)
    }

    @Test func withoutColourThereAreNoEscapeCodes() {
        #expect(!unknownField.rendered().contains("\u{1B}"))
    }
}
