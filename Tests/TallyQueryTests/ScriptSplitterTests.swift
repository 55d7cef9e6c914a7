import Foundation
import ReportKit
import TallyTestSupport
import Testing

@testable import TallyQuery

/// The statements of `script` as `line: text` strings.
private func split(_ script: String) -> [String] {
    ScriptSplitter.split(script).map { "\($0.line): \($0.text)" }
}

@Suite("ScriptSplitter")
struct ScriptSplitterTests {
    @Test("one statement per line, with 1-based line numbers")
    func oneStatementPerLine() {
        #expect(split("cities\nunits\nreports") == ["1: cities", "2: units", "3: reports"])
        #expect(split("cities\nunits\n") == ["1: cities", "2: units"])
        #expect(split("") == [])
    }

    @Test("a byte-order mark, a #! line, blank lines and comment lines are skipped")
    func skippedLines() {
        let script =
            "\u{FEFF}#!/usr/bin/env tally run\n# money per city\n\n   \n\u{3000}\nreports  # all of them\n  ＃ full-width\ncities"
        #expect(split(script) == ["6: reports  # all of them", "8: cities"])
    }

    @Test("CRLF line ends")
    func crlf() {
        #expect(split("cities\r\nmeasures |\r\n  take 5\r\n") == ["1: cities", "2: measures |\n  take 5"])
    }

    @Test("a trailing |, \\ or , continues the statement; so does a trailing | before a comment")
    func trailingContinuations() {
        #expect(
            split("measures |\n  where kind == money\nunits") == ["1: measures |\n  where kind == money", "3: units"])
        #expect(split("measures | # all\n take 5\nunits") == ["1: measures | # all\n take 5", "3: units"])
        #expect(
            split("measures | where kind == money \\\n  and value > 1\ncities")
                == ["1: measures | where kind == money \\\n  and value > 1", "3: cities"])
        #expect(split("compare 合肥,\n  安庆\nunits") == ["1: compare 合肥,\n  安庆", "3: units"])
        #expect(split("compare 合肥，\n  安庆") == ["1: compare 合肥，\n  安庆"])
    }

    @Test("an open parenthesis or quote continues the statement; one inside a string does not")
    func openBracketsAndQuotes() {
        #expect(
            split("measures | where (kind == money\n  or value > 1)\nunits")
                == ["1: measures | where (kind == money\n  or value > 1)", "3: units"])
        #expect(split("find \"助餐\n服务\"\nunits") == ["1: find \"助餐\n服务\"", "3: units"])
        #expect(split("find \"(\"\nunits") == ["1: find \"(\"", "2: units"])
        #expect(split("find “（”\nunits") == ["1: find “（”", "2: units"])
    }

    @Test("a statement continues when the next line with content starts with |")
    func leadingPipe() {
        let script = "measures\n\n# money only\n  | where kind == money\n｜ take 5\ncities\n| take 2"
        #expect(
            split(script) == [
                "1: measures\n\n# money only\n  | where kind == money\n｜ take 5", "6: cities\n| take 2",
            ])
    }

    @Test("a statement still open at the end of the script is returned as it is")
    func openAtTheEnd() {
        #expect(split("cities\nmeasures |\n\n# nothing more") == ["1: cities", "2: measures |\n\n# nothing more"])
    }

    @Test("statements parse, and their errors point at the right line of the script")
    func diagnosticsInScripts() throws {
        let statements = ScriptSplitter.split("cities\n\nmeasures\n  | where cty == 1\n")
        #expect(statements.count == 2)
        let second = try #require(statements.last)
        #expect(second.line == 3)
        do {
            _ = try Parser.parse(second.text, origin: second.origin(file: "money.tally"))
            Issue.record("expected an error")
        } catch {
            guard case .located(let diagnostic) = error else {
                Issue.record("expected a located error, got \(error)")
                return
            }
            #expect(diagnostic.location == SourceLocation(file: "money.tally", line: 4, column: 11))
            #expect(diagnostic.sourceLine == "  | where cty == 1")
            #expect(diagnostic.message == "unknown field 'cty'")
        }
        #expect(throws: Never.self) { try Parser.parse(statements[0].text) }
    }

    @Test(
        "isComplete: nothing open and no trailing |, \\ or ,",
        arguments: [
            ("measures", true),
            ("", true),
            ("   # just a comment", true),
            ("measures |", false),
            ("measures ｜", false),
            ("measures | # more to come", false),
            ("measures \\", false),
            ("compare 合肥,", false),
            ("measures | where (kind == money", false),
            ("measures | where ((kind == money)", false),
            ("measures | where (kind == money))", true),
            ("find \"(\"", true),
            ("find \"abc", false),
            ("find “abc", false),
            ("measures | where subject ~ /abc", false),
            ("measures | where x @ (", true),
            ("measures # |", true),
        ])
    func isComplete(text: String, complete: Bool) {
        #expect(ScriptSplitter.isComplete(text) == complete)
    }
}
