import ReportKit
import Testing

@testable import TallyQuery

@Suite("Completion")
struct CompletionSiteTests {
    @Test(
        "the context at the cursor",
        arguments: [
            ("", CompletionContext.statementStart),
            ("mea", .statementStart),
            ("let x = ", .source),
            ("let x", .none),
            ("help ", .helpTopic),
            ("measures | ", .verb),
            ("measures | wh", .verb),
            ("数据 ｜ ", .verb),
            ("measures | where ", .field),
            ("measures | where ci", .field),
            ("measures | where city ", .none),
            ("measures | where kind == ", .value(of: .kind)),
            ("measures | where kind == mo", .value(of: .kind)),
            ("measures | where 类别 ＝＝ ", .value(of: .kind)),
            ("measures | where city in (", .value(of: .city)),
            ("measures | where city not in (合肥, ", .value(of: .city)),
            ("measures | where city == 合肥 ", .keywords([.and, .or])),
            ("measures | where city == 合肥 and ", .field),
            ("measures | where (", .field),
            ("measures | where \"abc", .none),
            ("measures | sort ", .field),
            ("measures | sort value ", .keywords([.asc, .desc])),
            ("measures | sort value desc, ", .field),
            ("measures | select city, ", .field),
            ("measures | select value ", .keywords([.as])),
            ("measures | select value as ", .none),
            ("measures | summarize ", .aggregate),
            ("measures | summarize count, ", .aggregate),
            ("measures | summarize sum(", .field),
            ("measures | summarize sum(value) ", .keywords([.as, .by])),
            ("measures | summarize count by ", .field),
            ("measures | count ", .keywords([.as, .by])),
            ("measures | sum ", .field),
            ("measures | sum value ", .keywords([.as, .by])),
            ("measures | total ", .keywords([.by])),
            ("measures | total by city, ", .field),
            ("measures | distinct ", .field),
            ("measures | format ", .format),
            ("measures | take ", .none),
            ("measures | find ", .none),
            ("sections ", .city),
            ("compare ", .city),
            ("compare 合肥, ", .city),
            ("compare 合肥, 安", .city),
            ("compare cities ", .keywords([.on, .by])),
            ("compare cities on ", .field),
            ("compare cities on kind == ", .value(of: .kind)),
            ("compare cities on kind == money ", .keywords([.and, .or, .by])),
            ("compare cities by ", .field),
        ])
    func context(text: String, expected: CompletionContext) {
        #expect(CompletionSite(before: text).context == expected)
    }

    @Test("the partial word before the cursor is the prefix, as typed")
    func prefix() {
        #expect(CompletionSite(before: "measures | wh").prefix == "wh")
        #expect(CompletionSite(before: "measures | where ").prefix == "")
        #expect(CompletionSite(before: "数据｜筛选 城").prefix == "城")
        #expect(CompletionSite(before: "compare 合肥,安").prefix == "安")
        #expect(CompletionSite(before: "measures | where city == ").prefix == "")
    }
}
