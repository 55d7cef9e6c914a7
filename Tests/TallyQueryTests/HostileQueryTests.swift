import ReportKit
import TallyQuery
import TallyTestSupport
import Testing

/// Queries nobody should type, and what tally says to each: the exact message, never a crash, a
/// stack overflow or a hang.
@Suite struct HostileQueryTests {
    /// The source line a diagnostic shows for `text` when it is long: 160 scalars from 40 before
    /// the caret's `column`, `…` for what is cut, and the caret below.
    private func windowed(_ text: String, column: Int, caret: String = "^") -> String {
        let scalars = Array(text.unicodeScalars)
        let start = column - 1 - 40
        return "…" + String(String.UnicodeScalarView(scalars[start..<(start + 160)])) + "…\n"
            + String(repeating: " ", count: 41) + caret
    }

    @Test func hundredThousandNestedParentheses() throws {
        let deep =
            "measures | where " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let expected =
            "<command>:1:274: error: expression nested too deeply\n" + windowed(deep, column: 274)
            + "\nhint: at most 256 levels of parentheses, 'not' and '-' are allowed"
        #expect(try shown(deep) == expected)
        #expect(try shown("measures | where " + String(repeating: "(", count: 100_000)) == expected)
    }

    @Test func hundredThousandNotsAndMinuses() throws {
        let nots = "measures | where " + String(repeating: "not ", count: 100_000) + "true"
        #expect(
            try shown(nots) == """
                <command>:1:1042: error: expression nested too deeply
                \(windowed(nots, column: 1042, caret: "^~~"))
                hint: at most 256 levels of parentheses, 'not' and '-' are allowed
                """)
        let minuses = "measures | where " + String(repeating: "-", count: 100_000) + "1 > 0"
        #expect(
            try shown(minuses) == """
                <command>:1:274: error: expression nested too deeply
                \(windowed(minuses, column: 274))
                hint: at most 256 levels of parentheses, 'not' and '-' are allowed
                """)
    }

    /// A left-deep chain of operators used to overflow the evaluator's stack (signal 11).
    @Test func longChainsOfOperators() throws {
        let sum = "measures | select " + String(repeating: "1+", count: 200_000) + "1 as x"
        #expect(
            try shown(sum) == """
                <command>:1:532: error: too many operators in a row
                \(windowed(sum, column: 532))
                hint: at most 256 are allowed; to compare with many values use 'in', as in: city in (合肥, 安庆)
                """)
        let ors = "measures | where " + String(repeating: "value > 1 or ", count: 80_000) + "true"
        #expect(
            try shown(ors) == """
                <command>:1:3356: error: too many operators in a row
                \(windowed(ors, column: 3356, caret: "^~"))
                hint: at most 256 are allowed; to compare with many values use 'in', as in: city in (合肥, 安庆)
                """)
        // As long as an `in` list may be: 100,000 values.
        let cities = "measures | where city in (" + String(repeating: "合肥, ", count: 99_999) + "合肥) | count"
        #expect(try shown(cities) == Self.countTable(15))
    }

    @Test func oneMegabyteLine() throws {
        let word = String(repeating: "a", count: 1 << 20)
        #expect(
            try shown(word) == """
                <command>:1:1: error: unknown name '\(String(repeating: "a", count: 20))…\(String(repeating: "a", count: 20))'
                \(String(repeating: "a", count: 160))…
                ^\(String(repeating: "~", count: 159))
                """)
        let spaced = "measures | where city == 合肥" + String(repeating: " ", count: 1 << 20) + "| count"
        #expect(try shown(spaced) == Self.countTable(15))
    }

    @Test func unknownVerbsAndFields() throws {
        #expect(
            try shown("measures | wher city == 合肥") == """
                <command>:1:12: error: unknown verb 'wher'
                measures | wher city == 合肥
                           ^~~~
                hint: did you mean 'where'?
                """)
        #expect(
            try shown("measures | where cty == 合肥") == """
                <command>:1:18: error: unknown field 'cty'
                measures | where cty == 合肥
                                 ^~~
                hint: did you mean 'city'?
                """)
    }

    @Test func divisionByZero() throws {
        #expect(
            try shown("measures | select value / 0 as x") == """
                <command>:1:27: error: division by zero
                measures | select value / 0 as x
                                          ^
                """)
        // A divisor that is only zero once computed gives no value: an empty cell, never inf or NaN.
        #expect(try shown("measures | select value / (value - value) as x | take 2 | format csv") == "x\n\"\"\n\"\"\n")
        #expect(try shown("measures | where value / (1 - 1) > 1 | count") == Self.countTable(0))
    }

    @Test func comparingTextWithNumbers() throws {
        #expect(
            try shown("measures | where city > 5") == """
                <command>:1:18: error: cannot compare text with a number
                measures | where city > 5
                                 ^~~~~~~~
                hint: text compares with text: put the value in quotes
                """)
        #expect(
            try shown("measures | where value > city") == """
                <command>:1:18: error: cannot compare a number with text
                measures | where value > city
                                 ^~~~~~~~~~~~
                hint: text compares with text: put the value in quotes
                """)
        // Equality compares the number's digits as text (so `section == 2` works): no row is 合肥.
        #expect(try shown(#"measures | where value == "合肥" | count"#) == Self.countTable(0))
    }

    @Test func negativeAndHugeTake() throws {
        #expect(
            try shown("measures | take -1") == """
                <command>:1:17: error: take needs a whole number of 0 or more
                measures | take -1
                                ^~
                hint: as in: take 5
                """)
        #expect(
            try shown("measures | take 99999999999999999999999") == """
                <command>:1:17: error: take needs a whole number
                measures | take 99999999999999999999999
                                ^~~~~~~~~~~~~~~~~~~~~~~
                hint: as in: take 5
                """)
    }

    @Test func invalidRegularExpressions() throws {
        #expect(
            try shown("measures | where subject ~ /([/") == """
                <command>:1:30: error: invalid regular expression: '[' is not closed
                measures | where subject ~ /([/
                                             ^
                """)
        #expect(
            try shown("measures | where subject ~ /a{99999}{99999}/") == """
                <command>:1:30: error: invalid regular expression: a repetition count is over 1000
                measures | where subject ~ /a{99999}{99999}/
                                             ^~~~~~~
                """)
        #expect(
            try shown(#"measures | where subject ~ /a\/b\/(c/"#) == #"""
                <command>:1:35: error: invalid regular expression: '(' is not closed
                measures | where subject ~ /a\/b\/(c/
                                                  ^
                """#)
    }

    /// The patterns that used to run for minutes or for ever under a backtracking engine (and got past
    /// the old cost check) now run in one pass over the seed report, each well within 2 seconds, or
    /// are refused at once for their size.
    @Test(arguments: [#"(.|.)*x"#, #".*.*.*x"#, #"(?:.*){3}x"#, #"(.*)*x"#, #".*.*.*.*x"#, #"(a*)*b"#])
    func regularExpressionsThatUsedToNeverFinish(_ pattern: String) throws {
        #expect(try shown("sentences | where sentence ~ /\(pattern)/ | count", within: 2) == Self.countTable(0))
    }

    /// The same with a class where the letter was, so no byte search can skip the text: every
    /// thread runs over every sentence, and a program near the size limit still finishes in time.
    @Test(arguments: [
        #"(.|.)*[x]"#, #".*.*.*[x]"#, #"(?:.*){3}[x]"#, #"(.{0,20}){0,20}[x]"#, #"(.|.)*[养老]{2}服务"#,
    ])
    func regularExpressionsWithNothingToSearchFor(_ pattern: String) throws {
        let expected = pattern.hasSuffix("服务") ? 5 : 0
        #expect(
            try shown("sentences | where sentence ~ /\(pattern)/ | count", within: 2) == Self.countTable(expected))
    }

    /// Counts the backtracking engine gave on the seed report, which the linear one must keep.
    @Test(arguments: [
        (#"[养老]{2}服务"#, 5), (#"养老.*服务"#, 9), (#"养老|助[餐食]+"#, 13), (#"(养老|助餐)服务"#, 6), (#"\d+万元"#, 10),
        (#"^\d+.*万元"#, 0),
    ])
    func regularExpressionsCountAsBefore(_ pattern: String, _ count: Int) throws {
        #expect(try shown("sentences | where sentence ~ /\(pattern)/ | count", within: 2) == Self.countTable(count))
    }

    @Test func regularExpressionsOverTheLimits() throws {
        #expect(
            try shown("measures | where sentence ~ /(.{0,60}){0,60}x/", within: 2) == """
                <command>:1:29: error: regular expression too large: more than 1000 steps once its repetitions are written out
                measures | where sentence ~ /(.{0,60}){0,60}x/
                                            ^~~~~~~~~~~~~~~~~~
                hint: write a simpler pattern, or join several conditions with 'and'
                """)
        let alternatives = (0..<100_000).map { "a\($0)" }.joined(separator: "|")
        let lines = try #require(try shown("measures | where sentence ~ /\(alternatives)/", within: 2))
            .split(separator: "\n")
        #expect(lines.first == "<command>:1:29: error: regular expression too large: longer than 1000 characters")
        #expect(lines.last == "hint: write a simpler pattern, or join several conditions with 'and'")
        #expect(lines.count == 4)
    }

    /// Back-references and look-around cannot be matched in one pass: refused at their place.
    @Test func regularExpressionsThatNeedMoreThanOnePass() throws {
        let hint = "hint: tally matches in one pass over the text; join two conditions with 'and' or 'and not' instead"
        #expect(
            try shown(#"measures | where subject ~ /(养老)\1/"#) == """
                <command>:1:33: error: invalid regular expression: back-references such as '\\1' are not supported
                measures | where subject ~ /(养老)\\1/
                                                  ^~
                \(hint)
                """)
        #expect(
            try shown("measures | where subject ~ /养老(?!服务)/") == """
                <command>:1:31: error: invalid regular expression: look-ahead and look-behind such as '(?!' are not supported
                measures | where subject ~ /养老(?!服务)/
                                                ^~~
                \(hint)
                """)
        #expect(
            try shown("measures | where subject ~ /(?<=养老)服务/") == """
                <command>:1:29: error: invalid regular expression: look-ahead and look-behind such as '(?<=' are not supported
                measures | where subject ~ /(?<=养老)服务/
                                            ^~~~
                \(hint)
                """)
        #expect(
            try shown(#"measures | where subject ~ /\k<a>/"#) == """
                <command>:1:29: error: invalid regular expression: back-references such as '\\k' are not supported
                measures | where subject ~ /\\k<a>/
                                            ^~
                \(hint)
                """)
    }

    @Test func unterminatedStringAtTheEnd() throws {
        #expect(
            try shown(#"measures | where subject ~ "养老"#) == """
                <command>:1:28: error: unterminated string
                measures | where subject ~ "养老
                                           ^~~~~
                hint: end the string with "
                """)
    }

    @Test func windowsLineEnds() throws {
        let script = "# money\r\nmeasures\r\n  | where kind == money\r\n  | count by city\r\nmeasures | take -1\r\n"
        let statements = ScriptSplitter.split(script)
        #expect(statements.map(\.line) == [2, 5])
        var session = seedSession()
        #expect(try session.run(statements[0].text).rendered(defaultFormat: .csv) == "city,count\n合肥,1\n蚌埠,6\n安庆,9\n")
        do throws(StatementError) {
            _ = try session.run(statements[1].text, origin: statements[1].origin(file: "crlf.tally"))
            Issue.record("take -1 ran")
        } catch {
            #expect(
                error.rendered() == """
                    crlf.tally:5:17: error: take needs a whole number of 0 or more
                    measures | take -1
                                    ^~
                    hint: as in: take 5
                    """)
        }
        #expect(try shown("measures | count\r\n") == Self.countTable(102))
    }

    @Test func byteOrderMarkAtTheStartOfAScript() throws {
        let statements = ScriptSplitter.split("\u{FEFF}measures | count\nunits | count\n")
        #expect(
            statements == [
                ScriptStatement(text: "measures | count", line: 1), ScriptStatement(text: "units | count", line: 2),
            ])
        #expect(try shown("\u{FEFF}measures | count") == Self.countTable(102))
    }

    /// The table `count` shows: one row with `rows`, or no row at all.
    /// `count` as a table: one row, 0 when nothing was counted.
    private static func countTable(_ rows: Int) -> String {
        let cell = String(rows)
        return "┌───────┐\n│ count │\n├───────┤\n│ " + String(repeating: " ", count: 5 - cell.count) + cell
            + " │\n└───────┘\n1 row\n"
    }
}
