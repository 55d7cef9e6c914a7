import ReportKit
import Testing

/// Numerals that are not figures, each pinned with a sentence quoted from a real report
/// (`Tests/Fixtures/reports`): anniversaries, sessions, phases, decades, relative dates, ranks,
/// names and slogans, vague numbers and denominators.
@Suite struct NonFigureTests {
    @Test(arguments: [
        // anniversaries
        ("世界反法西斯战争胜利80周年纪念活动服务保障。", [String]()),
        // sessions
        ("圆满完成了市十六届人大三次会议确定的目标任务。", []),
        ("按照省委十二届七次、八次全会和省委经济工作会议部署。", []),
        ("按照区委十四届七次全委会议部署。", []),
        // phases
        ("国家会议中心二期、首都国际会展中心正式启用。", []),
        ("完成二期170万平方米供热改造任务。", ["170万平方米=1700000平方米"]),
        // a lone 二 before 次 is “second”
        ("谢尔塔拉墓地二次发掘取得新成果。", []),
        // relative dates and spans
        ("这五年，我们牢记嘱托、锚定蓝图。", []),
        ("五年来，我们牢记嘱托、感恩奋进。", []),
        ("永久基本农田比例达到66.25%，近3年提升21个百分点。", ["66.25%=66.25%", "21个百分点=21个百分点"]),
        ("一般公共预算收入达到1350亿元，3年增长58.6%。", ["1350亿元=135000000000元", "58.6%=58.6%"]),
        ("建设高标准农田2556万亩，相当于前十年总和。", ["2556万亩=25560000亩"]),
        ("连续三年列入计划。", ["三年=3年"]),
        // ranks
        ("人均GDP进入全国前8位。", []),
        // vague
        ("玉米全产业链产值保持两位数增长。", []),
        // names and slogans
        ("认真开展深入贯彻中央八项规定精神学习教育。", []),
        ("坚决贯彻中央八项规定、自治区28条规定。", []),
        ("引导三元、元盛、鼎盛等传统工业企业搬迁。", []),
        ("学前教育毛入园率、九年义务教育巩固率保持较高水平。", []),
        ("二人转“守岛夫妻哨”荣获第19届群星奖。", []),
        ("加快比亚迪、吉利汽车零部件等项目建设。", []),
        ("城乡低保、残疾人两项补贴、孤儿保障等民生政策标准实现提标。", []),
        // the kinds the issue names, in the reports' style
        ("热烈祝贺医院建院70周年。", []),
        ("第十四届人民代表大会第五次会议审议通过。", []),
        ("延续20世纪80年代以来的做法。", []),
        ("10年前启动，三年后建成。", []),
        ("新增两三个试点。", []),
        ("推动三次产业融合，用好两个市场、两种资源，支持三元乳业发展。", []),
        ("经济总量居全国第5位、人均进入前8位。", []),
        ("培育千亿级产业集群，创建5A级景区，新增三级医院。", []),
        ("力争经济总量翻番。", []),
        // denominators
        ("每10万人刑事案件数下降36.9％。", ["36.9％=-36.9%"]),
    ])
    func notFigures(sentence: String, expected: [String]) throws {
        #expect(try measures(in: sentence).map(summary) == expected)
    }
}
