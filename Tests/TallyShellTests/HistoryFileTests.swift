import Foundation
import TallyText
import Testing

@testable import TallyShell

/// A fresh folder under the system temporary folder, removed by `remove()`.
private struct ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tally-history-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func contents(of name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }
}

/// Collects warnings instead of printing them.
private final class WarningLog: @unchecked Sendable {
    private(set) var messages: [String] = []
    func record(_ message: String) { messages.append(message) }
}

@Suite("HistoryFile")
struct HistoryFileTests {
    @Test("TALLY_HISTORY wins over XDG_STATE_HOME and HOME")
    func explicitPathWins() {
        let environment = ["TALLY_HISTORY": "/x/h", "XDG_STATE_HOME": "/state", "HOME": "/home/u"]
        #expect(HistoryFile.resolvePath(environment: environment) == "/x/h")
    }

    @Test("XDG_STATE_HOME comes next")
    func stateHomeIsSecond() {
        let environment = ["XDG_STATE_HOME": "/state", "HOME": "/home/u"]
        #expect(HistoryFile.resolvePath(environment: environment) == "/state/tally/history")
    }

    @Test("HOME is the fallback, and empty or relative variables are ignored")
    func homeIsLast() {
        let environment = ["TALLY_HISTORY": "", "XDG_STATE_HOME": "relative/state", "HOME": "/home/u"]
        #expect(HistoryFile.resolvePath(environment: environment) == "/home/u/.local/state/tally/history")
        #expect(HistoryFile.resolvePath(environment: [:], homeDirectory: "/h") == "/h/.local/state/tally/history")
    }

    @Test("A missing file loads as empty and its folders are created")
    func missingFileCreatesFolder() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = HistoryFile(path: scratch.path + "/a/b/history")
        #expect(file.load() == [])
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/a/b", isDirectory: &isFolder))
        #expect(isFolder.boolValue)
    }

    @Test("Each entry is saved at once, in libedit's format, with mode 0600")
    func savesImmediatelyWithMode0600() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = HistoryFile(path: scratch.path + "/history")
        file.append("where city == 合肥")
        #expect(try scratch.contents(of: "history") == "_HiStOrY_V2_\nwhere\\040city\\040==\\040合肥\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path + "/history")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(HistoryFile(path: scratch.path + "/history").load() == ["where city == 合肥"])
    }

    @Test("Two shells writing one file keep each other's entries")
    func twoWritersMerge() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let first = HistoryFile(path: scratch.path + "/history")
        let second = HistoryFile(path: scratch.path + "/history")
        #expect(first.load() == [])
        #expect(second.load() == [])
        first.append("select 合肥")
        second.append("select 蚌埠")
        first.append("select 安庆")
        #expect(HistoryFile(path: scratch.path + "/history").load() == ["select 合肥", "select 蚌埠", "select 安庆"])
    }

    @Test("Writers saving at the same moment lose nothing")
    func concurrentWritersLoseNothing() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let path = scratch.path + "/history"
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            let file = HistoryFile(path: path)
            for entry in 0..<10 { file.append("writer \(writer) entry \(entry)") }
        }
        let entries = HistoryFile(path: path).load()
        #expect(entries.count == 40)
        #expect(Set(entries).count == 40)
        for writer in 0..<4 {
            let own = entries.filter { $0.hasPrefix("writer \(writer) ") }
            #expect(own == (0..<10).map { "writer \(writer) entry \($0)" })
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(leftovers == ["history"])
    }

    @Test("The file keeps only the newest entries up to its size")
    func sizeCap() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = HistoryFile(path: scratch.path + "/history", size: 3)
        for entry in ["a", "b", "c", "d", "e"] { file.append(entry) }
        #expect(file.load() == ["c", "d", "e"])
        #expect(try scratch.contents(of: "history") == "_HiStOrY_V2_\nc\nd\ne\n")
    }

    @Test("Repeated entries are stored once; blank ones not at all; line breaks are kept, blank lines dropped")
    func normalisesEntries() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = HistoryFile(path: scratch.path + "/history")
        file.append("select a")
        file.append("select a")
        file.append("   ")
        file.append("where x ==\n  1\n\nand y ")
        #expect(file.load() == ["select a", "where x ==\n  1\nand y"])
    }

    @Test("An unwritable location warns once and never stops the caller")
    func unwritableLocationWarnsOnce() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try "not a folder".write(toFile: scratch.path + "/blocker", atomically: false, encoding: .utf8)
        let log = WarningLog()
        let file = HistoryFile(path: scratch.path + "/blocker/history", warn: log.record)
        #expect(file.load() == [])
        file.append("one")
        file.append("two")
        #expect(
            log.messages == [
                "cannot create the history folder \(scratch.path)/blocker: not a directory; history will not be saved"
            ])
    }

    @Test("In Chinese: a file in the way of the folder, and a file that is no history file")
    func warningsInChinese() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try "not a folder".write(toFile: scratch.path + "/blocker", atomically: false, encoding: .utf8)
        try "my notes\n".write(toFile: scratch.path + "/history", atomically: false, encoding: .utf8)
        let log = WarningLog()
        Language.$current.withValue(.chinese) {
            _ = HistoryFile(path: scratch.path + "/blocker/history", warn: log.record).load()
            _ = HistoryFile(path: scratch.path + "/history", warn: log.record).load()
        }
        #expect(
            log.messages == [
                "无法创建历史记录文件夹 \(scratch.path)/blocker：路径中的某一项不是文件夹；历史记录将不会保存",
                "无法读取历史记录文件 \(scratch.path)/history（文件不可读，或不是 tally 的历史记录文件）；历史记录将不会保存",
            ])
    }

    @Test("A file that is not a history file is reported and left untouched")
    func foreignFileIsNotOverwritten() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try "my notes\n".write(toFile: scratch.path + "/history", atomically: false, encoding: .utf8)
        let log = WarningLog()
        let file = HistoryFile(path: scratch.path + "/history", warn: log.record)
        #expect(file.load() == [])
        file.append("select 1")
        #expect(try scratch.contents(of: "history") == "my notes\n")
        #expect(
            log.messages == [
                "cannot read the history file \(scratch.path)/history (unreadable, or not a tally history file); "
                    + "history will not be saved"
            ])
    }

    @Test("An empty existing file counts as an empty history")
    func emptyFileIsEmptyHistory() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        _ = FileManager.default.createFile(atPath: scratch.path + "/history", contents: Data())
        let log = WarningLog()
        let file = HistoryFile(path: scratch.path + "/history", warn: log.record)
        #expect(file.load() == [])
        file.append("x")
        #expect(file.load() == ["x"])
        #expect(log.messages == [])
    }

    @Test("A symbolic link to the history file stays a link")
    func symbolicLinkIsFollowed() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/link", withDestinationPath: scratch.path + "/real/history")
        HistoryFile(path: scratch.path + "/real/history").append("first")
        HistoryFile(path: scratch.path + "/link").append("second")
        let linkTarget = try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/link")
        #expect(linkTarget == scratch.path + "/real/history")
        #expect(HistoryFile(path: scratch.path + "/real/history").load() == ["first", "second"])
    }

    @Test("A full-width space, emoji, combining marks, a backslash and line breaks come back whole")
    func unicodeAndLineBreaksRoundTrip() throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = HistoryFile(path: scratch.path + "/history")
        let entries = ["数据｜筛选　城市 == 合肥", "cities # 👍🏽 e\u{301} \\n", "measures |\nwhere city == 合肥"]
        for entry in entries { file.append(entry) }
        #expect(
            try scratch.contents(of: "history")
                == "_HiStOrY_V2_\n数据｜筛选\\343\\200\\200城市\\040==\\040合肥\n"
                + "cities\\040#\\040👍🏽\\040e\u{301}\\040\\\\n\nmeasures\\040|\\012where\\040city\\040==\\040合肥\n")
        #expect(HistoryFile(path: scratch.path + "/history").load() == entries)
    }
}
