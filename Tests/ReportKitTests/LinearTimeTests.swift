import Foundation
import ReportKit
import TallyTestSupport
import Testing

/// Inputs that were quadratic: many speaker lines in one file (each report's sections and measures
/// searched from the document's first measure) and long runs of numerals or figures in one
/// sentence (long subjects cut one scalar at a time, each figure's clause searched back to the
/// sentence's start). The bounds are generous for a debug build on a busy machine; the quadratic code took minutes
/// (100,000 speaker lines: 138 s in release).
@Suite(.serialized) struct LinearTimeTests {
    /// Parses `text` as one file and loads it into a corpus: the measure count and the report count.
    private static func load(_ text: String) -> (measures: Int, reports: Int) {
        guard let parsed = try? ReportParser.parse(name: "测试市.txt", bytes: Array(text.utf8)).get() else {
            return (-1, -1)
        }
        let corpus = Corpus([parsed])
        return (corpus.measures.count, corpus.reports.count)
    }

    /// Speaker lines, each starting a report of one figure, parsed and loaded within `seconds`.
    private static func loadsSpeakers(_ count: Int, within seconds: Double) throws {
        let names = ["张三丰", "李四光", "王小明", "赵大海"]
        let text = (0..<count).reduce(into: "某市政府工作报告\n\n") { text, index in
            text += "某市人民政府市长 \(names[index % 4])\n地区生产总值增长5.2%。\n"
        }
        let loaded = try #require(finishing(within: seconds) { Self.load(text) })
        #expect(loaded.reports == count)
        #expect(loaded.measures == count)
    }

    /// Quadratic, 20,000 speaker lines took over a minute in a debug build.
    @Test func twentyThousandSpeakerLinesLoadInLinearTime() throws {
        try Self.loadsSpeakers(20_000, within: 20)
    }

    @Test(.slow) func aHundredThousandSpeakerLinesLoadInLinearTime() throws {
        try Self.loadsSpeakers(100_000, within: 60)
    }

    @Test(arguments: ["一二三", "十四五", "百分之一", "一点", "十二点五", "三分之一"])
    func aThreeMegabyteNumeralRunIsScannedInLinearTime(unit: String) throws {
        let text =
            "报告正文。\n" + String(repeating: unit, count: 3_000_000 / unit.utf8.count) + "，累计投入资金4680万元。\n"
        let loaded = try #require(finishing(within: 10) { Self.load(text) })
        #expect(loaded.measures >= 1)
    }

    /// Every figure's clause is searched back a bounded way, not to the start of its sentence.
    @Test(arguments: [("5万人", 60_000), ("一点五万人", 20_000), ("增长5%", 37_500)])
    func aSentenceOfManyFiguresIsReadInLinearTime(unit: String, figures: Int) throws {
        let text = "报告正文。\n" + String(repeating: unit, count: figures) + "。\n"
        let loaded = try #require(finishing(within: 20) { Self.load(text) })
        #expect(loaded.measures > figures * 9 / 10)
    }
}
