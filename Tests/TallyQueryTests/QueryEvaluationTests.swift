import TallyTestSupport
import TallyText
import Testing

/// Each stage, operator and alias, checked through compact CSV output on the seed.
@Suite struct QueryEvaluationTests {
    private func csv(_ statements: String...) throws -> String {
        var session = seedSession()
        var last = ""
        for statement in statements { last = try session.run(statement).rendered(defaultFormat: .csv) }
        return last
    }

    @Test func chineseAliasesAndFullWidthPunctuationMeanTheSame() throws {
        let english = try csv("measures | where city == 合肥 and kind == money | select subject, value")
        #expect(try csv("数据 ｜ 筛选 城市 ＝＝ 合肥市 且 类别 ＝＝ 金额 ｜ 选择 事项，数值") == english)
        #expect(english == "subject,value,unit,approx\n建设运营资金,46800000,元,exact\n")
    }

    @Test func comparisonOperators() throws {
        #expect(try csv("measures | where unit == \"%\" and value > 60 | select raw") == "raw\n90%\n62%\n")
        #expect(try csv("measures | where unit == \"%\" and value <= 9.3 | select raw") == "raw\n9.3%\n")
        #expect(
            try csv("measures | where unit == \"%\" and value != 20 and value < 21 | select raw")
                == "raw\n9.3%\n17.6%\n")
        #expect(try csv("measures | where value >= 10亿 | select raw") == "raw\n17.3亿元\n10.03亿元\n")
        #expect(try csv("measures | where unit == \"%\" and value >= 62% | select raw") == "raw\n90%\n62%\n")
    }

    @Test func containsInAndNot() throws {
        #expect(try csv("measures | where subject ~ \"乡贤\" | select raw") == "raw\n500余名\n")
        #expect(try csv("measures | where raw ~ /^[0-9]+余/ | select raw") == "raw\n30余次\n20余份\n500余万元\n500余名\n")
        #expect(
            try csv("measures | where city in (阜阳, 黄山) and unit == \"家\" | select city, raw") == "city,raw\n阜阳,230家\n")
        #expect(try csv("measures | where city == 阜阳 and not (unit == \"个\") | select raw") == "raw\n两年\n230家\n19批次\n")
        #expect(try csv("measures | where city == 阜阳 and unit not in (\"个\", \"家\") | select raw") == "raw\n两年\n19批次\n")
        #expect(
            try csv("measures | where city == 合肥 and subject !~ \"惠\" and unit == \"人\" | select raw")
                == "raw\n18.87万人\n")
        #expect(
            try csv("measures | where (city == 合肥 or city == 黄山) and approx == more | select raw")
                == "raw\n500余名\n80多个\n")
    }

    @Test func arithmeticAndSelectWithRenaming() throws {
        #expect(
            try csv("measures | where kind == money and city == 合肥 | select value / 10000 as 万元, value * 2 - 1 as x")
                == "万元,x\n4680,93599999\n")
    }

    @Test func sortOnSeveralKeysAndTake() throws {
        #expect(
            try csv("measures | where unit == \"个\" and value >= 100 | sort city, value desc | select city, value")
                == "city,value,unit,approx\n合肥,294,个,exact\n安庆,38500,个,exact\n安庆,1573,个,exact\n安庆,157,个,exact\n"
                + "黄山,1082,个,exact\n黄山,745,个,exact\n黄山,105,个,exact\n")
        #expect(try csv("measures | take 0") == "city,section,subject,value,unit,raw\n")
    }

    @Test func summarizeAndItsShorthands() throws {
        #expect(try csv("measures | count by city") == "city,count\n合肥,15\n蚌埠,24\n阜阳,8\n安庆,46\n黄山,9\n")
        #expect(
            try csv("measures | where unit == \"元\" | summarize count, sum(value) as money, share by city")
                == "city,count,money,money_unit,money_approx,share,share_unit,share_approx\n"
                + "合肥,1,46800000,元,exact,1.3215255216227837,%,exact\n蚌埠,6,2321200000,元,exact,65.54540685450438,%,exact\n"
                + "安庆,9,1173361800,元,more,33.133067623872826,%,exact\n")
        #expect(
            try csv("measures | where unit == \"%\" | avg value by city")
                == "city,avg,unit,approx\n合肥,90,%,exact\n蚌埠,17.025,%,exact\n安庆,61,%,exact\n")
        #expect(
            try csv("measures | where unit == \"元\" | min value by city")
                == "city,min,unit,approx\n合肥,46800000,元,exact\n蚌埠,100000,元,exact\n安庆,200000,元,exact\n")
        #expect(try csv("measures | where unit == \"元\" | max value") == "max,unit,approx\n1730000000,元,exact\n")
        #expect(
            try csv("measures | count by city, kind | where city == 阜阳") == "city,kind,count\n阜阳,count,7\n阜阳,time,1\n")
    }

    @Test func distinct() throws {
        #expect(
            try csv("measures | where city == 阜阳 | distinct unit, kind")
                == "unit,kind\n个,count\n年,time\n家,count\n批次,count\n")
    }

    @Test func totalsNeverMixUnitsAndSayWhatTheyDid() throws {
        let out = try output("measures | where city == 合肥 | total")
        #expect(out.contains("│ 元   │ 4,680万元 │     1 │"))
        #expect(out.contains("│ %    │           │     1 │"))
        #expect(out.contains("totals are per unit: figures in different units are never added together"))
        #expect(out.contains("ratios (%) are not added; 'avg value' averages them"))
        #expect(out.contains("2 breakdown parts (其中…) not added again: their totals are included"))
        #expect(out.contains("│ 人   │ 78.37万人 │     4 │"))
    }

    @Test func partsCountWhenTheirTotalIsNotSelected() throws {
        #expect(
            try csv("measures | where subject ~ \"惠及\" and raw != \"59.5万\" | total")
                == "unit,total,approx,count\n人,595000,exact,2\n")
    }

    @Test func approximateFiguresMakeALowerBound() throws {
        let out = try output("measures | where city == 黄山 and kind == people | total")
        #expect(out.contains("≥500名"))
        #expect(out.contains("≥ marks a lower bound"))
    }

    @Test func sumOverMixedUnitsIsAnErrorThatSaysHowToSplit() throws {
        #expect(
            try error("measures | where city == 阜阳 | sum value") == """
                <command>:1:31: error: sum over mixed units: 个, 年, 家, 批次
                measures | where city == 阜阳 | sum value
                                                ^~~~~~~~~
                hint: add 'by unit', keep one unit with 'where unit == "个"', or use 'total'
                """)
        #expect(
            try error("measures | where unit == \"%\" | sum value").contains(
                "error: % figures are ratios and are not added"))
    }

    @Test func compareWithTwoCitiesHasDifferenceAndRatio() throws {
        let out = try csv("compare 合肥市, 安庆 by unit | where unit == \"元\"")
        #expect(
            out == "unit,合肥,合肥_approx,合肥 n,安庆,安庆_approx,安庆 n,difference,difference_approx,ratio\n"
                + "元,46800000,exact,1,1173361800,more,9,-1126561800,about,0.039885395962268415\n")
    }

    @Test func compareAllCitiesHasAColumnPairPerCity() throws {
        let out = try csv("compare cities on kind == money")
        #expect(
            out == "kind,unit,合肥,合肥_approx,合肥 n,蚌埠,蚌埠_approx,蚌埠 n,阜阳,阜阳 n,安庆,安庆_approx,安庆 n,黄山,黄山 n\n"
                + "money,元,46800000,exact,1,2321200000,exact,6,,0,1173361800,more,9,,0\n")
    }

    @Test func everyOutputFormat() throws {
        let query = "measures | where city == 黄山 and unit == \"件\" | select city, subject, value"
        #expect(try csv(query) == "city,subject,value,unit,approx\n黄山,矛盾纠纷,12257,件,exact\n")
        #expect(
            try output(query + " | format tsv") == "city\tsubject\tvalue\tunit\tapprox\n黄山\t矛盾纠纷\t12257\t件\texact\n")
        #expect(
            try output(query + " | format jsonl")
                == #"{"city":"黄山","subject":"矛盾纠纷","value":12257,"unit":"件","approx":"exact"}"# + "\n")
        #expect(
            try output(query + " | format json")
                == "{\n  \"rows\": [\n    {\n      \"city\": \"黄山\",\n      \"subject\": \"矛盾纠纷\",\n"
                + "      \"value\": 12257,\n      \"unit\": \"件\",\n      \"approx\": \"exact\"\n    }\n  ],\n"
                + "  \"notes\": []\n}\n")
        #expect(
            try output(query + " | format markdown")
                == "| city | subject | value |\n| --- | --- | ---: |\n| 黄山 | 矛盾纠纷 | 12,257件 |\n")
    }

    @Test func chartAfterCountAndCompareUsesCJKLabels() throws {
        let chart = try output("measures | count by city | chart")
        #expect(chart.hasPrefix("合肥 ███████████████████████▌ "))
        #expect(chart.contains("\n安庆 ████████████████████████████████████████████████████████████████████████ 46\n"))
        #expect(chart.split(separator: "\n").count == 5)
    }

    @Test func chartOfACompareDrawsEachCityAndScalesEachUnitOnItsOwn() throws {
        let chart = try output("compare 合肥, 安庆 | chart").split(separator: "\n")
        #expect(chart.first?.hasPrefix("money 元 合肥    ██ ") == true)
        #expect(chart.contains { $0.hasPrefix("count 个 安庆    " + String(repeating: "█", count: 50) + " ") })
        #expect(chart.contains { $0.hasPrefix("count 项 合肥    " + String(repeating: "█", count: 50) + " ") })
        #expect(!chart.contains { $0.contains("%") })
    }

    @Test func findAsAStageKeepsMeasuresWhoseSentenceHasTheWords() throws {
        #expect(try csv("measures | find \"助餐\" | select raw") == "raw\n4680万元\n90%\n294个\n1.2万人次\n")
    }

    @Test func measuresShowWhereTheyCameFrom() throws {
        #expect(
            try csv("measures | where raw == \"12257件\" | select doc, line, column, sentence")
                == "doc,line,column,sentence\nanhui-minzheng-2022-01-22.txt,112,180,\"2021年,全市共建立“作退一步想”调解工作室1082个,调处矛盾纠纷12257件。\"\n"
        )
    }

    @Test func errorsPointAtTheExactPlaceAfterChineseText() throws {
        #expect(
            try error("measures | where 城市 == 合肥 and cty == 1") == """
                <command>:1:31: error: unknown field 'cty'
                measures | where 城市 == 合肥 and cty == 1
                                                  ^~~
                hint: did you mean 'city'?
                """)
        #expect(
            try error("compare 合肥, 合fei") == """
                <command>:1:13: error: no city '合fei'
                compare 合肥, 合fei
                              ^~~~~
                hint: the cities are 合肥, 蚌埠, 阜阳, 安庆, 黄山
                """)
        #expect(try error("measures | where city > 3").contains("error: cannot compare text with a number"))
        #expect(try error("measures | where unit == \"吨\"").contains("error: no unit '吨'"))
        #expect(try error("mony | total").contains("error:"))
        #expect(try error("measures | select value / 0").contains("error: division by zero"))
    }

    @Test func helpListsEveryVerbAndEachExampleRuns() throws {
        let overview = try output("help")
        for verb in [
            "measures", "where", "sort", "take", "select", "summarize", "distinct", "total", "compare", "chart", "find",
            "let",
        ] {
            #expect(overview.contains("  \(verb) "), "\(verb)")
        }
        var session = seedSession()
        let topics = [
            "measures", "reports", "sections", "sentences", "cities", "units", "compare", "find", "where", "sort",
            "take", "select", "summarize", "count", "sum", "avg", "min", "max", "share", "distinct", "total",
            "chart", "format", "let", "help",
        ]
        for topic in topics {
            let help = try session.run("help \(topic)").rendered()
            let examples = help.split(separator: "\n").drop(while: { $0 != "Examples:" }).dropFirst()
            #expect(!examples.isEmpty, "help \(topic) has examples")
            for example in examples {
                #expect(throws: Never.self, "\(example)") { _ = try session.run(String(example.dropFirst(2))) }
            }
        }
    }

    @Test("Chinese help writes its examples with the Chinese aliases, and each runs, giving the English one's rows")
    func chineseHelpExamplesRun() throws {
        var session = seedSession()
        let topics = ["measures", "compare", "find", "where", "sort", "select", "summarize", "total", "trend", "let"]
        for topic in topics {
            let english = try session.run("help \(topic)").rendered()
            let chinese = try Language.$current.withValue(.chinese) { try session.run("help \(topic)").rendered() }
            let englishExamples = english.split(separator: "\n").drop(while: { $0 != "Examples:" }).dropFirst()
            let chineseExamples = chinese.split(separator: "\n").drop(while: { $0 != "示例：" }).dropFirst()
            #expect(englishExamples.count == chineseExamples.count, "help \(topic)")
            for (englishExample, chineseExample) in zip(englishExamples, chineseExamples) {
                #expect(!chineseExample.contains("measures") && !chineseExample.contains("where"))
                let expected = try session.run(String(englishExample.dropFirst(2))).rendered(defaultFormat: .csv)
                let actual = try session.run(String(chineseExample.dropFirst(2))).rendered(defaultFormat: .csv)
                #expect(actual == expected, "\(chineseExample)")
            }
        }
        #expect(try Language.$current.withValue(.chinese) { try session.run("help").rendered() }.hasPrefix("查询由"))
    }
}
