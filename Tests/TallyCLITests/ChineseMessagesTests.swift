import Foundation
import TallyTestSupport
import Testing

/// The texts that used to be written in English in the code, now in the catalogue, through the
/// binary with `--lang zh`: the loader's and the decoder's errors, the system's reasons, `tally
/// parse` and `tally export`, safe mode's `.save`, the parser's words, the history's warnings and
/// the labels of the line a figure is on (Chinese on the screen, the same in CSV in every language).
@Suite struct ChineseMessagesTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
        try Data([0x61, 0x62, 0x00, 0x63]).write(to: scratch.url.appendingPathComponent("binary.txt"))
        try Data([0x61, 0x62, 0x63, 0xFF, 0xFE, 0x0A]).write(to: scratch.url.appendingPathComponent("broken.txt"))
        let noPlace = "政府工作报告\n来源：本报\n主任 王明\n各位代表：\n一、2025年工作回顾\n地区生产总值增长5.2%。\n"
        try Data(noPlace.utf8).write(to: scratch.url.appendingPathComponent("noplace.txt"))
    }

    /// tally with `arguments` in the scratch folder.
    private func run(_ arguments: [String]) throws -> TallyProcess.Result {
        try TallyProcess.run(arguments, directory: scratch.url)
    }

    @Test("A missing --data file: the loader's error and the system's reason in Chinese")
    func missingDataFile() throws {
        let result = try run(["--lang", "zh", "--data", "missing.txt", "-c", "cities"])
        #expect(result.status == 1)
        #expect(result.error == "missing.txt:1:1: 错误: 无法打开：没有这个文件或文件夹\ntally: 错误: 没有载入任何报告\n")
        let english = try run(["--data", "missing.txt", "-c", "cities"])
        #expect(
            english.error
                == "missing.txt:1:1: error: cannot open: no such file or directory\ntally: error: no reports were loaded\n"
        )
    }

    @Test("A binary file and a file in no encoding as reports: the decoder's errors in Chinese")
    func decodingErrors() throws {
        let binary = try run(["--lang", "zh", "--data", "binary.txt", "-c", "cities"])
        #expect(binary.error == "binary.txt:1:3: 错误: 不是文本文件：字节偏移 2 处是二进制数据\ntally: 错误: 没有载入任何报告\n")
        let broken = try run(["--lang", "zh", "--data", "broken.txt", "-c", "cities"])
        #expect(
            broken.error == """
                broken.txt:1:4: 错误: 不是文本文件：字节偏移 3 处的字节 0xFF 无效（按 UTF-8 读取；UTF-8 和 GB18030 都不符合）
                tally: 错误: 没有载入任何报告

                """)
    }

    @Test("A folder that links to itself: the loop is named in Chinese")
    func folderLoop() throws {
        let folder = scratch.url.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("again").path, withDestinationPath: ".")
        let result = try run(["--lang", "zh", "--data", "loop", "-c", "cities"])
        #expect(result.error.hasPrefix("loop/again:1:1: 错误: 已跳过：这个文件夹已经访问过（符号链接形成了循环）\n"))
    }

    @Test("tally parse: a binary file's error and a report without a place, in Chinese")
    func parseCommand() throws {
        let binary = try run(["parse", "--lang", "zh", "binary.txt"])
        #expect(binary.status == 1)
        #expect(binary.error == "binary.txt:1:3: 错误: 不是文本文件：字节偏移 2 处是二进制数据\n")
        let noPlace = try run(["parse", "--lang", "zh", "noplace.txt"])
        #expect(noPlace.error == "noplace.txt:3:1: 警告: 找不到王明所作报告的地名；请给文件加一个写明地名的标题\n")
    }

    @Test("tally export to a folder: cannot write, in Chinese")
    func exportToAFolder() throws {
        try FileManager.default.createDirectory(
            at: scratch.url.appendingPathComponent("out.sqlite"), withIntermediateDirectories: false)
        let result = try run(["export", "--lang", "zh", "--sqlite", "out.sqlite"])
        #expect(result.status == 1)
        #expect(result.error == "tally: 错误: 无法写入 out.sqlite：SQLite 数据库必须是普通文件\n")
    }

    @Test("Safe mode refuses .save in the same words as .output and .once")
    func safeSave() throws {
        let chinese = try run(["--lang", "zh", "--safe", "-c", ".save x.sqlite"])
        #expect(chinese.error.hasPrefix("<command>:1:7: 错误: '.save x.sqlite' 会写文件：安全模式下拒绝执行\n"))
        let english = try run(["--safe", "-c", ".save x.sqlite"])
        #expect(
            english.error.hasPrefix("<command>:1:7: error: '.save x.sqlite' would write a file: refused in safe mode\n")
        )
    }

    @Test("The parser's words: a field as a source, a missing condition, an open string, a stray ')'")
    func parserWords() throws {
        let cases = [
            ("city", "<command>:1:1: 错误: 'city' 是字段，不是来源"),
            ("measures | cities", "<command>:1:12: 错误: 'cities' 是来源，不是动词"),
            ("measures | where", "<command>:1:17: 错误: 'where' 之后应有一个条件"),
            ("measures | where city == \"abc", "<command>:1:26: 错误: 字符串没有结束"),
            ("measures | take 1 )", "<command>:1:19: 错误: 意外的 ')'"),
        ]
        for (command, first) in cases {
            let result = try run(["--lang", "zh", "-c", command])
            #expect(result.error.hasPrefix(first + "\n"), "\(command)")
        }
    }

    @Test("Bad usage: ArgumentParser's error, help and see-also lines in Chinese; the same words in English")
    func usageErrors() throws {
        let missing = try run(["--lang", "zh", "--data"])
        #expect(missing.status == 2)
        let lines = missing.error.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "错误: '--data <path>' 缺少值")
        #expect(lines.dropFirst().first?.hasPrefix("说明:  --data <path>  代替自带示例载入的报告文件或文件夹") == true)
        #expect(missing.error.hasSuffix("\n  详见 'tally shell --help'。\n"))
        let unknown = try run(["--lang", "zh", "--bogus"])
        #expect(unknown.error.hasPrefix("错误: 未知的选项 '--bogus'。是不是想写 '--bom'？\n"))
        let english = try run(["--bogus"])
        #expect(english.error.hasPrefix("Error: Unknown option '--bogus'. Did you mean '--bom'?\n"))
        #expect(english.error.hasSuffix("\n  See 'tally shell --help' for more information.\n"))
    }

    @Test("Labels read 第N行 in a Chinese table; CSV keeps one text in every language")
    func documentLabels() throws {
        let hailar = TallyProcess.repository.appendingPathComponent("seeds/hailar").path
        let query = "targets | take 1 | select indicator, planned_in, reported_in"
        let table = try run(["--lang", "zh", "--data", hailar, "-c", query])
        #expect(table.output.contains("│ 地区生产总值 │ 海拉尔区 2012，第47行 │ 海拉尔区 2013，第13行 │"))
        let english = try run(["--data", hailar, "-c", query])
        #expect(english.output.contains("│ 地区生产总值 │ 海拉尔区 2012, line 47 │ 海拉尔区 2013, line 13 │"))
        let csv = try run(["--lang", "zh", "--data", hailar, "--format", "csv", "-c", query])
        #expect(
            csv.output == "indicator,planned_in,reported_in\n地区生产总值,\"海拉尔区 2012, line 47\",\"海拉尔区 2013, line 13\"\n")
        #expect(try run(["--data", hailar, "--format", "csv", "-c", query]).output == csv.output)
    }
}

/// The history's warnings in Chinese, in a real terminal (tmux): a history folder that cannot be
/// made because a file is in the way, and a history path that is a folder.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ChineseHistoryWarningTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// The first screen of the shell under `LANG=zh_CN.UTF-8` with its history at `history`.
    private func firstScreen(history: String) throws -> String {
        let shell = try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc", width: 200, height: 10,
            environment: [
                "LANG": "zh_CN.UTF-8", "NO_COLOR": "1", "TALLY_HISTORY": history,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
        return try shell.waitFor("历史记录将不会保存")
    }

    @Test("A file where the history folder should be: cannot create it, in Chinese")
    func folderBlocked() throws {
        let blocker = scratch.url.appendingPathComponent("blocker").path
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        let screen = try firstScreen(history: blocker + "/history")
        #expect(screen.contains("tally: 警告: 无法创建历史记录文件夹 \(blocker)：路径中的某一项不是文件夹；历史记录将不会保存\n"))
    }

    @Test("A folder as the history file: not a regular file, in Chinese")
    func historyIsAFolder() throws {
        let folder = scratch.url.appendingPathComponent("history").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let screen = try firstScreen(history: folder)
        #expect(screen.contains("tally: 警告: 历史记录文件 \(folder) 不是普通文件；历史记录将不会保存\n"))
    }
}
