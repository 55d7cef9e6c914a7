import ReportKit
import Testing

/// Speaker lines beyond the seed's five cities: provinces, districts, banners and bodies.
@Suite struct SpeakerAndPlaceTests {
    private func report(speakerLine: String, source: String = "安徽省民政厅") throws -> Report {
        let text = """
            民政工作座谈会
            来源:\(source) 时间:2022-01-22

            推进高质量发展
            \(speakerLine)
            全市建成养老机构12个。
            """
        let corpus = Corpus([try ReportParser.parse(name: "x.txt", bytes: Array(text.utf8)).get()])
        return try #require(corpus.reports.first)
    }

    @Test(arguments: [
        ("合肥市人民政府副市长 刘卫宝", "合肥市", "合肥", "合肥市人民政府副市长", "刘卫宝"),
        ("蚌埠市委常委、统战部部长 张晓静", "蚌埠市", "蚌埠", "蚌埠市委常委、统战部部长", "张晓静"),
        ("呼伦贝尔市海拉尔区人民政府代区长 萨国文", "呼伦贝尔市海拉尔区", "海拉尔区", "呼伦贝尔市海拉尔区人民政府代区长", "萨国文"),
        ("内蒙古自治区民政厅厅长 王军", "内蒙古自治区", "内蒙古", "内蒙古自治区民政厅厅长", "王军"),
        ("歙县人民政府县长 李明", "歙县", "歙县", "歙县人民政府县长", "李明"),
        ("鄂温克族自治旗旗长 巴特尔", "鄂温克族自治旗", "鄂温克族自治旗", "鄂温克族自治旗旗长", "巴特尔"),
        ("省人民政府省长 王清宪", "安徽省", "安徽", "省人民政府省长", "王清宪"),
        ("合肥市中级人民法院院长 张强", "合肥市", "合肥", "合肥市中级人民法院院长", "张强"),
        ("长治市人民政府副市长 王明", "长治市", "长治", "长治市人民政府副市长", "王明"),
        ("常州市委常委、副市长 李华", "常州市", "常州", "常州市委常委、副市长", "李华"),
        ("七台河市人民政府市长 赵刚", "七台河市", "七台河", "七台河市人民政府市长", "赵刚"),
    ])
    func speakerLines(line: String, place: String, city: String, role: String, name: String) throws {
        let report = try report(speakerLine: line)
        #expect(report.place == place)
        #expect(report.city == city)
        #expect(report.role == role)
        #expect(report.speaker == name)
        #expect(report.title == "推进高质量发展")
    }

    @Test func aDocumentWithoutSpeakerLinesIsOneReportPlacedByItsTitle() throws {
        let text = "黄山市2021年政府工作报告\n\n一、过去一年\n全市建成调解工作室1082个。\n二、今年安排\n新建村级服务站20个。\n"
        let corpus = Corpus([try ReportParser.parse(name: "report.txt", bytes: Array(text.utf8)).get()])
        #expect(corpus.reports.count == 1)
        #expect(corpus.reports.first?.city == "黄山")
        #expect(corpus.reports.first?.speaker == "")
        #expect(corpus.sections.map(\.path) == ["0", "1", "2"])
        #expect(corpus.measures.count == 2)
    }

    @Test func headingLevelsAndRunInHeadings() throws {
        let text = """
            报告正文开始。
            一、总体情况
            （一）养老服务
            1.助餐工程。建成助餐点20个。
            (二)社会救助
            2、临时救助。救助135人次。
            二、“小改革”推动大提升。率先建成中心105个。
            一是加强设计，第一,多方联动。
            """
        let corpus = Corpus([try ReportParser.parse(name: "阜阳市.txt", bytes: Array(text.utf8)).get()])
        #expect(corpus.sections.map(\.path) == ["0", "1", "1.1", "1.1.1", "1.2", "1.2.1", "2"])
        #expect(corpus.sections.map(\.level) == [0, 1, 2, 3, 2, 3, 1])
        #expect(
            corpus.sections.indices.map(corpus.heading(ofSection:)) == [
                "", "总体情况", "养老服务", "助餐工程", "社会救助", "临时救助", "“小改革”推动大提升",
            ])
        #expect((0..<corpus.measures.count).map { corpus.measure($0).section } == ["1.1.1", "1.2.1", "2"])
    }
}
