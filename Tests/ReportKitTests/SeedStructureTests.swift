import ReportKit
import Testing

/// The outline of the seed: metadata, lead, five reports with place, speaker, role and title, and
/// their numbered sections.
@Suite struct SeedStructureTests {
    @Test func metadataAndLead() throws {
        let corpus = try SeedCorpus.load()
        let metadata = try #require(corpus.documents.first).metadata
        #expect(metadata.title == "踔厉奋发笃行不怠在奋进新征程中努力展现更大作为")
        #expect(metadata.source == "安徽省民政厅")
        #expect(metadata.author == "佚名")
        #expect(metadata.date == "2022-01-22")
        #expect(metadata.link == "http://mz.ah.gov.cn/xwzx/mzyw/120804561.html")
        #expect(corpus.documents.first?.lead == "1月13日,省民政厅召开全省民政工作座谈会。会上,合肥、蚌埠、阜阳、安庆、黄山等市分别作了交流发言。")
    }

    @Test func fiveReportsWithPlaceSpeakerRoleAndTitle() throws {
        let corpus = try SeedCorpus.load()
        #expect(corpus.reports.map(\.city) == ["合肥", "蚌埠", "阜阳", "安庆", "黄山"])
        #expect(corpus.reports.map(\.place) == ["合肥市", "蚌埠市", "阜阳市", "安庆市", "黄山市"])
        #expect(corpus.reports.map(\.speaker) == ["刘卫宝", "张晓静", "郑久坤", "吕栋", "张正竹"])
        #expect(
            corpus.reports.map(\.role) == [
                "合肥市人民政府副市长", "蚌埠市委常委、统战部部长", "阜阳市人民政府副市长", "安庆市委常委、副市长", "黄山市人民政府副市长",
            ])
        #expect(
            corpus.reports.map(\.title) == [
                "聚焦需求 着力提升民生服务保障水平",
                "加强民政自身建设 服务经济社会发展大局",
                "强化制度建设 多措组合发力 全面推进社会组织规范化建设",
                "聚焦低收入人口 强化高水平保障 助力乡村振兴战略有效实施",
                "创意创新 夯实基础 持续激发基层社会治理澎湃动力",
            ])
    }

    @Test func numberedSectionsPerReport() throws {
        let corpus = try SeedCorpus.load()
        let numbered = corpus.reports.map { report in corpus.sections[report.sections].filter { $0.level > 0 }.count }
        #expect(numbered == [4, 3, 3, 3, 5])
        let huangshan = try #require(corpus.reports.last)
        let headings = huangshan.sections.filter { corpus.sections[$0].level == 1 }.map(corpus.heading(ofSection:))
        #expect(
            headings == [
                "“小改革”推动政府服务大提升", "“建智库”搭建创新研究新高地", "“退一步”让出平安和谐大环境", "“乡贤+”加出乡村治理新路径",
                "“积分制”激活群众自治大能量",
            ])
        let hefei = try #require(corpus.reports.first)
        #expect(corpus.sections[hefei.sections].map(\.path) == ["0", "1", "2", "3", "4"])
        #expect(corpus.sections[hefei.sections].dropFirst().map(\.label) == ["一、", "二、", "三、", "四、"])
    }

    @Test func measuresPerReportAndSentencesHoldThem() throws {
        let corpus = try SeedCorpus.load()
        #expect(corpus.reports.map(\.measures.count) == [15, 24, 8, 46, 9])
        let first = corpus.measure(0)
        #expect(first.section == "1")
        #expect(first.heading == "服务为老助餐,品味晚年幸福")
        #expect(first.sentence.hasPrefix("一是加强顶层设计"))
        #expect(first.line == 20)
    }

    @Test func boilerplateStaysOutOfReports() throws {
        let corpus = try SeedCorpus.load()
        let text = (0..<corpus.sentences.count).map(corpus.sentenceText).joined()
        for word in ["免责声明", "ICP", "联系电话", "当前所在", "邮箱", "北京国信", "原文链接"] {
            #expect(!text.contains(word), "\(word)")
        }
    }
}
