import Foundation
import TallyTestSupport
import Testing

/// `.output` and `.once` through the real binary, against links, named pipes and devices the test
/// makes in its own temporary folder (never under /dev): what is at the path stays what it was, and
/// regular files hold whole results.
@Suite("Output destinations")
struct OutputDestinationTests {
    private let scratch = try! TemporaryFolder()

    private var folder: String { scratch.url.path }

    private func run(_ commands: [String], arguments: [String] = []) throws -> TallyProcess.Result {
        try TallyProcess.run(arguments + commands.flatMap { ["-c", $0] }, directory: scratch.url)
    }

    private func text(_ name: String) -> String? {
        try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    private var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() }

    @Test("A symbolic link is written through and stays a link")
    func link() throws {
        try "old\n".write(toFile: folder + "/real.csv", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "real.csv")
        let result = try run([".output link.csv", "cities | select city | take 2 | format csv"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(SpecialFiles.kind(at: folder + "/link.csv") == "link")
        #expect(text("real.csv") == "city\n合肥\n蚌埠\n")
        #expect(names == ["link.csv", "real.csv"])
    }

    @Test("A named pipe is written directly to its reader and stays a pipe")
    func fifo() throws {
        let pipe = folder + "/afifo"
        try SpecialFiles.fifo(at: pipe)
        let received = Received()
        let reader = Thread {
            // A blocking open, as a reader such as `cat` makes it: it waits for tally to open the pipe.
            if let handle = FileHandle(forReadingAtPath: pipe) {
                received.text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            }
            received.done.signal()
        }
        reader.start()
        let result = try run([".once afifo", "cities | select city | take 1 | format csv"])
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(result.status == 0)
        #expect(received.text == "city\n合肥\n")
        #expect(SpecialFiles.kind(at: pipe) == "fifo")
    }

    @Test("A character device is written to and stays a device")
    func nullDevice() throws {
        try SpecialFiles.nullDevice(at: folder + "/mynull")
        let result = try run([".output mynull", "cities", ".output", "cities | select city | take 1 | format csv"])
        #expect(result.status == 0)
        #expect(result.output == "city\n合肥\n")
        #expect(SpecialFiles.kind(at: folder + "/mynull") == "character device")
    }

    @Test("A path to the shell's own standard output writes there, in order, and is not replaced")
    func ownStandardOutput() throws {
        try FileManager.default.createSymbolicLink(atPath: folder + "/stdout", withDestinationPath: "/proc/self/fd/1")
        let result = try run([
            "cities | select city | take 1 | format csv", ".once stdout",
            "cities | select speaker | take 1 | format csv",
            "units | select unit | take 1 | format csv",
        ])
        #expect(result.status == 0)
        #expect(result.output == "city\n合肥\nspeaker\n刘卫宝\nunit\n个\n")
        #expect(SpecialFiles.kind(at: folder + "/stdout") == "link")
    }

    @Test("A full disk, a folder, a missing folder: one clear error naming the path, exit 1")
    func unwritablePlaces() throws {
        try SpecialFiles.fullDevice(at: folder + "/full")
        let full = try run([".output full", "cities | take 1"])
        #expect(full.status == 1)
        #expect(full.error == "tally: error: cannot write full: no space left on device\n")
        #expect(SpecialFiles.kind(at: folder + "/full") == "character device")

        try FileManager.default.createDirectory(atPath: folder + "/adir", withIntermediateDirectories: false)
        let directory = try run([".output adir"])
        #expect(directory.status == 1)
        #expect(
            directory.error == "<command>:1:9: error: cannot write adir: it is a folder\n.output adir\n        ^~~~\n")

        let missing = try run([".once nowhere/x.csv"])
        #expect(missing.status == 1)
        #expect(
            missing.error.hasPrefix("<command>:1:7: error: cannot write nowhere/x.csv: no such file or directory\n"))
        #expect(names == ["adir", "full"])
    }

    @Test("A read-only file is an error naming it, and the shell goes on", .enabled(if: Chattr.isAvailable))
    func readOnlyFile() throws {
        try "kept\n".write(toFile: folder + "/locked.csv", atomically: false, encoding: .utf8)
        try Chattr.immutable(folder + "/locked.csv", true)
        defer { try? Chattr.immutable(folder + "/locked.csv", false) }
        let result = try run([".output locked.csv"], arguments: ["--keep-going", "-c", "let x = cities"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("-c 2:1:9: error: cannot write locked.csv: operation not permitted\n"))
        #expect(result.output == "x: 5 rows\n")
        #expect(text("locked.csv") == "kept\n")
    }

    @Test("A regular file holds every result completed after each command; a failure keeps them")
    func regularFileAfterEachCommand() throws {
        try "old\n".write(toFile: folder + "/out.csv", atomically: false, encoding: .utf8)
        let result = try run([
            ".output out.csv", "cities | select city | take 1 | format csv", "bogus", "cities | take 1",
        ])
        #expect(result.status == 1)
        #expect(text("out.csv") == "city\n合肥\n")
        #expect(names == ["out.csv"])
    }

    @Test("A script never overwrites itself: .output, .once and .save naming a running script are refused")
    func scriptNeverOverwritesItself() throws {
        let script = "cities | select city | take 1 | format csv\n.output self.tally\ncities\n"
        try script.write(toFile: folder + "/self.tally", atomically: false, encoding: .utf8)
        try ".once outer.tally\n".write(toFile: folder + "/inner.tally", atomically: false, encoding: .utf8)
        try ".read inner.tally\n".write(toFile: folder + "/outer.tally", atomically: false, encoding: .utf8)
        let result = try TallyProcess.run(["self.tally"], directory: scratch.url)
        #expect(result.status == 1)
        #expect(
            result.error == """
                self.tally:2:9: error: '.output self.tally' would overwrite the script self.tally while it runs
                .output self.tally
                        ^~~~~~~~~~
                hint: write results to a file of their own

                """)
        #expect(text("self.tally") == script)
        let nested = try TallyProcess.run(["outer.tally"], directory: scratch.url)
        #expect(nested.status == 1)
        #expect(nested.error.hasPrefix("inner.tally:1:7: error: '.once outer.tally' would overwrite the script"))
        #expect(text("outer.tally") == ".read inner.tally\n")

        let step = try TallyProcess.run(
            ["--step", "self.tally", "--transcript", "self.tally"], input: "q\n", directory: scratch.url)
        #expect(step.status == 1)
        #expect(
            step.error == "tally: error: --transcript self.tally would overwrite the script being stepped through\n")
        #expect(text("self.tally") == script)
    }

    @Test("A transcript goes through a link and the link stays")
    func transcriptThroughALink() throws {
        try "cities | select city | take 1\n".write(toFile: folder + "/s.tally", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/t.md", withDestinationPath: "notes.md")
        let step = try TallyProcess.run(
            ["--step", "s.tally", "--transcript", "t.md"], input: "\n", directory: scratch.url)
        #expect(step.status == 0)
        #expect(SpecialFiles.kind(at: folder + "/t.md") == "link")
        #expect(text("notes.md")?.hasPrefix("# tally: s.tally\n") == true)
    }
}

/// What the pipe's reader thread got.
private final class Received: @unchecked Sendable {
    var text = ""
    let done = DispatchSemaphore(value: 0)
}

/// `chattr +i`, the one way to make a file that even root cannot write (root ignores permissions).
enum Chattr {
    static let path = ["/usr/bin/chattr", "/bin/chattr"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { path != nil && getuid() == 0 }

    static func immutable(_ file: String, _ on: Bool) throws {
        guard let path else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [on ? "+i" : "-i", file]
        try process.run()
        process.waitUntilExit()
    }
}
