import Foundation
import ReportKit
import Testing

/// The structure of real reports of every level: place as people say it, speaker, date and year,
/// each rule pinned with a line quoted from a published report.
@Suite struct RealReportStructureTests {
    private func reports(_ text: String, name: String = "x.txt") throws -> [Report] {
        Corpus([try ReportParser.parse(name: name, bytes: Array(text.utf8)).get()]).reports
    }

    private func report(_ text: String) throws -> Report {
        try #require(try reports(text).first)
    }

    /// A body paragraph for the examples.
    private let body = "各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n地区生产总值增长5.2%。\n"

    @Test func aBareOfficeTakesThePlaceFromTheTitle() throws {
        let report = try report(
            "2026年吉林省政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n来源：吉林日报\n时间：2026-02-01\n省长 胡玉亭\n" + body)
        #expect(report.city == "吉林")
        #expect(report.place == "吉林省")
        #expect(report.speaker == "胡玉亭")
        #expect(report.role == "省长")
        #expect(report.date == "2026-01-27")
        #expect(report.year == 2026)
        #expect(report.title == "2026年吉林省政府工作报告")
    }

    @Test func aRegionIsNeverTheBareLevelWord() throws {
        let report = try report(
            "2026年内蒙古自治区政府工作报告\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上\n来源：内蒙古日报\n时间：2026-02-12\n自治区人民政府主席 包钢\n自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄\n"
                + body)
        #expect(report.city == "内蒙古")
        #expect(report.place == "内蒙古自治区")
        #expect(report.speaker == "包钢")
        #expect(report.date == "2026-02-04")
    }

    @Test func aRegionNamedWithItsPeopleIsSaidWithoutThem() throws {
        let report = try report("2026年宁夏回族自治区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n来源：\n宁夏日报客户端\n自治区人民政府主席 张雨浦\n" + body)
        #expect(report.city == "宁夏")
        #expect(report.date == "2026-02-09")
        #expect(report.year == 2026)
    }

    @Test func aMunicipalityIsSaidWithoutItsSuffix() throws {
        let report = try report("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇\n" + body)
        #expect(report.city == "北京")
        #expect(report.place == "北京市")
        #expect(report.role == "北京市市长")
    }

    @Test func theSpeakerMayShareTheMeetingLine() throws {
        let text =
            "陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n首页\n>\n政府信息公开\n>\n省政府工作报告\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n时间：\n2026-02-02 09:20\n来源：\n陕西省人民政府\n分享:\n省长赵刚作政府工作报告\n"
            + body
        let found = try reports(text)
        #expect(found.count == 1)
        #expect(found.first?.city == "陕西")
        #expect(found.first?.speaker == "赵刚")
        #expect(found.first?.role == "陕西省省长")
        #expect(found.first?.date == "2026-01-27")
        #expect(found.first?.title == "陕西省2026年政府工作报告")
    }

    @Test func aBareNameTakesItsOfficeFromTheCaption() throws {
        let report = try report(
            "2026年湖南省政府工作报告\n来源：湖南日报\n时间：2026-02-24\n毛伟明\n2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄\n"
                + body)
        #expect(report.speaker == "毛伟明")
        #expect(report.role == "省长")
        #expect(report.city == "湖南")
        #expect(report.date == "2026-02-24")
    }

    @Test func aMeetingLineBrokenInTwoAndDatesInChineseNumerals() throws {
        let guangdong = try report("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n" + body)
        #expect(guangdong.date == "2026-01-26")
        #expect(guangdong.city == "广东")
        let gansu = try report("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤\n" + body)
        #expect(gansu.date == "2026-01-27")
        let guizhou = try report("政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n" + body)
        #expect(guizhou.place == "贵州省")
        #expect(guizhou.city == "贵州")
        #expect(guizhou.date == "2026-01-27")
    }

    @Test func aBareDateLineIsThePublishedDate() throws {
        let report = try report("2026年四川省人民政府工作报告\n2026年02月10日 07时41分\n来源:\n四川日报\n四川省人民政府省长 施小琳\n" + body)
        #expect(report.date == "2026-02-10")
        #expect(report.city == "四川")
    }

    @Test func aNameWithASpaceInsideIsOneName() throws {
        #expect(try report("政 府 工 作 报 告\n--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n海拉尔区人民政府区长　　杜联合\n" + body).speaker == "杜联合")
        #expect(try report("2026年吉林省政府工作报告\n省长　王　勇\n" + body).speaker == "王勇")
        let hailar = try report("政 府 工 作 报 告\n\n　　--2014年2月19日在海拉尔区第十四届人民代表大会第三次会议上\n\n　　海拉尔区人民政府区长　　杜联合\n" + body)
        #expect(hailar.title == "政府工作报告")
        #expect(hailar.city == "海拉尔区")
        #expect(hailar.date == "2014-02-19")
        #expect(hailar.year == 2014)
    }

    @Test func bodiesKeepTheirNameOrTheirPlace() throws {
        #expect(try report("最高人民法院工作报告\n最高人民法院院长 张军\n" + body).city == "最高人民法院")
        #expect(try report("四川省高级人民法院工作报告\n四川省高级人民法院院长 王树江\n" + body).city == "四川")
        #expect(try report("工作报告\n合肥市民政局局长 李明\n" + body).city == "合肥")
    }

    @Test func nothingNamesThePlace() throws {
        let text = "政府工作报告\n来源：本报\n主任 王明\n" + body
        let corpus = Corpus([try ReportParser.parse(name: "x.txt", bytes: Array(text.utf8)).get()])
        #expect(corpus.reports.first?.place == "")
        #expect(corpus.reports.first?.city == "")
        #expect(
            PlaceWarning.messages(for: corpus) == [
                "x.txt:3:1: warning: no place found for the report of 王明; give the file a title that names it"
            ])
    }

    @Test func pageChromeAndCaptionsAreNoReportText() throws {
        let text =
            "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年北京市政府工作报告\n来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n殷勇同志作政府工作报告。本报记者 戴冰摄\n"
            + body
        let corpus = Corpus([try ReportParser.parse(name: "x.txt", bytes: Array(text.utf8)).get()])
        let bare = Corpus([try ReportParser.parse(name: "x.txt", bytes: Array(("北京市市长 殷勇\n" + body).utf8)).get()])
        #expect(corpus.measures.count == bare.measures.count)
        #expect(corpus.reports.first?.title == "2026年北京市政府工作报告")
        #expect(corpus.reports.first?.date == "2026-02-02")
    }

    @Test func speakerDetectionIsLinear() throws {
        let text = String(repeating: "合肥市人民政府副市长 刘卫宝\n", count: 100_000)
        let start = ContinuousClock.now
        _ = try reports(text)
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    // MARK: - Fixtures

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    @Test(arguments: [
        ("neimenggu-2026", "内蒙古", "包钢", "2026-02-04", 2026),
        ("beijing-2026", "北京", "殷勇", "2026-01-25", 2026),
        ("jilin-2026", "吉林", "胡玉亭", "2026-01-27", 2026),
        ("shaanxi-2026", "陕西", "赵刚", "2026-01-27", 2026),
        ("hailar-2014", "海拉尔区", "杜联合", "2014-02-19", 2014),
        ("hailar-2015", "海拉尔区", "杜联合", "2015-02-05", 2015),
    ])
    func fixture(name: String, city: String, speaker: String, date: String, year: Int) throws {
        let path = Self.fixtures + "/reports/\(name).txt"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let reports = Corpus([try ReportParser.parse(name: path, bytes: bytes).get()]).reports
        #expect(reports.count == 1)
        #expect(reports.first?.city == city)
        #expect(reports.first?.speaker == speaker)
        #expect(reports.first?.date == date)
        #expect(reports.first?.year == year)
    }
}

/// Sections of real reports: closing paragraphs and headings printed without a marker.
@Suite struct RealReportSectionTests {
    private func sections(of text: String) throws -> (corpus: Corpus, sectionOfLine: [Int: String]) {
        let corpus = Corpus([try ReportParser.parse(name: "x.txt", bytes: Array(text.utf8)).get()])
        var sectionOfLine: [Int: String] = [:]
        for index in 0..<corpus.measures.count {
            let measure = corpus.measure(index)
            sectionOfLine[measure.line] = measure.section
        }
        return (corpus, sectionOfLine)
    }

    @Test func aClosingParagraphAfterRunInSubsectionsBelongsToTheEnclosingSection() throws {
        let text = """
            省长 赵刚
            一、2025年工作回顾
            （一）聚焦扩大内需，确保经济平稳运行。固定资产投资增长3%。
            （二）强化科技创新，建设现代化产业体系。技术合同成交额增长12%。
            （三）推动城乡融合，促进百姓共同富裕。农村居民收入增长6.1%。
            （四）防范化解风险，维护社会和谐稳定。安全事故下降8%。
            过去一年，我们扎实开展深入贯彻中央八项规定精神学习教育，压减会议文件15%。
            二、2026年工作安排
            地区生产总值增长5%左右。
            """
        let (_, section) = try sections(of: text)
        #expect(section[6] == "1.4")
        #expect(section[7] == "1")
        #expect(section[9] == "2")
    }

    @Test func aParagraphAddressingTheCongressSpeaksForTheWholePart() throws {
        let text = """
            市长 胡衡华
            一、2025年和“十四五”时期工作回顾
            （一）着力推动“四稳”政策落地
            全力稳预期，工业投资增长22.1%。
            各位代表！透过2025回望“十四五”，地区生产总值年均增长5.8%。
            """
        let (_, section) = try sections(of: text)
        #expect(section[4] == "1.1")
        #expect(section[5] == "1")
    }

    @Test func aShortBareLineBetweenParagraphsIsAHeading() throws {
        let text = """
            自治区人民政府主席 包钢
            各位代表：
            现在，我代表自治区人民政府向大会报告工作，请予审议，并请各位政协委员和列席同志提出意见。
            “十四五”时期发展成就和2025年工作回顾
            “十四五”时期内蒙古发展历程极不平凡，经济总量达到2.67万亿元，人均GDP进入全国前8位。
            """
        let (corpus, section) = try sections(of: text)
        #expect(corpus.sections.indices.map(corpus.heading(ofSection:)) == ["", "“十四五”时期发展成就和2025年工作回顾"])
        #expect(section[5] == "1")
    }
}
