import Foundation
import TallyTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Loading a folder with files that cannot be read, through the real binary: the readable reports
/// load, each failure is listed on standard error with its reason, and the exit status is 1.
@Suite struct HostileLoadTests {
    /// The folder of this test's files, removed with the suite instance.
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// A folder with one good report, a link to nowhere, a named pipe, a binary file and a link loop.
    private func hostileFolder() throws -> URL {
        let folder = scratch.url
        try Data("黄山市报告\n全市建成调解工作室1082个。\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent.txt")
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("zero.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        return folder
    }

    @Test func parseListsEveryFailureAndExitsOne() throws {
        let folder = try hostileFolder()
        let result = try TallyProcess.run(["parse", "--format", "jsonl", folder.path])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 1)
        let base = folder.path + "/"
        #expect(
            result.error == """
                \(base)dangling.txt:1:1: error: cannot open: no such file or directory
                \(base)loop:1:1: error: skipped: folder already visited (a symbolic link loop)
                \(base)pipe.txt:1:1: error: not a file or folder
                \(base)zero.txt:1:1: error: not a text file: binary data at byte offset 0

                """)
    }

    @Test func scriptsOnAFolderWithFailuresRunAndExitOne() throws {
        let folder = try hostileFolder()
        let result = try TallyProcess.run(["--data", folder.path, "-c", "cities | select city | format csv"])
        #expect(result.status == 1)
        #expect(result.output == "city\n黄山\n")
        #expect(result.error.split(separator: "\n").count == 4)
    }
}
