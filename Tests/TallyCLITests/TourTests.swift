import Foundation
import TallyTestSupport
import Testing

/// The tours of `scripts/` as a presenter gives them: `tally --step` through the real binary, every
/// step fitting an 80×24 terminal, and the handout of the Chinese tour compared with its expected
/// file (`Tests/Fixtures/transcripts/导览.md`; regenerate with
/// `yes '' | head -40 | LC_ALL=zh_CN.UTF-8 COLUMNS=80 tally --step scripts/导览.tally --transcript FILE`).
@Suite struct TourTests {
    /// The walk of the tour `name` with Enter pressed for every step, at 80 columns.
    private func walk(_ name: String, chinese: Bool, extra: [String] = []) throws -> TallyProcess.Result {
        try TallyProcess.run(
            ["--step", "scripts/" + name] + extra, input: String(repeating: "\n", count: 40),
            environment: ["COLUMNS": "80", "LC_ALL": chinese ? "zh_CN.UTF-8" : "C.UTF-8"],
            directory: TallyProcess.repository)
    }

    @Test(arguments: [("tour.tally", false), ("导览.tally", true)])
    func everyStepFitsEightyByTwentyFour(_ name: String, chinese: Bool) throws {
        let result = try walk(name, chinese: chinese)
        #expect(result.status == 0)
        let steps = result.output.components(separatedBy: "\n── ").dropFirst()
        #expect(steps.count == 23)
        for step in steps {
            let lines = step.split(separator: "\n", omittingEmptySubsequences: false)
            // The step's lines, the blank line before it and the prompt after it.
            #expect(lines.count + 1 <= 24, "\(lines.first ?? "") takes \(lines.count + 1) rows")
            for line in lines {
                #expect(columns(line) <= 80, "wider than 80 columns: \(line)")
            }
        }
        for line in result.error.split(separator: "\n") {
            #expect(columns(line) <= 80, "wider than 80 columns: \(line)")
        }
    }

    @Test func theChineseTourSpeaksChineseAndShowsTheRulesThatMatter() throws {
        let result = try walk("导览.tally", chinese: true)
        #expect(result.output.contains("逐步演示 scripts/导览.tally：共 23 步。"))
        #expect(result.output.contains("── 第 8 步，共 23 步 · “其中”不重复计算 ──"))
        #expect(result.output.contains("2 个分项（其中…）未重复相加"))
        #expect(result.error.contains("错误: sum 涉及不同的单位"))
        #expect(result.error.contains("提示: 是不是想写 'city'？"))
        #expect(result.output.contains("已载入 1 份文件"))
        #expect(result.output.contains("合肥 · 2 抬高保障底线,传递城市温度 · 第 24 行"))
        #expect(!result.output.contains("直接运行"))
        #expect(!result.output.contains("先说明数据来源"))
        #expect(result.output.hasSuffix("scripts/导览.tally 演示完毕。\n"))
    }

    @Test func theHandoutOfTheChineseTourIsItsExpectedFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("讲义.md").path
            let result = try walk("导览.tally", chinese: true, extra: ["--transcript", path])
            #expect(result.status == 0)
            let expectedPath = TallyProcess.repository.appendingPathComponent("Tests/Fixtures/transcripts/导览.md")
            let handout = try String(contentsOfFile: path, encoding: .utf8)
            #expect(handout == (try String(contentsOf: expectedPath, encoding: .utf8)))
            #expect(!handout.contains("┌"))
            #expect(handout.contains("| city | unit | total | count |"))
        }
    }
}

/// The columns `text` takes on a terminal: two for each wide (CJK, full-width) character.
func columns(_ text: Substring) -> Int {
    let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]
    return text.unicodeScalars.reduce(0) { sum, scalar in
        sum + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
    }
}
