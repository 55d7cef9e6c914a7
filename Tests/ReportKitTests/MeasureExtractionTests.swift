import ReportKit
import Testing

/// Number reading, units, approximations, ranges, implied units and breakdowns, one sentence at a time.
@Suite struct MeasureExtractionTests {
    @Test(arguments: [
        ("累计投入资金4680万元。", ["4680万元=46800000元"]),
        ("日均服务1.2万人次。", ["1.2万人次=12000人次"]),
        ("总额1,234.5万元。", ["1,234.5万元=12345000元"]),
        ("建成机构１２３个，占比９０％。", ["１２３个=123个", "９０％=90%"]),
        ("新增３．８５万个网格。", ["３．８５万个=38500个"]),
        ("集中供养率达到90%。", ["90%=90%"]),
        ("比例达到百分之六十。", ["百分之六十=60%"]),
        ("成立三个小组。", ["三个=3个"]),
        ("举办十五场活动。", ["十五场=15场"]),
        ("建成一百零五个站点。", ["一百零五个=105个"]),
        ("发放两千份资料。", ["两千份=2000份"]),
        ("惠及三万人。", ["三万人=30000人"]),
        ("投资1.2亿元。", ["1.2亿元=120000000元"]),
        ("规划面积355亩，建成9576平方米。", ["355亩=355亩", "9576平方米=9576平方米"]),
        ("修建道路12公里，服务220万小时。", ["12公里=12公里", "220万小时=2200000小时"]),
        ("低保标准796元/月。", ["796元/月=796元/月"]),
        ("增长3个百分点。", ["3个百分点=3个百分点"]),
        ("连续三年列入计划。", ["三年=3年"]),
    ])
    func numbersAndUnits(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }

    @Test(arguments: [
        ("开展活动30余次。", ["30余次=30次(more)"]),
        ("投入资金500余万元。", ["500余万元=5000000元(more)"]),
        ("在80多个村成立协理会。", ["80多个=80个(more)"]),
        ("服务超过3300人次。", ["超过3300人次=3300人次(more)"]),
        ("覆盖1000人以上。", ["1000人以上=1000人(more)"]),
        ("投入约20万元。", ["约20万元=200000元(about)"]),
        ("惠及近9万人。", ["近9万人=90000人(about)"]),
        ("培训500人左右。", ["500人左右=500人(about)"]),
    ])
    func approximations(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }

    @Test(arguments: [
        ("增速保持在5%—5.5%。", ["5%—5.5%=5..5.5%"]),
        ("每村配备3至5个网格员。", ["3至5个=3..5个"]),
        ("投资3至5万元。", ["3至5万元=30000..50000元"]),
    ])
    func ranges(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }

    @Test(arguments: [
        ("发放补贴4.67万人2608.83万元。", ["4.67万人=46700人", "2608.83万元=26088300元"]),
        ("打击了19批次35个非法社会组织。", ["19批次=19批次", "35个=35个"]),
        ("发放1265人2619.35万元。", ["1265人=1265人", "2619.35万元=26193500元"]),
    ])
    func figuresInARowAreSeparate(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }

    @Test(arguments: [
        ("项目总投资5.6亿。", ["5.6亿=560000000元(implied)"]),
        ("已有13.01万农村低保对象。", ["13.01万=130100人(implied)"]),
        (
            "共惠及59.5万(其中提标惠及56.5万人,扩面惠及3万人)群体。",
            ["59.5万=595000人(implied)", "56.5万人=565000人", "3万人=30000人"]
        ),
    ])
    func impliedUnits(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }

    @Test func breakdownPartsPointAtTheTotalWithTheirUnit() throws {
        let found = try measures(in: "下辖10个县(市、区),其中5个持续攻坚区、3个正常推进区、2个先行示范区。")
        #expect(found.map(\.partOf) == [nil, 0, 0, 0])
        let money = try measures(in: "筹集资金100万元，服务20人，其中政府投入60万元。")
        #expect(money.map(\.partOf) == [nil, nil, 0])
    }

    @Test(arguments: [
        "2021年，全市工作有序推进。",
        "1月13日召开座谈会。",
        "截至2021年12月底。",
        "今年6月实现跨区办理。",
        "时间:2022-01-22发布。",
        "实施“6+3”提标扩面工作。",
        "“十四五”期间稳步推进。",
        "出台市委2号文件。",
        "培育服务“十大新兴产业”的组织。",
        "保障“一老一小”群体。",
        "构建“三治融合”体系。",
        "一是加强设计，二是强化联动。",
        "第一，多方联动。",
        "位列全省第3位。",
        "省第十一次党代会召开。",
        "详见http://mz.ah.gov.cn/xwzx/120804561.html页面。",
        "京ICP备13039793号。",
        "监测发现一批问题。",
        "千方百计解决千家万户的难题。",
        "入选数十个项目库。",
        "推广5G网络。",
        "会上,长治、淮南、七台河等市分别作了交流发言。",
        "依托安徽政务服务网七台河分厅和六安、三门峡的经验。",
    ])
    func nonMeasures(sentence: String) throws {
        #expect(try measures(in: sentence).map(summary) == [])
    }

    @Test func theMeasureInGDPTrillionCitiesIsTheCount() throws {
        #expect(try measures(in: "在新进GDP万亿5个城市中处于前列。").map(summary) == ["5个=5个"])
    }

    @Test func measuresKnowTheirLineColumnAndSentence() throws {
        let found = try measures(in: "第一行没有数字。\n全市建成养老助餐机构294个，日均服务1.2万人次。")
        #expect(found.map(\.line) == [3, 3])
        #expect(found.map(\.column) == [11, 20])
        #expect(found.first?.sentence == "全市建成养老助餐机构294个，日均服务1.2万人次。")
    }
}
