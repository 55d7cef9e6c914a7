import Foundation
import TallyTestSupport
import Testing

/// The language tally speaks, through the binary: the locale and `--lang` choose it, machine
/// formats do not change with it; and the small things every shell has (`--version`, `exit`,
/// numbered `-c` errors, pasted layouts in a pipe).
@Suite struct LanguageTests {
    private let firstSession = [
        "-c", "measures | where kind == money | total by city", "-c", "measures | where cty == 合肥",
    ]

    @Test("LANG=zh_CN.UTF-8: headers, counts, notes, errors and hints in Chinese")
    func chineseLocale() throws {
        let result = try TallyProcess.run(firstSession, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 1)
        #expect(result.output.contains("│ 城市 │ 单位 │") && result.output.contains(" 合计 │ 个数 │"))
        #expect(result.output.contains("3 行\n合计按单位分别计算：不同单位的数字从不相加\n"))
        #expect(result.output.contains("≥ 表示下限"))
        #expect(
            result.error == """
                -c 2:1:18: 错误: 未知的字段 'cty'
                measures | where cty == 合肥
                                 ^~~
                提示: 是不是想写 'city'？

                """)
    }

    @Test("LANG=C.UTF-8 and --lang en: English; --lang zh wins over the locale; LC_ALL before LANG")
    func englishAndTheOption() throws {
        let english = try TallyProcess.run(firstSession, environment: ["LANG": "C.UTF-8"])
        #expect(english.output.contains("│ city │ unit │") && english.output.contains(" total │ count │"))
        #expect(english.error.hasPrefix("-c 2:1:18: error: unknown field 'cty'"))
        let option = try TallyProcess.run(["--lang", "en"] + firstSession, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(option.output == english.output && option.error == english.error)
        let chinese = try TallyProcess.run(["--lang", "zh"] + firstSession, environment: ["LANG": "C.UTF-8"])
        #expect(chinese.output.contains("│ 城市 │"))
        let allWins = try TallyProcess.run(firstSession, environment: ["LANG": "C.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(allWins.output.contains("│ 城市 │"))
        let bad = try TallyProcess.run(["--lang", "fr", "-c", "cities"])
        #expect(bad.status == 2)
    }

    @Test(".lang switches in the middle of a script")
    func langCommand() throws {
        let result = try TallyProcess.run([
            "-c", "cities | take 1", "-c", ".lang zh", "-c", "cities | take 1", "-c", ".lang",
        ])
        #expect(result.output.contains("│ city │ place  │"))
        #expect(result.output.contains("│ 城市 │ 地区   │"))
        #expect(result.output.hasSuffix("1 行\nlang：zh\n"))
    }

    @Test("Machine formats keep their ASCII keys and values in every language")
    func machineFormatsAreStable() throws {
        for format in ["csv", "tsv", "json", "jsonl"] {
            let query = ["--format", format, "-c", "measures | count by kind, approx"]
            let english = try TallyProcess.run(query, environment: ["LANG": "C.UTF-8"])
            let chinese = try TallyProcess.run(query, environment: ["LANG": "zh_CN.UTF-8"])
            #expect(english.status == 0)
            #expect(chinese.output == english.output, "\(format)")
            #expect(english.output.contains("money"))
        }
    }

    @Test("tally --help in Chinese under a Chinese locale; --version")
    func helpAndVersion() throws {
        let chinese = try TallyProcess.run(["--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.output.contains("把中国政府工作报告解析成可以查询、比较和汇总的数字。"))
        #expect(chinese.output.contains("--lang <en|zh>"))
        let english = try TallyProcess.run(["--help"])
        #expect(english.output.contains("Parse Chinese government work reports into figures"))
        let version = try TallyProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test("exit and quit end a script like .quit; a let name spelled quit still runs")
    func exitAndQuit() throws {
        let result = try TallyProcess.run(["-c", "cities | take 1", "-c", "exit", "-c", "units"])
        #expect(result.status == 0)
        #expect(!result.output.contains("unit"))
        let named = try TallyProcess.run(["-c", "let quit = cities", "-c", "quit | count"])
        #expect(named.output.hasSuffix("│     5 │\n└───────┘\n1 row\n"))
    }

    @Test("Piped text pastes as a script: comments, a line ending in and, a line starting with |")
    func pastedLayouts() throws {
        let pasted = """
            # money in 合肥
            measures | where kind == money and
              city == 合肥
            | count
            """
        let result = try TallyProcess.run([], input: pasted)
        #expect(result.status == 0)
        #expect(result.output == "┌───────┐\n│ count │\n├───────┤\n│     1 │\n└───────┘\n1 row\n")
    }
}
