import Testing

@testable import TallyQuery

/// The tokens of `text` as `kind span` strings, the `.end` token included.
private func tokens(_ text: String) -> [String] {
    Lexer.tokenize(text).tokens.map(\.debugDescription)
}

/// The lexer's first error for `text`.
private func lexError(_ text: String) -> StatementError? {
    Lexer.tokenize(text).error
}

@Suite("Lexer")
struct LexerTests {
    @Test("words, a pipe and a comparison, with spans in scalars")
    func wordsAndSpans() {
        #expect(
            tokens("measures | where city == 合肥") == [
                "word(measures) 0..<8", "| 9..<10", "word(where) 11..<16", "word(city) 17..<21",
                "== 22..<24", "word(合肥) 25..<27", "end 27..<27",
            ])
    }

    @Test("every operator and punctuation token")
    func operators() {
        #expect(
            tokens("== != < <= > >= ~ !~ + - * / ( ) , = |") == [
                "== 0..<2", "!= 3..<5", "< 6..<7", "<= 8..<10", "> 11..<12", ">= 13..<15", "~ 16..<17",
                "!~ 18..<20", "+ 21..<22", "- 23..<24", "* 25..<26", "/ 27..<28", "( 29..<30", ") 31..<32",
                ", 33..<34", "= 35..<36", "| 37..<38", "end 38..<38",
            ])
        #expect(tokens("a<=b") == ["word(a) 0..<1", "<= 1..<3", "word(b) 3..<4", "end 4..<4"])
    }

    @Test("full-width punctuation and the ideographic space read as ASCII, spans stay on the original")
    func fullWidthPunctuation() {
        #expect(
            tokens("数据｜筛选　城市＝＝合肥") == [
                "word(数据) 0..<2", "| 2..<3", "word(筛选) 3..<5", "word(城市) 6..<8", "== 8..<10",
                "word(合肥) 10..<12", "end 12..<12",
            ])
        #expect(
            tokens("（１，２）＋－＊／＞") == [
                "( 0..<1", "number(1) 1..<2", ", 2..<3", "number(2) 3..<4", ") 4..<5", "+ 5..<6", "- 6..<7",
                "* 7..<8", "/ 8..<9", "> 9..<10", "end 10..<10",
            ])
        #expect(tokens("！＝ ＜＝ ！～") == ["!= 0..<2", "<= 3..<5", "!~ 6..<8", "end 8..<8"])
        #expect(tokens("ｃｉｔｙ") == ["word(city) 0..<4", "end 4..<4"])
        #expect(tokens("合肥、安庆") == ["word(合肥) 0..<2", ", 2..<3", "word(安庆) 3..<5", "end 5..<5"])
    }

    @Test("strings in ASCII, full-width and Chinese quotes")
    func strings() {
        #expect(tokens(#""养老""#) == [#"string("养老") 0..<4"#, "end 4..<4"])
        #expect(tokens("'养老'") == [#"string("养老") 0..<4"#, "end 4..<4"])
        #expect(tokens("“助餐”") == [#"string("助餐") 0..<4"#, "end 4..<4"])
        #expect(tokens("‘助餐’") == [#"string("助餐") 0..<4"#, "end 4..<4"])
        #expect(tokens("＂助餐＂") == [#"string("助餐") 0..<4"#, "end 4..<4"])
        #expect(tokens(#""a\"b\\c""#) == [#"string("a\"b\\c") 0..<9"#, "end 9..<9"])
        #expect(tokens(#"'it\'s'"#) == [#"string("it's") 0..<7"#, "end 7..<7"])
        #expect(tokens(#""a\nb""#) == [#"string("a\\nb") 0..<6"#, "end 6..<6"])
        #expect(tokens("“他说\"好\"”") == [#"string("他说\"好\"") 0..<7"#, "end 7..<7"])
    }

    @Test("string content is kept as written, full-width characters and # included")
    func stringContentIsNotNormalised() {
        #expect(Lexer.tokenize("\"ＡＢ，# ｜\"").tokens.first?.kind == .string("ＡＢ，# ｜"))
    }

    @Test("numbers with magnitude words, percent, thousands separators and full-width digits")
    func numbers() {
        #expect(tokens("1000万") == ["number(10000000) 0..<5", "end 5..<5"])
        #expect(tokens("1.2亿") == ["number(120000000) 0..<4", "end 4..<4"])
        #expect(tokens("5千") == ["number(5000) 0..<2", "end 2..<2"])
        #expect(tokens("3万亿") == ["number(3000000000000) 0..<3", "end 3..<3"])
        #expect(tokens("2千万") == ["number(20000000) 0..<3", "end 3..<3"])
        #expect(tokens("5%") == ["number(5%) 0..<2", "end 2..<2"])
        #expect(tokens("12.5％") == ["number(12.5%) 0..<5", "end 5..<5"])
        #expect(tokens("1,234.5") == ["number(1234.5) 0..<7", "end 7..<7"])
        #expect(tokens("1,234,567") == ["number(1234567) 0..<9", "end 9..<9"])
        #expect(tokens("１２．５万") == ["number(125000) 0..<5", "end 5..<5"])
        #expect(tokens("0.1") == ["number(0.1) 0..<3", "end 3..<3"])
    }

    @Test("a comma is a thousands separator only before exactly three digits")
    func commasBetweenNumbers() {
        #expect(tokens("1,2") == ["number(1) 0..<1", ", 1..<2", "number(2) 2..<3", "end 3..<3"])
        #expect(tokens("1, 234") == ["number(1) 0..<1", ", 1..<2", "number(234) 3..<6", "end 6..<6"])
        #expect(tokens("1,2345") == ["number(1) 0..<1", ", 1..<2", "number(2345) 2..<6", "end 6..<6"])
    }

    @Test("a word after a number is a token of its own; a digit after a Chinese letter starts a number")
    func wordsAndDigits() {
        #expect(tokens("1000万元") == ["number(10000000) 0..<5", "word(元) 5..<6", "end 6..<6"])
        #expect(tokens("取5") == ["word(取) 0..<1", "number(5) 1..<2", "end 2..<2"])
        #expect(tokens("part_of G60") == ["word(part_of) 0..<7", "word(G60) 8..<11", "end 11..<11"])
    }

    @Test("a regular expression after ~ and !~, division elsewhere")
    func regexAndDivision() {
        #expect(
            tokens("subject ~ /养老|助餐/") == [
                "word(subject) 0..<7", "~ 8..<9", "regex(/养老|助餐/) 10..<17", "end 17..<17",
            ])
        #expect(tokens(#"!~ /a\/b\d/"#) == [#"!~ 0..<2"#, #"regex(/a/b\d/) 3..<11"#, "end 11..<11"])
        #expect(
            tokens("value / 2 / 3") == [
                "word(value) 0..<5", "/ 6..<7", "number(2) 8..<9", "/ 10..<11", "number(3) 12..<13",
                "end 13..<13",
            ])
    }

    @Test("comments run to the end of the line; the end token sits right after the last token")
    func comments() {
        #expect(tokens("measures   # every figure | take 5") == ["word(measures) 0..<8", "end 8..<8"])
        #expect(tokens("# only a comment") == ["end 0..<0"])
        #expect(tokens("a ＃ b\nc") == ["word(a) 0..<1", "word(c) 6..<7", "end 7..<7"])
        #expect(tokens(##""#not a comment""##) == [##"string("#not a comment") 0..<16"##, "end 16..<16"])
    }

    @Test("a backslash at the end of a line is a continuation token")
    func lineContinuation() {
        #expect(
            tokens("measures \\  # more\n| take 5") == [
                "word(measures) 0..<8", "continuation 9..<10", "| 19..<20", "word(take) 21..<25",
                "number(5) 26..<27", "end 27..<27",
            ])
        #expect(tokens("measures |\\") == ["word(measures) 0..<8", "| 9..<10", "continuation 10..<11", "end 11..<11"])
    }

    @Test("unterminated strings and regular expressions say so and count as open")
    func unterminated() {
        let ascii = Lexer.tokenize("find \"助餐 | take 5")
        #expect(
            ascii.error == StatementError("unterminated string", at: SourceSpan(5..<17), hint: "end the string with \"")
        )
        #expect(ascii.endsInsideLiteral)
        #expect(ascii.tokens.map(\.debugDescription) == ["word(find) 0..<4", "end 4..<4"])
        let chinese = Lexer.tokenize("find “助餐")
        #expect(
            chinese.error == StatementError("unterminated string", at: SourceSpan(5..<8), hint: "end the string with ”")
        )
        let regex = Lexer.tokenize("subject ~ /养老")
        #expect(
            regex.error
                == StatementError(
                    "unterminated regular expression", at: SourceSpan(10..<13),
                    hint: "end the regular expression with /"))
        #expect(regex.endsInsideLiteral)
    }

    @Test("characters that start no token")
    func unexpectedCharacters() {
        #expect(lexError("city @ 1") == StatementError("unexpected character '@'", at: SourceSpan(5..<6)))
        #expect(lexError("a [1]") == StatementError("unexpected character '['", at: SourceSpan(2..<3)))
        #expect(
            lexError("city ! 合肥")
                == StatementError(
                    "unexpected '!'", at: SourceSpan(5..<6),
                    hint: "write '!=' for not equal, '!~' for does not contain, or 'not' before a condition"))
        #expect(
            lexError("unit == %")
                == StatementError(
                    "unexpected '%'", at: SourceSpan(8..<9),
                    hint: "write a percentage right after its number, as in 5%, or quote the unit: \"%\""))
        #expect(
            lexError("cities；units")
                == StatementError(
                    "unexpected '；'", at: SourceSpan(6..<7), hint: "put each statement on a line of its own"))
        #expect(
            lexError("measures \\ | take 5")
                == StatementError(
                    "unexpected '\\'", at: SourceSpan(9..<10),
                    hint: "a '\\' at the end of a line continues the statement on the next line"))
        #expect(Lexer.tokenize("city @ 1").endsInsideLiteral == false)
    }

    @Test("text of a span is the original text")
    func originalText() {
        let lexed = Lexer.tokenize("数据｜取５")
        #expect(lexed.text(of: lexed.tokens[1].span) == "｜")
        #expect(lexed.text(of: lexed.tokens[3].span) == "５")
    }
}
