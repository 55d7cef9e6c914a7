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
        ("大唐700万吨露天矿项目已进入国家核准程序，亘富200万吨褐煤提质一期工程完工，华润雪花啤酒迁建项目开工建设。", ["大唐露天矿项目", "亘富褐煤提质一期工程完工"]),
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

    /// A bare generic head (`投资`, `交易额`, `总市值`) takes its owner from the figure before it, the
    /// clause before it, or, for money put in at the start of a sentence, the clause after it.
    @Test(arguments: [
        ("全年共实施重点工业项目28个，完成投资33.9亿元。", ["重点工业项目", "重点工业项目投资"]),
        ("北京证券交易所上市公司达288家、总市值超8600亿元。", ["北京证券交易所上市公司", "北京证券交易所上市公司总市值"]),
        ("部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元。", ["区共建内蒙古牛羊肉交易中心交易额"]),
        ("投资1亿元，启动实施黑羊站水厂改扩建工程。", ["黑羊站水厂改扩建工程投资"]),
    ])
    func ownersOfGenericHeads(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// Items joined by `、` pair up with figures joined by `、` even without 分别; a longer item before
    /// the longest borrows its parallel tail or its head, a short one after it its owner, and 及 inside
    /// a word (`普及率`) joins no items.
    @Test(arguments: [
        ("入境游客增长1倍，国内游客人次、总花费增长5.6％、7.5％。", ["入境游客", "国内游客人次", "国内游总花费"]),
        ("建成“千万工程”示范村507个，农村自来水、卫生户厕普及率超过98％、85％，脱贫攻坚成果得到巩固。", ["千万工程示范村", "农村自来水普及率", "卫生户厕普及率"]),
        (
            "三次产业比重为4.0∶37.7∶58.3，第一产业增加值提升至全国第二，先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%。",
            ["先进制造业增加值占规模以上工业增加值比重", "高技术制造业增加值占规模以上工业增加值比重"]
        ),
        ("电信网络诈骗案件受理数、案损数分别下降16%和36%，为近三年来最大降幅。", ["电信网络诈骗案件受理数", "电信网络诈骗案件案损数"]),
        ("城乡环卫一体化覆盖率、农村自来水普及率分别提高到60%、92%。", ["城乡环卫一体化覆盖率", "农村自来水普及率"]),
    ])
    func listsWithoutRespectively(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }

    /// A size between a name and a noun (`大唐700万吨露天矿`) belongs to the thing both name; words
    /// that only put a project in hand (`开工建设`) are no name.
    @Test(arguments: [
        ("加快金川四矿区贫矿资源综合开发利用、白银集团7万吨锌基合金等项目建设。", ["白银集团锌基合金"]),
        ("开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目。", ["职工住宅小区", "公安小区", "公安小区回迁房"]),
    ])
    func sizesInsideNames(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(\.subject) == expected)
    }
}
