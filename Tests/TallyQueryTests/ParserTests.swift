import ReportKit
import Testing

@testable import TallyQuery

/// The compact dump of the statement `text` parses to, or `error: MESSAGE`.
private func parsed(_ text: String, scope: NameScope = NameScope()) -> String {
    do {
        return try Parser.parse(text, scope: scope).debugDescription
    } catch {
        return "error: \(error.message)"
    }
}

/// The diagnostic `text` gives when typed at the shell, or nil when it parses.
private func diagnostic(_ text: String, origin: StatementOrigin = .command) -> Diagnostic? {
    do {
        _ = try Parser.parse(text, origin: origin)
        return nil
    } catch {
        guard case .located(let diagnostic) = error else { return nil }
        return diagnostic
    }
}

/// A mistake as the tests pin it down: message, column, caret length and hint.
private struct Failure: Equatable, CustomStringConvertible {
    var message: String
    var column: Int
    var length: Int = 1
    var hint: String?

    var description: String { "\(message) @\(column)+\(length) hint: \(hint ?? "-")" }
}

/// The mistake in `text`, as message, column, length and hint.
private func failure(_ text: String) -> Failure? {
    diagnostic(text).map { Failure(message: $0.message, column: $0.location.column, length: $0.length, hint: $0.hint) }
}

@Suite("Parser")
struct ParserTests {
    // MARK: - The product examples

    @Test(
        "every example of the product issue parses as written",
        arguments: [
            (
                "measures | where city == 合肥 and kind == money",
                #"pipeline(measures | where(and(==(city, "合肥"), ==(kind, "money"))))"#
            ),
            (
                #"measures | where subject ~ "养老" | sort value desc | take 5"#,
                #"pipeline(measures | where(~(subject, "养老")) | sort(value desc) | take(5))"#
            ),
            (
                "measures | where kind == money | total by city",
                #"pipeline(measures | where(==(kind, "money")) | total(by city))"#
            ),
            (
                #"measures | where value >= 1000万 and unit == "元""#,
                #"pipeline(measures | where(and(>=(value, 10000000), ==(unit, "元"))))"#
            ),
            (
                "compare 合肥, 安庆                      # side by side: one column per city",
                #"pipeline(compare("合肥", "安庆"))"#
            ),
            (
                "compare cities on kind == people        # every city, one kind",
                #"pipeline(compare(cities on ==(kind, "people")))"#
            ),
            (
                "measures | where kind == money | total by city | chart",
                #"pipeline(measures | where(==(kind, "money")) | total(by city) | chart)"#
            ),
            (
                #"find "助餐"                             # sentences that contain the words, with city and section"#,
                #"pipeline(find("助餐"))"#
            ),
            (
                "let money = measures | where kind == money",
                #"let money = pipeline(measures | where(==(kind, "money")))"#
            ),
            ("money | total", "pipeline(money | total)"),
            ("reports", "pipeline(reports)"),
            ("sections 安庆", #"pipeline(sections("安庆"))"#),
            ("cities", "pipeline(cities)"),
            ("units", "pipeline(units)"),
        ])
    func productExample(text: String, dump: String) {
        #expect(parsed(text) == dump)
    }

    // MARK: - Expressions

    @Test("operator precedence: or < and < not < comparison < + - < * / < unary minus")
    func precedence() {
        #expect(
            parsed("measures | where not city == 合肥 or kind == money and value > 5")
                == #"pipeline(measures | where(or(not(==(city, "合肥")), and(==(kind, "money"), >(value, 5)))))"#)
        #expect(
            parsed("measures | select value + high * 2 - 1")
                == "pipeline(measures | select(-(+(value, *(high, 2)), 1)))")
        #expect(
            parsed("measures | select -value / 2, -5, - -1") == "pipeline(measures | select(/(neg(value), 2), -5, 1))")
        #expect(parsed("measures | select value - -high") == "pipeline(measures | select(-(value, neg(high))))")
        #expect(
            parsed("measures | where (city == 合肥 or city == 安庆) and kind == money")
                == #"pipeline(measures | where(and(or(==(city, "合肥"), ==(city, "安庆")), ==(kind, "money"))))"#)
        #expect(
            parsed("measures | where value * (high - 1) >= 10")
                == "pipeline(measures | where(>=(*(value, -(high, 1)), 10)))")
        #expect(
            parsed("measures | where not not value > 1") == "pipeline(measures | where(not(not(>(value, 1)))))")
    }

    @Test("in, not in, ~ with strings and regular expressions, and every comparison operator")
    func comparisons() {
        #expect(parsed("measures | where city in (合肥, 安庆)") == #"pipeline(measures | where(in(city, ["合肥", "安庆"])))"#)
        #expect(parsed("measures | where city not in (合肥)") == #"pipeline(measures | where(notin(city, ["合肥"])))"#)
        #expect(parsed("measures | where not city in (合肥)") == #"pipeline(measures | where(not(in(city, ["合肥"]))))"#)
        #expect(parsed("measures | where subject !~ /养老|助餐/") == "pipeline(measures | where(!~(subject, /养老|助餐/)))")
        #expect(parsed("measures | where subject ~ '助餐'") == #"pipeline(measures | where(~(subject, "助餐")))"#)
        #expect(
            parsed("measures | where value != 1 or value < 2 or value <= 3 or value > 4")
                == "pipeline(measures | where(or(or(or(!=(value, 1), <(value, 2)), <=(value, 3)), >(value, 4))))")
        #expect(parsed("measures | where value >= 5%") == "pipeline(measures | where(>=(value, 5%)))")
        #expect(
            parsed("measures | where value > 1.2亿 and value < 3万亿")
                == "pipeline(measures | where(and(>(value, 120000000), <(value, 3000000000000))))")
        #expect(parsed("measures | where value == 1,234.5") == "pipeline(measures | where(==(value, 1234.5)))")
    }

    @Test("bare words: fields, named values of kind and approx, booleans, Chinese strings")
    func bareWords() {
        #expect(parsed("measures | where kind == count") == #"pipeline(measures | where(==(kind, "count")))"#)
        #expect(parsed("measures | where count > 5") == "pipeline(measures | where(>(count, 5)))")
        #expect(
            parsed("measures | where kind in (money, 人数)")
                == #"pipeline(measures | where(in(kind, ["money", "people"])))"#)
        #expect(parsed("measures | where kind == 金额") == #"pipeline(measures | where(==(kind, "money")))"#)
        #expect(parsed(#"measures | where kind == "金额""#) == #"pipeline(measures | where(==(kind, "money")))"#)
        #expect(parsed("measures | where approx == more") == #"pipeline(measures | where(==(approx, "more")))"#)
        #expect(parsed("measures | where approx != 约") == #"pipeline(measures | where(!=(approx, "about")))"#)
        #expect(parsed("measures | where implied == true") == "pipeline(measures | where(==(implied, true)))")
        #expect(parsed("measures | where money == kind") == #"pipeline(measures | where(==("money", kind)))"#)
        #expect(parsed("measures | where city == 合肥市") == #"pipeline(measures | where(==(city, "合肥市")))"#)
        #expect(parsed("measures | where CITY == 合肥") == #"pipeline(measures | where(==(city, "合肥")))"#)
        #expect(parsed("measures | where part_of == 所属") == "pipeline(measures | where(==(part_of, part_of)))")
    }

    // MARK: - Stages

    @Test("sort keys, take, select with aliases, distinct, total, chart, format, find")
    func stages() {
        #expect(
            parsed("measures | sort city, value desc, unit asc") == "pipeline(measures | sort(city, value desc, unit))")
        #expect(parsed("measures | take 0") == "pipeline(measures | take(0))")
        #expect(
            parsed("measures | select city, value / 10000 as wan, subject as 事情")
                == "pipeline(measures | select(city, /(value, 10000) as wan, subject as 事情))")
        #expect(parsed("measures | distinct city, unit") == "pipeline(measures | distinct(city, unit))")
        #expect(parsed("measures | total") == "pipeline(measures | total)")
        #expect(parsed("measures | total by city, unit | chart") == "pipeline(measures | total(by city, unit) | chart)")
        #expect(parsed("measures | format csv") == "pipeline(measures | format(csv))")
        #expect(parsed("measures | format JSONL") == "pipeline(measures | format(jsonl))")
        #expect(parsed("sentences | find 助餐 养老") == #"pipeline(sentences | find("助餐", "养老"))"#)
        #expect(parsed("find 4680万元") == #"pipeline(find("4680万元"))"#)
        #expect(parsed(#"find "助餐 服务", 第5批 | take 3"#) == #"pipeline(find("助餐 服务", "第5批") | take(3))"#)
        #expect(parsed("find 90%，元/月") == #"pipeline(find("90%", "元/月"))"#)
    }

    @Test("summarize with several aggregates, and the shorthands that mean the same")
    func summaries() {
        #expect(
            parsed(
                "measures | summarize count, sum(value) as money, avg(value), min(value), max(high), share by city, unit"
            )
                == "pipeline(measures | summarize(count, sum(value) as money, avg(value), min(value), max(high), share by city, unit))"
        )
        #expect(parsed("measures | summarize share(value * 2)") == "pipeline(measures | summarize(share(*(value, 2))))")
        let pairs = [
            ("measures | count by city", "measures | summarize count by city"),
            ("measures | count", "measures | summarize count"),
            ("measures | sum value by city", "measures | summarize sum(value) by city"),
            ("measures | avg value as mean by city", "measures | summarize avg(value) as mean by city"),
            ("measures | min value", "measures | summarize min(value)"),
            ("measures | max value by unit", "measures | summarize max(value) by unit"),
            ("measures | share by city", "measures | summarize share by city"),
            ("measures | share value by city", "measures | summarize share(value) by city"),
        ]
        for (shorthand, longhand) in pairs {
            let short = try? Parser.parse(shorthand)
            let long = try? Parser.parse(longhand)
            #expect(short?.debugDescription == long?.debugDescription, "\(shorthand)")
            #expect(short != nil)
        }
        #expect(parsed("measures | sum value by city") == "pipeline(measures | summarize(sum(value) by city))")
    }

    @Test("columns named by earlier stages may be used later in the pipeline")
    func introducedColumns() {
        #expect(
            parsed("measures | sum value as money by city | sort money desc")
                == "pipeline(measures | summarize(sum(value) as money by city) | sort(column(money) desc))")
        #expect(
            parsed("measures | sum value by city | where sum > 1万")
                == "pipeline(measures | summarize(sum(value) by city) | where(>(column(sum), 10000)))")
        #expect(
            parsed("measures | total by city | sort total desc | take 3")
                == "pipeline(measures | total(by city) | sort(column(total) desc) | take(3))")
        #expect(
            parsed("measures | select value * 2 as double | distinct double")
                == "pipeline(measures | select(*(value, 2) as double) | distinct(double))")
        #expect(parsed("measures | sort mony") == "error: unknown field 'mony'")
    }

    @Test("compare with a list, on and by; sections with and without a city")
    func sources() {
        #expect(
            parsed("compare 合肥, 安庆, \"黄山\" on kind == money by unit")
                == #"pipeline(compare("合肥", "安庆", "黄山" on ==(kind, "money") by unit))"#)
        #expect(parsed("compare cities by kind") == "pipeline(compare(cities by kind))")
        #expect(parsed("compare 合肥") == #"pipeline(compare("合肥"))"#)
        #expect(parsed("sections | take 3") == "pipeline(sections | take(3))")
        #expect(parsed("sentences") == "pipeline(sentences)")
        #expect(parsed("资金 | total") == "pipeline(资金 | total)")
    }

    @Test("help, with and without a topic")
    func help() {
        #expect(parsed("help") == "help")
        #expect(parsed("help where") == "help(where)")
        #expect(parsed("帮助 筛选") == "help(筛选)")
        #expect(parsed("help where now") == "error: unexpected 'now'")
    }

    // MARK: - Aliases and input methods

    @Test("Chinese aliases parse exactly as the English words")
    func chineseAliases() {
        let pairs = [
            ("数据 | 筛选 城市 == 合肥", "measures | where city == 合肥"),
            (
                "数据 | 筛选 城市 == 合肥 且 类别 == 金额 | 合计 按 城市 | 图表",
                "measures | where city == 合肥 and kind == money | total by city | chart"
            ),
            ("比较 各市 于 类别 == 人数", "compare cities on kind == people"),
            ("比较 合肥, 安庆", "compare 合肥, 安庆"),
            ("数据 | 排序 数值 降序, 城市 升序 | 取 5", "measures | sort value desc, city asc | take 5"),
            ("数据 | 筛选 非 城市 属于 (合肥) 或 数值 > 1", "measures | where not city in (合肥) or value > 1"),
            (
                "数据 | 汇总 计数, 求和(数值) 作为 总额, 平均(数值), 最小(数值), 最大(数值), 占比 按 城市",
                "measures | summarize count, sum(value) as 总额, avg(value), min(value), max(value), share by city"
            ),
            (
                "数据 | 选择 事项, 发言人, 原文 | 去重 事项 | 格式 表格",
                "measures | select subject, speaker, raw | distinct subject | format table"
            ),
            ("报告", "reports"), ("章节 安庆", "sections 安庆"), ("句子 | 查找 助餐", "sentences | find 助餐"),
            ("单位列表", "units"), ("各市", "cities"),
            ("数据 | 计数 按 城市", "measures | count by city"),
        ]
        for (chinese, english) in pairs {
            #expect(parsed(chinese) == parsed(english), "\(chinese)")
            #expect(!parsed(chinese).hasPrefix("error"), "\(chinese)")
        }
        #expect(parsed("令 资金 = 数据 | 筛选 类别 == 金额") == #"let 资金 = pipeline(measures | where(==(kind, "money")))"#)
    }

    @Test("full-width punctuation from Chinese input methods")
    func fullWidthInput() {
        #expect(parsed("数据｜筛选　城市＝＝合肥") == parsed("measures | where city == 合肥"))
        #expect(parsed("比较 合肥，安庆") == #"pipeline(compare("合肥", "安庆"))"#)
        #expect(parsed("比较 合肥、安庆") == #"pipeline(compare("合肥", "安庆"))"#)
        #expect(parsed("数据｜筛选 数值＞＝１０００万") == "pipeline(measures | where(>=(value, 10000000)))")
        #expect(parsed("数据｜筛选 事项 ～ “养老”｜取５") == #"pipeline(measures | where(~(subject, "养老")) | take(5))"#)
        #expect(parsed("数据｜取5") == "pipeline(measures | take(5))")
    }

    @Test("a statement may span lines")
    func multiLine() {
        #expect(
            parsed("measures   # every figure\n| where kind == money \\\n  and value > 1\n| take 5")
                == #"pipeline(measures | where(and(==(kind, "money"), >(value, 1))) | take(5))"#)
    }

    // MARK: - Names

    @Test("names from let: typos of sources are caught unless the scope knows the name")
    func names() throws {
        #expect(parsed("mesures | take 5") == "error: unknown source 'mesures'")
        var scope = NameScope()
        scope.declare(try #require(try? Parser.parse("let mesures = measures | sum value as money by city")))
        #expect(scope.names == ["mesures"])
        #expect(parsed("mesures | sort money desc", scope: scope) == "pipeline(mesures | sort(column(money) desc))")
        scope.declare(try #require(try? Parser.parse("let top = mesures | take 3", scope: scope)))
        #expect(parsed("top | where money > 1", scope: scope) == "pipeline(top | where(>(column(money), 1)))")
        #expect(parsed("top | where mony > 1", scope: scope) == "error: unknown field 'mony'")
        #expect(parsed("other | where anything > 1") == "pipeline(other | where(>(column(anything), 1)))")
    }

    // MARK: - Errors

    @Test("error messages, with their column, caret length and hint")
    func errors() {
        let cases: [(String, Failure)] = [
            (
                "",
                Failure(
                    message: "expected a statement", column: 1,
                    hint: "start with a source such as 'measures', or type 'help'")
            ),
            ("measures | sort", Failure(message: "expected a field after 'sort'", column: 16)),
            ("measures | sort value desc,", Failure(message: "expected a field after ','", column: 28)),
            ("measures | where", Failure(message: "expected a condition after 'where'", column: 17)),
            ("measures | where city ==", Failure(message: "expected a value after '=='", column: 25)),
            (
                "measures | where city == 合肥 and | take 5",
                Failure(message: "expected a condition after 'and'", column: 33)
            ),
            ("measures | where not", Failure(message: "expected a condition after 'not'", column: 21)),
            (
                "measures | where cty == 合肥",
                Failure(message: "unknown field 'cty'", column: 18, length: 3, hint: "did you mean 'city'?")
            ),
            (
                "measures | where subject == abc",
                Failure(
                    message: "unknown field 'abc'", column: 29, length: 3,
                    hint: "to compare with the text itself, quote it: \"abc\"")
            ),
            (
                "measures | wher city == 合肥",
                Failure(message: "unknown verb 'wher'", column: 12, length: 4, hint: "did you mean 'where'?")
            ),
            (
                "measures | city == 合肥",
                Failure(
                    message: "unknown verb 'city'", column: 12, length: 4,
                    hint: "to keep some rows, write: where city …")
            ),
            ("数据 | 筛 城市 == 合肥", Failure(message: "unknown verb '筛'", column: 6, hint: "did you mean '筛选'?")),
            (
                "measures |",
                Failure(message: "expected a verb after '|'", column: 11, hint: "such as where, sort, take or total")
            ),
            (
                "measures | cities",
                Failure(
                    message: "'cities' is a source, not a verb", column: 12, length: 6,
                    hint: "a source starts a pipeline, as in: cities | take 5")
            ),
            (
                "where kind == money",
                Failure(
                    message: "expected a source before 'where'", column: 1, length: 5,
                    hint: "start with a source, as in: measures | where …")
            ),
            (
                "城市 | take 5",
                Failure(message: "'城市' is a field, not a source", column: 1, length: 2, hint: "did you mean '各市'?")
            ),
            (
                "mesures | take 5",
                Failure(message: "unknown source 'mesures'", column: 1, length: 7, hint: "did you mean 'measures'?")
            ),
            (
                #"find "助餐"#,
                Failure(message: "unterminated string", column: 6, length: 3, hint: "end the string with \"")
            ),
            ("measures | where (city == 合肥", Failure(message: "unclosed '('", column: 18, hint: "add ')' to close it")),
            ("measures | where city == 合肥)", Failure(message: "unexpected ')'", column: 28)),
            ("measures | where (value > 1 2)", Failure(message: "expected ')' before '2'", column: 29)),
            (
                "measures | where city = 合肥",
                Failure(message: "unexpected '='", column: 23, hint: "write '==' to compare")
            ),
            (
                "measures | where value > 1 < 2",
                Failure(
                    message: "comparisons cannot be chained", column: 28,
                    hint: "join them with 'and', as in: value > 1 and value < 5")
            ),
            (
                "measures | where city in 合肥",
                Failure(message: "expected '(' after 'in'", column: 26, length: 2, hint: "as in: city in (合肥, 安庆)")
            ),
            ("measures | where city in ()", Failure(message: "expected a value after '('", column: 27)),
            (
                "measures | where value >= 1000万元",
                Failure(
                    message: "unexpected '元' after a number", column: 32,
                    hint: "compare the unit on its own, as in: unit == 元")
            ),
            ("measures | take", Failure(message: "expected a number after 'take'", column: 16, hint: "as in: take 5")),
            (
                "measures | take 1.5",
                Failure(message: "take needs a whole number", column: 17, length: 3, hint: "as in: take 5")
            ),
            (
                "measures | take 5%",
                Failure(message: "expected a number after 'take'", column: 17, length: 2, hint: "as in: take 5")
            ),
            (
                "measures | summarize sum value",
                Failure(message: "expected '(' after 'sum'", column: 26, length: 5, hint: "as in: sum(value)")
            ),
            (
                "measures | summarize cnt",
                Failure(message: "unknown aggregate 'cnt'", column: 22, length: 3, hint: "did you mean 'count'?")
            ),
            (
                "measures | summarize sum(value",
                Failure(message: "unclosed '('", column: 25, hint: "add ')' to close it")
            ),
            (
                "measures | select value as",
                Failure(message: "expected a name after 'as'", column: 27, hint: "as in: sum(value) as money")
            ),
            ("measures | total by", Failure(message: "expected a field after 'by'", column: 20)),
            (
                "measures | distinct cty",
                Failure(message: "unknown field 'cty'", column: 21, length: 3, hint: "did you mean 'city'?")
            ),
            (
                "measures | format xml",
                Failure(
                    message: "unknown format 'xml'", column: 19, length: 3,
                    hint: "one of table, csv, tsv, json, jsonl, markdown")
            ),
            (
                "measures | format",
                Failure(
                    message: "expected a format after 'format'", column: 18,
                    hint: "one of table, csv, tsv, json, jsonl, markdown")
            ),
            (
                "measures where city == 合肥",
                Failure(
                    message: "unexpected 'where'", column: 10, length: 5,
                    hint: "put '|' before 'where' to start a new stage")
            ),
            (
                "measures | where city == 合肥 kind == money",
                Failure(
                    message: "unexpected 'kind'", column: 29, length: 4,
                    hint: "join conditions with 'and' or 'or', or start a new stage with '|'")
            ),
            (
                "measures | count city",
                Failure(
                    message: "unexpected 'city'", column: 18, length: 4, hint: "group with 'by', as in: count by city")
            ),
            ("measures | take 5 6", Failure(message: "unexpected '6'", column: 19, hint: "start a new stage with '|'")),
            (
                "compare 合肥 安庆",
                Failure(
                    message: "expected ',' before '安庆'", column: 12, length: 2,
                    hint: "separate the cities with commas, as in: compare 合肥, 安庆")
            ),
            (
                "compare",
                Failure(
                    message: "expected a city after 'compare'", column: 8,
                    hint: "as in: compare 合肥, 安庆 — or compare cities")
            ),
            (
                "compare 合肥,",
                Failure(
                    message: "expected a city after ','", column: 12, hint: "as in: compare 合肥, 安庆 — or compare cities")
            ),
            ("find", Failure(message: "expected text after 'find'", column: 5, hint: "as in: find \"助餐\"")),
            (
                "let where = measures",
                Failure(
                    message: "'where' is a keyword and cannot be a name", column: 5, length: 5,
                    hint: "choose another name")
            ),
            (
                "令 城市 = 数据",
                Failure(
                    message: "'城市' is a field and cannot be a name", column: 3, length: 2, hint: "choose another name")
            ),
            (
                "let money == measures",
                Failure(message: "expected '=' after 'money'", column: 11, length: 2, hint: "a let takes a single '='")
            ),
            ("let", Failure(message: "expected a name after 'let'", column: 4)),
            (
                "let x = | take 5",
                Failure(
                    message: "expected a source after '='", column: 9, hint: "start with a source such as 'measures'")
            ),
        ]
        for (text, expected) in cases {
            #expect(failure(text) == expected, "\(text)")
        }
    }

    @Test("the caret column after Chinese text counts scalars")
    func columnsAfterChineseText() {
        #expect(failure("数据 | 筛选 城市 == 合肥 | 排序") == Failure(message: "expected a field after '排序'", column: 22))
        #expect(
            failure("数据 | 筛选 ctiy == 合肥")
                == Failure(message: "unknown field 'ctiy'", column: 9, length: 4, hint: "did you mean 'city'?"))
        #expect(
            failure("数据｜筛选　城市＝合肥") == Failure(message: "unexpected '＝'", column: 9, hint: "write '==' to compare"))
    }

    @Test("an invalid regular expression is reported with the statement")
    func invalidRegex() throws {
        let error = try #require(diagnostic("measures | where subject ~ /(养老/"))
        #expect(error.message == "invalid regular expression: '(' is not closed")
        #expect(error.location.column == 29)
        #expect(error.length == 1)
    }

    @Test("a multi-line statement's error names the line and shows it")
    func multiLineLocation() throws {
        let text = "measures\n  | where kind == money\n  | sort vlaue desc"
        let error = try #require(diagnostic(text, origin: StatementOrigin(file: "q.tally", line: 10)))
        #expect(error.location == SourceLocation(file: "q.tally", line: 12, column: 10))
        #expect(error.sourceLine == "  | sort vlaue desc")
        #expect(error.length == 5)
        #expect(error.message == "unknown field 'vlaue'")
        #expect(error.hint == "did you mean 'value'?")
        #expect(
            error.rendered() == """
                q.tally:12:10: error: unknown field 'vlaue'
                  | sort vlaue desc
                         ^~~~~
                hint: did you mean 'value'?
                """)
    }

    @Test("an unterminated string's caret stops at the end of its line")
    func unterminatedStringOnOneLine() throws {
        let error = try #require(diagnostic("find \"助餐\n| take 5"))
        #expect(error.location.line == 1)
        #expect(error.location.column == 6)
        #expect(error.length == 3)
        #expect(error.sourceLine == "find \"助餐")
    }

    // MARK: - Nesting

    @Test("deep nesting is an error, not a stack overflow")
    func deepNesting() {
        let parentheses = "measures | where " + String(repeating: "(", count: 100_000) + "value > 1"
        #expect(
            failure(parentheses)
                == Failure(
                    message: "expression nested too deeply", column: 18 + Parser.maximumNesting,
                    hint: "at most 256 levels of parentheses, 'not' and '-' are allowed"))
        let nots = "measures | where " + String(repeating: "not ", count: 100_000) + "value > 1"
        #expect(failure(nots)?.message == "expression nested too deeply")
        let minuses = "measures | select " + String(repeating: "-", count: 100_000) + "value"
        #expect(failure(minuses)?.message == "expression nested too deeply")
    }

    @Test("nesting up to the limit parses")
    func nestingAtTheLimit() {
        let depth = Parser.maximumNesting
        let text =
            "measures | where " + String(repeating: "(", count: depth) + "value > 1"
            + String(repeating: ")", count: depth)
        #expect(parsed(text) == "pipeline(measures | where(>(value, 1)))")
    }

    // MARK: - Spans

    @Test("nodes carry the spans of their text")
    func spans() throws {
        let statement = try Parser.parse("measures | where (value > 1) and city == 合肥 | take 5")
        guard case .pipeline(let pipeline) = statement.kind else {
            Issue.record("not a pipeline")
            return
        }
        #expect(statement.span == SourceSpan(0..<52))
        #expect(pipeline.source.span == SourceSpan(0..<8))
        #expect(pipeline.stages.map(\.span) == [SourceSpan(11..<43), SourceSpan(46..<52)])
        guard case .filter(let condition) = pipeline.stages[0].kind,
            case .logical(.and, let left, let right) = condition.kind
        else {
            Issue.record("not a where with and")
            return
        }
        #expect(condition.span == SourceSpan(17..<43))
        #expect(left.span == SourceSpan(17..<28))
        #expect(right.span == SourceSpan(33..<43))
    }
}
