import ReportKit
import TallySeeds
import Testing

/// The seed report against a hand-checked answer key: every figure in the five city reports with
/// its value in base units, unit, approximation and implied-unit flag, in text order.
@Suite struct SeedAnswerKeyTests {
    static let key:
        [(city: String, raw: String, value: Double, unit: String, approximation: Approximation, implied: Bool)] = [
            ("合肥", "4680万元", 46_800_000, "元", .exact, false),
            ("合肥", "90%", 90, "%", .exact, false),
            ("合肥", "294个", 294, "个", .exact, false),
            ("合肥", "1.2万人次", 12000, "人次", .exact, false),
            ("合肥", "6项", 6, "项", .exact, false),
            ("合肥", "3类", 3, "类", .exact, false),
            ("合肥", "59.5万", 595000, "人", .exact, true),
            ("合肥", "56.5万人", 565000, "人", .exact, false),
            ("合肥", "3万人", 30000, "人", .exact, false),
            ("合肥", "6项", 6, "项", .exact, false),
            ("合肥", "5个", 5, "个", .exact, false),
            ("合肥", "14家", 14, "家", .exact, false),
            ("合肥", "7类", 7, "类", .exact, false),
            ("合肥", "18.87万人", 188700, "人", .exact, false),
            ("合肥", "三类", 3, "类", .exact, false),
            ("蚌埠", "36个", 36, "个", .exact, false),
            ("蚌埠", "17.3亿元", 1_730_000_000, "元", .exact, false),
            ("蚌埠", "2040万元", 20_400_000, "元", .exact, false),
            ("蚌埠", "21.2%", 21.2, "%", .exact, false),
            ("蚌埠", "20%", 20, "%", .exact, false),
            ("蚌埠", "1050万元", 10_500_000, "元", .exact, false),
            ("蚌埠", "9.3%", 9.3, "%", .exact, false),
            ("蚌埠", "17.6%", 17.6, "%", .exact, false),
            ("蚌埠", "三年", 3, "年", .exact, false),
            ("蚌埠", "355亩", 355, "亩", .exact, false),
            ("蚌埠", "5.6亿", 560_000_000, "元", .exact, true),
            ("蚌埠", "四个", 4, "个", .exact, false),
            ("蚌埠", "30余次", 30, "次", .more, false),
            ("蚌埠", "6个", 6, "个", .exact, false),
            ("蚌埠", "3家", 3, "家", .exact, false),
            ("蚌埠", "3个", 3, "个", .exact, false),
            ("蚌埠", "3家", 3, "家", .exact, false),
            ("蚌埠", "6个", 6, "个", .exact, false),
            ("蚌埠", "9576平方米", 9576, "平方米", .exact, false),
            ("蚌埠", "10个", 10, "个", .exact, false),
            ("蚌埠", "18项", 18, "项", .exact, false),
            ("蚌埠", "10个", 10, "个", .exact, false),
            ("蚌埠", "20万元", 200000, "元", .exact, false),
            ("蚌埠", "10万元", 100000, "元", .exact, false),
            ("阜阳", "3个", 3, "个", .exact, false),
            ("阜阳", "两年", 2, "年", .exact, false),
            ("阜阳", "230家", 230, "家", .exact, false),
            ("阜阳", "19批次", 19, "批次", .exact, false),
            ("阜阳", "35个", 35, "个", .exact, false),
            ("阜阳", "2个", 2, "个", .exact, false),
            ("阜阳", "31个", 31, "个", .exact, false),
            ("阜阳", "2个", 2, "个", .exact, false),
            ("安庆", "10个", 10, "个", .exact, false),
            ("安庆", "5个", 5, "个", .exact, false),
            ("安庆", "3个", 3, "个", .exact, false),
            ("安庆", "2个", 2, "个", .exact, false),
            ("安庆", "157个", 157, "个", .exact, false),
            ("安庆", "1991人", 1991, "人", .exact, false),
            ("安庆", "62%", 62, "%", .exact, false),
            ("安庆", "4.67万人", 46700, "人", .exact, false),
            ("安庆", "2608.83万元", 26_088_300, "元", .exact, false),
            ("安庆", "9.39万人次", 93900, "人次", .exact, false),
            ("安庆", "1265人", 1265, "人", .exact, false),
            ("安庆", "2619.35万元", 26_193_500, "元", .exact, false),
            ("安庆", "6.71万人次", 67100, "人次", .exact, false),
            ("安庆", "8315万元", 83_150_000, "元", .exact, false),
            ("安庆", "超过3300人次", 3300, "人次", .more, false),
            ("安庆", "13次", 13, "次", .exact, false),
            ("安庆", "3次", 3, "次", .exact, false),
            ("安庆", "5次", 5, "次", .exact, false),
            ("安庆", "10.03亿元", 1_003_000_000, "元", .exact, false),
            ("安庆", "20余份", 20, "份", .more, false),
            ("安庆", "六类", 6, "类", .exact, false),
            ("安庆", "20.61万人", 206100, "人", .exact, false),
            ("安庆", "13.01万", 130100, "人", .exact, true),
            ("安庆", "60%", 60, "%", .exact, false),
            ("安庆", "13.63万条", 136300, "条", .exact, false),
            ("安庆", "4个", 4, "个", .exact, false),
            ("安庆", "1573个", 1573, "个", .exact, false),
            ("安庆", "3.85万个", 38500, "个", .exact, false),
            ("安庆", "1.06万户次", 10600, "户次", .exact, false),
            ("安庆", "三项", 3, "项", .exact, false),
            ("安庆", "1.19万例", 11900, "例", .exact, false),
            ("安庆", "1.16万例", 11600, "例", .exact, false),
            ("安庆", "三项", 3, "项", .exact, false),
            ("安庆", "135人次", 135, "人次", .exact, false),
            ("安庆", "1552万元", 15_520_000, "元", .exact, false),
            ("安庆", "55个", 55, "个", .exact, false),
            ("安庆", "348人", 348, "人", .exact, false),
            ("安庆", "3.33万名", 33300, "名", .exact, false),
            ("安庆", "543万元", 5_430_000, "元", .exact, false),
            ("安庆", "878万元", 8_780_000, "元", .exact, false),
            ("安庆", "27个", 27, "个", .exact, false),
            ("安庆", "85家", 85, "家", .exact, false),
            ("安庆", "500余万元", 5_000_000, "元", .more, false),
            ("安庆", "73万名", 730000, "名", .exact, false),
            ("安庆", "220万小时", 2_200_000, "小时", .exact, false),
            ("安庆", "20万元", 200000, "元", .exact, false),
            ("黄山", "105个", 105, "个", .exact, false),
            ("黄山", "745个", 745, "个", .exact, false),
            ("黄山", "9次", 9, "次", .exact, false),
            ("黄山", "11个", 11, "个", .exact, false),
            ("黄山", "1082个", 1082, "个", .exact, false),
            ("黄山", "12257件", 12257, "件", .exact, false),
            ("黄山", "28个", 28, "个", .exact, false),
            ("黄山", "500余名", 500, "名", .more, false),
            ("黄山", "80多个", 80, "个", .more, false),
        ]

    @Test func everyFigureIsFoundWithItsValueUnitAndApproximation() throws {
        let corpus = try SeedCorpus.load()
        let found = (0..<corpus.measures.count).map(corpus.measure)
        #expect(found.count == Self.key.count)
        for (measure, expected) in zip(found, Self.key) {
            #expect(measure.city == expected.city, "\(measure.raw)")
            #expect(measure.raw == expected.raw)
            #expect(measure.quantity.value == expected.value, "\(measure.raw)")
            #expect(measure.quantity.unit == expected.unit, "\(measure.raw)")
            #expect(measure.quantity.approximation == expected.approximation, "\(measure.raw)")
            #expect(measure.details.impliedUnit == expected.implied, "\(measure.raw)")
        }
    }

    @Test func breakdownPartsPointAtTheirTotals() throws {
        let corpus = try SeedCorpus.load()
        let parts = (0..<corpus.measures.count).map(corpus.measure).filter { $0.partOf != nil }
        let pairs = parts.map { "\($0.raw)→\(corpus.measure($0.partOf ?? 0).raw)" }
        #expect(
            pairs == [
                "56.5万人→59.5万", "3万人→59.5万", "2个→35个", "31个→35个", "2个→35个", "5个→10个", "3个→10个", "2个→10个",
            ])
    }

    @Test func nonMeasuresAreNotExtracted() throws {
        let corpus = try SeedCorpus.load()
        let raws = Set((0..<corpus.measures.count).map { corpus.rawText(ofMeasure: $0) })
        for text in [
            "2021年", "1月13日", "2021年12月", "6月", "6+3", "十四五", "2号", "十大", "一老一小", "三治融合",
            "一是", "第一", "十一次", "2022", "2015年", "2018年", "30日", "13039793", "120804561", "两项补贴",
        ] {
            #expect(!raws.contains { $0.contains(text) }, "\(text) must not be a measure")
        }
    }

    @Test func subjectsNameWhatIsMeasured() throws {
        let corpus = try SeedCorpus.load()
        let subjects = Dictionary(
            (0..<corpus.measures.count).map { (corpus.rawText(ofMeasure: $0), corpus.measure($0).subject) },
            uniquingKeysWith: { first, _ in first })
        #expect(subjects["4680万元"] == "建设运营资金")
        #expect(subjects["294个"] == "养老助餐机构")
        #expect(subjects["62%"] == "集中供养率")
        #expect(subjects["90%"] == "养老助餐机构用房")
        #expect(subjects["6个"] == "专项学习小组")
        #expect(subjects["17.3亿元"] == "民政公共服务设施项目总投资")
    }
}
