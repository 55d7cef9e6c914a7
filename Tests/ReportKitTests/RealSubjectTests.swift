import ReportKit
import Testing

/// Subjects as an analyst writes them, pinned with sentences quoted from the real reports in
/// `Tests/Fixtures/reports`: the indicator even where the sentence names it earlier, without place
/// prefixes and verbs, one per item of a `分别` list.
@Suite struct RealSubjectTests {
    @Test(arguments: [
        ("全市地区生产总值5.2万亿元、增长5.4%。", ["地区生产总值", "地区生产总值"]),
        ("全年地区生产总值完成253.7亿元，同比增长10.1%。", ["地区生产总值", "地区生产总值"]),
        ("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%。", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
        ("市民服务热线诉求解决率、满意率分别达97.3%和97.7%。", ["市民服务热线诉求解决率", "市民服务热线诉求满意率"]),
        ("经济社会发展主要预期目标是：地区生产总值增长11%，达到282亿元。", ["地区生产总值", "地区生产总值"]),
        ("人均预期寿命从2020年的82.4岁提升至83.9岁。", ["人均预期寿命", "人均预期寿命"]),
        ("城镇新增就业22.89万人。", ["城镇新增就业"]),
        ("双良集团集中供热项目完成投资8.3亿元。", ["双良集团集中供热项目投资"]),
        ("投资3.3亿元的机场快速路建成通车。", ["机场快速路投资"]),
        ("城乡低保标准提高到每月815元和615元。", ["城乡低保标准", "城乡低保标准"]),
    ])
    func subjects(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }
}
