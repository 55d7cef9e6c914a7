import ReportKit
import Testing

/// The figures of issue 14 that came out wrong: Chinese decimals with `点` (ten times too many or
/// too few), minus signs written four ways, negative range ends and declines, read through
/// `ReportParser.parse`. Each case gives the figure as `raw=value[..high]unit` and its change.
@Suite struct SignedDecimalTests {
    private func figures(_ sentence: String) throws -> [String] {
        try measures(in: sentence).map { "\(summary($0)) \($0.details.change.name)" }
    }

    @Test(arguments: [
        ("财政收入一点五亿元。", ["一点五亿元=150000000元 none"]),
        ("常住人口零点五万人。", ["零点五万人=5000人 none"]),
        ("带动就业十二点五万人。", ["十二点五万人=125000人 none"]),
        ("失业率为百分之二点三。", ["百分之二点三=2.3% none"]),
        ("物价水平为百分之零点五。", ["百分之零点五=0.5% none"]),
        ("投资二点〇五亿元。", ["二点〇五亿元=205000000元 none"]),
    ])
    func chineseDecimals(sentence: String, expected: [String]) throws {
        #expect(try figures(sentence) == expected)
    }

    /// `点` as a point or a spot, a time of day, or a decimal with `两` after it: no decimal.
    @Test(arguments: [
        ("抓好重点项目10个。", ["10个=10个 none"]),
        ("开展试点三点。", []),
        ("完成10个点。", ["10个=10个 none"]),
        ("取得一点点进步。", []),
        ("会议于十二点五十分开始。", []),
        ("坚持一点一滴做起，形成三点一线格局。", []),
        ("增加一点两万人。", ["两万人=20000人 increase"]),
    ])
    func pointsThatAreNoDecimal(sentence: String, expected: [String]) throws {
        #expect(try figures(sentence) == expected)
    }

    @Test(arguments: [
        ("地区生产总值增长−2.3%。", ["−2.3%=-2.3% growth"]),
        ("地区生产总值增长－2.3%。", ["－2.3%=-2.3% growth"]),
        ("地区生产总值增长-2.3%。", ["-2.3%=-2.3% growth"]),
        ("地区生产总值增长–2.3%。", ["–2.3%=-2.3% growth"]),
        ("价格指数为–2.3%。", ["–2.3%=-2.3% none"]),
        ("增速在2.3%至-1.5%之间。", ["2.3%至-1.5%=2.3..-1.5% none"]),
        ("增速在2.3%至−1.5%之间。", ["2.3%至−1.5%=2.3..-1.5% none"]),
        ("增速在-2.3%至-1.5%之间。", ["-2.3%至-1.5%=-2.3..-1.5% none"]),
        ("2012-2016年累计投资50亿元。", ["50亿元=5000000000元 none"]),
        ("2012–2016年累计投资50亿元。", ["2012–2016年=2012..2016年 none", "50亿元=5000000000元 none"]),
        ("每村配备3－5个网格员。", ["3－5个=3..5个 none"]),
        ("编号A–12%的样本。", []),
    ])
    func minusSigns(sentence: String, expected: [String]) throws {
        #expect(try figures(sentence) == expected)
    }

    /// A decline is a negative change, whatever its word; a decline with a minus sign reads both ways
    /// and is no figure.
    @Test(arguments: [
        ("社会消费品零售总额下降2.3%。", ["2.3%=-2.3% growth"]),
        ("能耗减少1.5%。", ["1.5%=-1.5% growth"]),
        ("价格回落0.8%。", ["0.8%=-0.8% growth"]),
        ("常住人口减少1.2万人。", ["1.2万人=-12000人 increase"]),
        ("社会消费品零售总额下降-2.3%。", []),
    ])
    func declines(sentence: String, expected: [String]) throws {
        #expect(try figures(sentence) == expected)
    }
}
