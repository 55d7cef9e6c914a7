import Foundation
import TallyTestSupport
import Testing

/// The interactive shell for its Chinese users, in a real terminal (tmux): a first session wholly
/// in Chinese or wholly in English by the locale, tables that fit 80 and 60 columns, pasted blocks,
/// Ctrl-D at a continuation prompt, and `exit`. Every wait has a timeout.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ChineseShellTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// tally in a new `width`×`height` terminal under `LANG=lang`, with its history in the scratch folder.
    private func startShell(lang: String, width: Int = 100, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc", width: width, height: height,
            environment: [
                "LANG": lang, "NO_COLOR": "1",
                "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
        try session.waitFor(">")
        return session
    }

    /// Runs `command` at the prompt and waits for the prompt after its output.
    @discardableResult
    private func run(_ command: String, in shell: TmuxSession, until marker: String) throws -> String {
        try shell.send(text: command)
        try shell.press("Enter")
        return try shell.waitFor(marker)
    }

    @Test("LANG=zh_CN.UTF-8: banner, help, a query, an error and a total with its notes, all in Chinese")
    func chineseFirstSession() throws {
        let shell = try startShell(lang: "zh_CN.UTF-8")
        let banner = try shell.waitFor("输入 help 开始。")
        #expect(banner.contains("tally — 1 份文件（2022）中的 5 篇报告：合肥 蚌埠 阜阳 安庆 黄山（102 个数字）。输入 help 开始。"))
        #expect(banner.contains("tally (1 份文件, 2022)>"))
        try run("help", in: shell, until: "外壳命令：")
        try shell.press("C-l")
        let query = try run("数据 | 筛选 城市 == 合肥 且 类别 == 金额", in: shell, until: "1 行")
        #expect(query.contains("│ 城市 │ 章节号 │ 事项"))
        let error = try run("measures | where cty == 合肥", in: shell, until: "提示: 是不是想写 'city'？")
        #expect(error.contains("<command>:1:18: 错误: 未知的字段 'cty'"))
        let total = try run("measures | where kind == money | total by city", in: shell, until: "≥ 表示下限")
        #expect(total.contains("合计按单位分别计算：不同单位的数字从不相加"))
        #expect(total.contains("│ 城市 │ 单位 │"))
        let screen = try shell.screen()
        for english in ["error:", "hint:", " rows", "totals are", "figures", "marks a lower bound", "Type help"] {
            #expect(!screen.contains(english), "English word on a Chinese screen: \(english)")
        }
    }

    @Test("LANG=C.UTF-8: the same session in English")
    func englishFirstSession() throws {
        let shell = try startShell(lang: "C.UTF-8")
        let banner = try shell.waitFor("Type help to begin.")
        #expect(banner.contains("5 reports in 1 document (2022)"))
        try run("help", in: shell, until: "Shell commands:")
        try shell.press("C-l")
        let total = try run("measures | where kind == money | total by city", in: shell, until: "≥ marks a lower bound")
        #expect(total.contains("totals are per unit"))
        let error = try run("measures | where cty == 合肥", in: shell, until: "hint: did you mean 'city'?")
        #expect(error.contains("error: unknown field 'cty'"))
        #expect(!error.contains("错误") && !error.contains("合计"))
    }

    @Test("compare cities is wider than 80 and 60 columns: one record per block, no line wider than the window")
    func wideTablesExpand() throws {
        for width in [80, 60] {
            let shell = try startShell(lang: "C.UTF-8", width: width, height: 24)
            try shell.press("C-l")
            let screen = try run("compare cities | take 1", in: shell, until: "1 row")
            #expect(screen.contains("─[ 1 ]"))
            #expect(screen.contains("kind   │ money"))
            #expect(screen.contains("合肥   │ 4,680万元"))
            #expect(!screen.contains("┌"))
            #expect(!screen.contains("…"))
            #expect(screen.split(separator: "\n").allSatisfy { columns($0) <= width })
            try run(".expanded off", in: shell, until: "> .expanded off\ntally")
            let boxed = try run("cities", in: shell, until: "5 rows")
            #expect(boxed.contains("┌"))
        }
    }

    @Test("A pasted block with comments, a line ending in and and lines starting with | runs as from a file")
    func pastedBlock() throws {
        let shell = try startShell(lang: "C.UTF-8")
        try shell.paste(
            """
            # the money of 合肥
            measures
              | where kind == money and
                city == 合肥
              | count

            """)
        let screen = try shell.waitFor("1 row")
        #expect(screen.contains("│     1 │"))
        #expect(!screen.contains("error"))
        #expect(!screen.contains("102 rows"))
    }

    @Test("Ctrl-D at a continuation prompt says what it drops and goes on; exit leaves")
    func controlDAtContinuation() throws {
        let shell = try startShell(lang: "C.UTF-8")
        try shell.send(text: "measures |")
        try shell.press("Enter")
        try shell.waitFor("...>")
        try shell.press("C-d")
        try shell.waitFor("dropped the unfinished command: measures |")
        try run("cities | count", in: shell, until: "1 row")
        try shell.send(text: "exit")
        try shell.press("Enter")
        #expect(try shell.waitForExit() == 0)
    }
}
