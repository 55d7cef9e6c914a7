import Foundation
import TallyTestSupport
import Testing

/// `tally parse` through the real binary.
@Suite struct ParseCommandTests {
    @Test func jsonLinesHaveOneFlatMeasurePerLine() throws {
        let result = try TallyProcess.run(["parse", "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 102)
        let first = try #require(lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "doc", "city", "speaker", "role", "title", "date", "year", "report", "section", "heading", "level",
                "value", "high", "unit", "kind", "approx", "implied", "part_of", "change", "basis", "period", "target",
                "subject", "indicator", "raw", "line", "column", "sentence",
            ])
        #expect(object["city"] as? String == "合肥")
        #expect(object["value"] as? Double == 46_800_000)
        #expect(object["unit"] as? String == "元")
        #expect(object["implied"] as? Bool == false)
        #expect(first.hasPrefix(#"{"doc":"anhui-minzheng-2022-01-22.txt","city":"合肥","speaker":"刘卫宝","#))
    }

    @Test func jsonIsTheWholeTree() throws {
        let result = try TallyProcess.run(["parse", "--format", "json"])
        #expect(result.status == 0)
        let documents = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let reports = try #require(documents.first?["reports"] as? [[String: Any]])
        #expect(reports.map { $0["city"] as? String } == ["合肥", "蚌埠", "阜阳", "安庆", "黄山"])
        let sections = try #require(reports.first?["sections"] as? [[String: Any]])
        #expect(sections.count == 5)
    }

    @Test func tableShowsTheOutlineWithAlignedChinese() throws {
        let result = try TallyProcess.run(["parse", "--format", "table"], environment: ["COLUMNS": "200"])
        #expect(result.status == 0)
        #expect(result.output.contains("│ 刘卫宝  │ 合肥市人民政府副市长     │ 聚焦需求 着力提升民生服务保障水平"))
        #expect(result.output.contains("│ 合肥 │ 1       │    4,680万元 │ 4680万元 "))
        #expect(result.output.contains("│ 2021      │ false  │ 建设运营资金 "))
    }

    @Test func badFilesAreListedWithTheirReasonAndTheRestLoads() throws {
        try withTemporaryFolder { folder in
            try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("binary.txt"))
            try Data("黄山市报告\n全市建成调解工作室1082个。\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
            let result = try TallyProcess.run(["parse", "--format", "jsonl", folder.path])
            #expect(result.status == 1)
            #expect(result.error.contains("binary.txt:1:1: error: not a text file: binary data at byte offset 0"))
            #expect(result.output.split(separator: "\n").count == 1)
        }
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let result = try TallyProcess.run(["parse", "no-such-report.txt"])
        #expect(result.status == 1)
        #expect(result.error.contains("no-such-report.txt:1:1: error: cannot open: no such file or directory"))
    }
}
