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

    /// Words that only look like a comparison or a change: 比重 and 比例 are nouns, 居民 is no rank
    /// (`居全国第5位`), and words that start with a comparison (`较“十三五”末净增`) name no indicator.
    @Test(arguments: [
        ("制造业增加值占地区生产总值比重达33.5%，服务业增加值占地区生产总值比重达54%。", ["制造业增加值占地区生产总值比重", "服务业增加值占地区生产总值比重"]),
        ("空气优良天数比例达到77.8%；", ["空气优良天数比例"]),
        ("改造老旧小区1万余个，惠及120万户居民。", ["改造老旧小区", "居民"]),
        ("地区生产总值跨过3万亿元、年均增长5.2％，较“十三五”末净增1万亿元，人均生产总值居全国第12位。", ["地区生产总值", "地区生产总值", "地区生产总值"]),
    ])
    func nounsThatLookLikeComparisons(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// A verb inside the indicator stays with it: a share keeps what it is a share of, a head of two
    /// characters keeps its verb (`旅游接待人数`), 完成 and 实现 keep the owner of a head of up to
    /// three characters, and 为, 对, 向 after a noun keep the noun.
    @Test(arguments: [
        ("白城梅花建成世界最大的赖氨酸生产基地，产能占全球30%。", ["产能占全球"]),
        ("全年旅游接待人数438万人次，旅游收入完成47.2亿元。", ["旅游接待人数", "旅游收入"]),
        ("研发投入强度2.61％、居中国西部第1。", ["研发投入强度"]),
        ("失业人员实现再就业10万人。", ["失业人员再就业"]),
        ("医保集中带量采购为群众减负237亿元。", ["医保集中带量采购为群众减负"]),
        ("实际对外直接投资增长10%。", ["实际对外直接投资"]),
    ])
    func verbsInsideIndicators(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// Words of time and manner name no indicator, so a figure after them measures the one before:
    /// a span of years (`3年增长`), adverbs (`稳步达到`), and a streak (`连续45年`) names what lasted.
    @Test(arguments: [
        ("财政收入达到1350亿元，3年增长58.6%。", ["财政收入", "财政收入"]),
        ("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。", ["一般公共预算收入", "一般公共预算收入"]),
        ("连续45年无重大森林火灾。", ["无重大森林火灾"]),
    ])
    func timeAndMannerWords(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// The noun after a figure ends where a predicate begins (`已进入`, `加快建设`, `并连通`, `达到`),
    /// steps over a figure right after it (`20个500千伏输变电工程`), keeps the digits of a name
    /// (`4S店`), and takes the thing after `的` that a short noun belongs to.
    @Test(arguments: [
        ("大唐700万吨露天矿项目已进入国家核准程序，亘富200万吨褐煤提质一期工程完工，华润雪花啤酒迁建项目开工建设。", ["露天矿项目", "褐煤提质一期工程完工"]),
        ("西延高铁和眉太、岚皋至陕渝界等4条高速公路建成通车，西十、康渝等4条高铁加快建设，西安地铁15号线通车运营。", ["高速公路", "高铁"]),
        ("高速公路通车里程6895公里，西安地铁运营里程422公里并连通咸阳。", ["高速公路通车里程", "西安地铁运营里程"]),
        ("90%的化工园区降至较低风险等级，90%的煤矿达到安全生产标准化二级以上。", ["化工园区", "煤矿"]),
        ("建成20个500千伏输变电工程，启动阿拉善至蒙中地区特高压柔性直流输电线路论证。", ["输变电工程", "输变电工程"]),
        ("中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店正式运营。", ["中俄蒙国际汽车产业园投资", "4S店"]),
        ("4个村的安全饮水工程顺利完工，新增节水灌溉面积1.2万亩，新建农村道路24公里，农村生产生活环境明显改善。", ["安全饮水工程村", "节水灌溉面积", "新建农村道路"]),
    ])
    func nounsAfterFigures(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// A clause keeps a bracket inside its noun (`中欧班列（西安）`); the start and end values of a
    /// change (`由66户整合至12户`) and a share of the whole (`占全国`) measure the indicator named first.
    @Test(arguments: [
        ("省属一级企业由66户整合至12户。", ["省属一级企业", "省属一级企业"]),
        ("中欧班列（西安）开行6037列、增长21.1％，带动陕西进出口415.4亿元、增长11.7％。", ["中欧班列（西安）开行", "中欧班列（西安）开行", "带动陕西进出口", "带动陕西进出口"]),
        ("中欧班列（成渝）累计开行超2.6万列、占全国23.9%。", ["中欧班列（成渝）累计开行", "中欧班列（成渝）累计开行占全国"]),
        (
            "千亿县超过30个，常住人口城镇化率达到67.5%、5年提高4.5个百分点，城乡收入比缩小至2.12，新改建农村公路4.2万公里。",
            ["千亿县", "常住人口城镇化率", "常住人口城镇化率", "城乡收入比", "新改建农村公路"]
        ),
    ])
    func indicatorsNamedFirst(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }
}
