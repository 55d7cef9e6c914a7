import ReportKit
import Testing

/// Levels and changes, their basis, the period a figure describes and whether it is a target, each
/// pinned with sentences quoted from the real reports in `Tests/Fixtures/reports`.
@Suite struct ChangeAndTimeTests {
    /// The figures of a report text: raw, value, change, basis, period and target of each.
    private static func readings(_ text: String) throws -> [String] {
        let parsed = try ReportParser.parse(name: "测试.txt", bytes: Array(text.utf8)).get()
        let corpus = Corpus([parsed])
        return (0..<corpus.measures.count).map { index in
            let measure = corpus.measure(index)
            let details = measure.details
            let value = measure.quantity.value
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return "\(measure.raw)=\(number) \(details.change.name) \(details.basis.name) "
                + "\(details.period?.name ?? "-") \(details.target ? "target" : "result")"
        }
    }

    /// A 2026 work report: a review of 2025, a five-year summary, a plan for 2026 and the 十五五 goals.
    private static let report = """
        2026年吉林省政府工作报告
        ——2026年1月27日在吉林省第十四届人民代表大会第五次会议上
        省长 胡玉亭
        一、2025年工作回顾
        全年地区生产总值5.3万亿元、增长5.5%，一般公共预算收入增长13.3%。
        城乡居民人均可支配收入分别增长4.4%、5.9%。
        单位GDP能耗累计下降18%，新增入驻企业132家，压减一般性支出18.2亿元。
        城镇化率提高到71.5%，工业投资占比提高4.7个百分点，地区生产总值增长4.7%、低于全国0.3个百分点。
        2014年，全区地区生产总值完成274.4亿元，同比增长9.1%。
        这五年，固定资产投资年均增长12.8%，较“十三五”末净增1万亿元。
        人均预期寿命从2020年的82.4岁提升至83.9岁。
        二、2026年工作安排
        经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇新增就业18万人以上。
        到2030年，研发投入强度达到3.2%左右。
        """

    @Test func levelsGrowthRatesAndAmountsAdded() throws {
        let readings = try Self.readings(Self.report)
        #expect(readings.contains("5.3万亿元=5300000000000 none none 2025 result"))
        #expect(readings.contains("5.5%=5.5 growth none 2025 result"))
        #expect(readings.contains("13.3%=13.3 growth none 2025 result"))
        // a list after 分别 shares its change word
        #expect(readings.contains("4.4%=4.4 growth none 2025 result"))
        #expect(readings.contains("5.9%=5.9 growth none 2025 result"))
        // declines are negative
        #expect(readings.contains("18%=-18 growth none 2025 result"))
        // 新增 and 压减 govern the figure across their object
        #expect(readings.contains("132家=132 increase none 2025 result"))
        #expect(readings.contains("18.2亿元=-1820000000 increase none 2025 result"))
        // 提高到 introduces a level; 提高…个百分点 is an amount added; a gap below is a negative level
        #expect(readings.contains("71.5%=71.5 none none 2025 result"))
        #expect(readings.contains("4.7个百分点=4.7 increase none 2025 result"))
        #expect(readings.contains("0.3个百分点=-0.3 none none 2025 result"))
    }

    @Test func basesAndPeriods() throws {
        let readings = try Self.readings(Self.report)
        // a year at the start of the sentence, and 同比
        #expect(readings.contains("274.4亿元=27440000000 none none 2014 result"))
        #expect(readings.contains("9.1%=9.1 growth yoy 2014 result"))
        // 这五年 is the five years before the report; 年均 and 较“十三五”末 are bases
        #expect(readings.contains("12.8%=12.8 growth annual 2021-2025 result"))
        #expect(readings.contains("1万亿元=1000000000000 increase vs2020 2021-2025 result"))
        // 从2020年的… is the start year's; the end is the report's review year
        #expect(readings.contains("82.4岁=82.4 none none 2020 result"))
        #expect(readings.contains("83.9岁=83.9 none none 2025 result"))
    }

    @Test func targets() throws {
        let readings = try Self.readings(Self.report)
        #expect(readings.contains("5%左右=5 growth none 2026 target"))
        #expect(readings.contains("18万人以上=180000 increase none 2026 target"))
        #expect(readings.contains("3.2%左右=3.2 none none 2030 target"))
    }

    @Test func aBareTimeLineSetsThePeriodOfWhatFollows() throws {
        let readings = try Self.readings(
            """
            2026年内蒙古自治区政府工作报告
            ——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上
            自治区人民政府主席 包钢
            “十五五”时期主要目标和2026年重点工作
            一、把铸牢中华民族共同体意识作为民族地区各项工作的主线
            完成生态建设任务4000万亩，其中防沙治沙1500万亩。
            """)
        #expect(readings == ["4000万亩=40000000 none none 2026 target", "1500万亩=15000000 none none 2026 target"])
    }
}
