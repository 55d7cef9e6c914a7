import TallyQuery
import TallyTestSupport
import TallyText
import Testing

/// A word where a field goes that is no field: misspelt Chinese aliases and lookalike letters get
/// `unknown field` and the field meant, as misspelt English names do; compared with, Chinese words
/// stay text.
@Suite struct UnknownFieldTests {
    @Test(arguments: [
        (
            "measures | where 类型 == 金额",
            "<command>:1:18: error: unknown field '类型'\nmeasures | where 类型 == 金额\n                 ^~~~\nhint: did you mean '类别'?"
        ),
        (
            "measures | sort 数直",
            "<command>:1:17: error: unknown field '数直'\nmeasures | sort 数直\n                ^~~~\nhint: did you mean '数值'?"
        ),
        (
            "measures | select 事相",
            "<command>:1:19: error: unknown field '事相'\nmeasures | select 事相\n                  ^~~~\nhint: did you mean '事项'?"
        ),
        (
            "measures | count by 类型",
            "<command>:1:21: error: unknown field '类型'\nmeasures | count by 类型\n                    ^~~~\nhint: did you mean '类别'?"
        ),
        (
            "measures | where cİty == 合肥",
            "<command>:1:18: error: unknown field 'cİty'\nmeasures | where cİty == 合肥\n                 ^~~~\nhint: did you mean 'city'?"
        ),
        (
            "measures | where \u{212A}ind == money",
            "<command>:1:18: error: unknown field '\u{212A}ind'\nmeasures | where \u{212A}ind == money\n                 ^~~~\nhint: did you mean 'kind'?"
        ),
        (
            "measures | where сity == 合肥",  // a Cyrillic с
            "<command>:1:18: error: unknown field 'сity'\nmeasures | where сity == 合肥\n                 ^~~~\nhint: did you mean 'city'?"
        ),
        (
            "measures | where 合肥 == city",
            "<command>:1:18: error: unknown field '合肥'\nmeasures | where 合肥 == city\n                 ^~~~\nhint: to compare with the text itself, quote it: \"合肥\""
        ),
    ])
    func unknownWordsWhereAFieldGoes(_ query: String, _ message: String) throws {
        #expect(try shown(query) == message)
    }

    @Test func theHintIsInChineseToo() throws {
        let message = Language.$current.withValue(.chinese) { () -> String in
            var session = seedSession()
            do throws(StatementError) {
                _ = try session.run("数据 | 筛选 类型 == 金额")
                return "ran"
            } catch {
                return error.rendered()
            }
        }
        #expect(
            message == "<command>:1:9: 错误: 未知的字段 '类型'\n数据 | 筛选 类型 == 金额\n            ^~~~\n提示: 是不是想写 '类别'？")
    }

    @Test func chineseWordsComparedWithStayText() throws {
        var session = seedSession()
        #expect(try session.run("measures | where city == 合肥 | count").rendered(defaultFormat: .csv) == "count\n15\n")
        #expect(
            try session.run("measures | where city in (合肥, 安庆) and 类别 == 金额 | count").rendered(defaultFormat: .csv)
                == "count\n10\n")
        #expect(try session.run("measures | where subject ~ 养老 | count").rendered(defaultFormat: .csv) == "count\n5\n")
    }
}
