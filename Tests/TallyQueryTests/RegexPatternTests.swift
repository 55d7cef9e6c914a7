import TallyQuery
import Testing

/// The linear-time regular expressions of `~`: what each construct matches, and the message for
/// each mistake or refused construct, with the scalars it is about.
@Suite struct RegexPatternTests {
    private func matches(_ pattern: String, _ text: String) throws -> Bool {
        try RegexPattern(pattern).matches(text)
    }

    private func failure(_ pattern: String) -> RegexPattern.Failure? {
        do {
            _ = try RegexPattern(pattern)
            return nil
        } catch {
            return error
        }
    }

    @Test func literalsMatchAnywhereInTheText() throws {
        #expect(try matches("养老", "推进养老服务"))
        #expect(try !matches("养老", "推进助餐服务"))
        #expect(try matches("", "任何文字"))
        #expect(try matches("服务$", "推进养老服务"))
        #expect(try !matches("^服务", "推进养老服务"))
        #expect(try matches("^推进", "推进养老服务"))
        #expect(try matches("^$", ""))
        #expect(try !matches("^$", "a"))
    }

    @Test func alternationAndGroups() throws {
        #expect(try matches("养老|助餐", "推进助餐服务"))
        #expect(try matches("(养老|助餐)服务", "助餐服务"))
        #expect(try !matches("(养老|助餐)服务", "助餐站"))
        #expect(try matches("(?:a|b)c", "xbc"))
        #expect(try matches("(?<名>a|b)c", "ac"))
        #expect(try matches("a(|b)c", "ac"))
        #expect(try matches("^(a|ab)(c|bcd)$", "abcd"))
    }

    @Test func classesAndEscapes() throws {
        #expect(try matches("^[0-9]+余", "30余次"))
        #expect(try !matches("^[0-9]+余", "约30余次"))
        #expect(try matches("[^a-z]", "abc1"))
        #expect(try !matches("[^a-z]", "abc"))
        #expect(try matches(#"^\d+\.\d+$"#, "12.5"))
        #expect(try matches(#"\d"#, "１"))  // a full-width digit is a decimal digit
        #expect(try matches(#"^\w+$"#, "养老_2"))
        #expect(try !matches(#"\w"#, "，。"))
        #expect(try matches(#"\s"#, "养老　服务"))
        #expect(try matches(#"^\S+$"#, "养老服务"))
        #expect(try matches(#"^\D+$"#, "养老"))
        #expect(try matches(#"^\W$"#, "。"))
        #expect(try matches(#"[\d,]+"#, "1,234"))
        #expect(try matches("[]a]", "]"))
        #expect(try matches("[a-]", "-"))
        #expect(try matches(#"a\.b"#, "a.b"))
        #expect(try !matches(#"a\.b"#, "axb"))
        #expect(try matches("a.b", "axb"))
        #expect(try !matches("a.b", "a\nb"))
        #expect(try matches(#"\bab\b"#, "x ab y"))
        #expect(try !matches(#"\bab\b"#, "xaby"))
        #expect(try matches(#"\Bb"#, "ab"))
        #expect(try matches("[养老]{2}", "老养"))
    }

    @Test func repetitions() throws {
        #expect(try matches("^a*$", ""))
        #expect(try matches("^a+$", "aaa"))
        #expect(try !matches("^a+$", ""))
        #expect(try matches("^ab?c$", "ac"))
        #expect(try matches("^a{3}$", "aaa"))
        #expect(try !matches("^a{3}$", "aa"))
        #expect(try !matches("^a{3}$", "aaaa"))
        #expect(try matches("^a{2,}$", "aaaaa"))
        #expect(try !matches("^a{2,}$", "a"))
        #expect(try matches("^a{1,3}$", "aaa"))
        #expect(try !matches("^a{1,3}$", "aaaa"))
        #expect(try matches("^(ab){2}$", "abab"))
        #expect(try matches("^a*?b+?$", "aab"))
        #expect(try matches("a{,3}", "a{,3}"))  // not a count: the braces are scalars
        #expect(try matches("^(a*)*$", "aaaa"))
        #expect(try matches("养老.*服务", "养老机构和服务"))
        #expect(try matches(#"\d{1,3}(,\d{3})*万元"#, "1,234万元"))
    }

    @Test func eitherCaseUnderTheFlag() throws {
        #expect(try matches("(?i)gdp", "GDP增长"))
        #expect(try !matches("gdp", "GDP增长"))
        #expect(try matches("(?i:g)DP", "gDP"))
        #expect(try !matches("(?i:g)DP", "gdp"))
        #expect(try matches("(?i)[a-c]x", "Bx"))
    }

    @Test func mistakesNameTheirPlace() {
        let cases: [(String, String, Range<Int>)] = [
            ("(养老", "invalid regular expression: '(' is not closed", 0..<1),
            ("养老)", "invalid regular expression: ')' has no '('", 2..<3),
            ("[养老", "invalid regular expression: '[' is not closed", 0..<1),
            ("*a", "invalid regular expression: nothing to repeat before '*'", 0..<1),
            ("a**", "invalid regular expression: nothing to repeat before '*'", 2..<3),
            ("a{2}{3}", "invalid regular expression: nothing to repeat before '{3}'", 4..<7),
            ("[z-a]", "invalid regular expression: the range 'z-a' runs backwards", 1..<4),
            (#"\q"#, #"invalid regular expression: unknown escape '\q'"#, 0..<2),
            (#"a\"#, #"invalid regular expression: '\' at the end escapes nothing"#, 1..<2),
            ("a{1001}", "invalid regular expression: a repetition count is over 1000", 1..<7),
            ("a{3,1}", "invalid regular expression: '{3,1}' asks for more at least than at most", 1..<6),
            ("(?>a)", "invalid regular expression: unsupported group '(?>'", 0..<3),
            (#"(a)\2"#, #"invalid regular expression: back-references such as '\2' are not supported"#, 3..<5),
            ("a(?=b)", "invalid regular expression: look-ahead and look-behind such as '(?=' are not supported", 1..<4),
            (
                "(?<!a)b", "invalid regular expression: look-ahead and look-behind such as '(?<!' are not supported",
                0..<4
            ),
            (
                String(repeating: "(", count: 101) + String(repeating: ")", count: 101),
                "invalid regular expression: groups nested more than 100 deep", 100..<101
            ),
        ]
        for (pattern, message, range) in cases {
            let failure = failure(pattern)
            #expect(failure?.message == message, "\(pattern)")
            #expect(failure?.range == range, "\(pattern)")
        }
        #expect(failure("x{3}") == nil)
    }

    @Test func limitsAreNamed() {
        let long = failure(String(repeating: "养", count: RegexPattern.maximumLength + 1))
        #expect(long?.message == "regular expression too large: longer than 1000 characters")
        #expect(long?.range == nil)
        #expect(long?.hint == "write a simpler pattern, or join several conditions with 'and'")
        #expect(failure(String(repeating: "养", count: RegexPattern.maximumLength)) == nil)
        let large = failure("(a{1000}){1000}")
        #expect(
            large?.message == "regular expression too large: more than 1000 steps once its repetitions are written out")
        #expect(large?.range == nil)
    }
}
