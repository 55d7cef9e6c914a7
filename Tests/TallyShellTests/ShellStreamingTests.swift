import Foundation
import Synchronization
import TallyQuery
import TallyTestSupport
import Testing

@testable import TallyShell

#if canImport(Glibc)
import Glibc
#endif

/// Results in machine formats written as they are rendered, to `.output` and `.once` files, to a
/// named pipe and to the screen: the same bytes as the whole rendering.
@Suite("Shell: streaming output")
struct ShellStreamingTests {
    /// A shell over 40 copies of the seed report (4,080 measures), in `format`.
    private func makeLargeShell(_ format: OutputFormat) -> (Shell, CapturedConsole) {
        let captured = CapturedConsole()
        var settings = ShellSettings()
        settings.format = format
        return (Shell(corpus: seedCopiesCorpus(40), settings: settings, console: captured.console), captured)
    }

    /// Every measure of the shell's corpus as `format` renders it whole.
    private func rendered(_ shell: Shell, _ format: OutputFormat) throws -> String {
        var session = shell.session
        return try session.run("measures").rendered(defaultFormat: format)
    }

    @Test(
        ".output and .once files get the whole rendering of a result of many chunks",
        arguments: [OutputFormat.csv, .tsv, .json, .jsonl])
    func filesGetTheWholeRendering(format: OutputFormat) throws {
        try withTemporaryFolder { folder in
            let (shell, captured) = makeLargeShell(format)
            let expected = try rendered(shell, format)
            #expect(expected.utf8.count > 3 * 64 * 1024)
            let output = folder.appendingPathComponent("all.\(format)").path
            let once = folder.appendingPathComponent("once.\(format)").path
            #expect(shell.run(".output \(output)") == .succeeded)
            #expect(shell.run("measures") == .succeeded)
            #expect(shell.run("measures | take 1") == .succeeded)
            #expect(shell.run(".output") == .succeeded)
            #expect(shell.run(".once \(once)") == .succeeded)
            #expect(shell.run("measures") == .succeeded)
            var session = shell.session
            let first = try session.run("measures | take 1").rendered(defaultFormat: format)
            #expect(try String(contentsOfFile: output, encoding: .utf8) == expected + first)
            #expect(try String(contentsOfFile: once, encoding: .utf8) == expected)
            #expect(captured.output.isEmpty && captured.error.isEmpty)
        }
    }

    @Test("The screen gets the whole rendering, after one byte-order mark")
    func screenGetsTheWholeRendering() throws {
        let (shell, captured) = makeLargeShell(.csv)
        shell.settings.bom = true
        #expect(shell.run("measures") == .succeeded)
        #expect(captured.output == "\u{FEFF}" + (try rendered(shell, .csv)))
    }

    @Test("A named pipe whose reader goes away part-way: one error line naming it")
    func pipeClosedPartWay() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("pipe").path
            try SpecialFiles.fifo(at: path)
            let reader = Thread {
                let descriptor = open(path, O_RDONLY)
                var buffer = [UInt8](repeating: 0, count: 1000)
                _ = read(descriptor, &buffer, buffer.count)
                close(descriptor)
            }
            reader.start()
            let (shell, captured) = makeLargeShell(.jsonl)
            #expect(shell.run(".output \(path)") == .succeeded)
            #expect(shell.run("measures") == .failed)
            #expect(captured.error == "tally: error: cannot write \(path): broken pipe\n")
            #expect(shell.run(".output") == .succeeded)
            #expect(shell.run("let x = cities") == .succeeded)
        }
    }

    @Test("A full device on .output: one error line, however many chunks the result has")
    func fullDevice() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("full").path
            try SpecialFiles.fullDevice(at: path)
            let (shell, captured) = makeLargeShell(.csv)
            #expect(shell.run(".output \(path)") == .succeeded)
            #expect(shell.run("measures") == .failed)
            #expect(captured.error == "tally: error: cannot write \(path): no space left on device\n")
        }
    }

    @Test("Ctrl-C while a result is written leaves the .output file as it was before it")
    func stoppedResultIsCutBack() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("out.csv").path
            let (shell, _) = makeLargeShell(.csv)
            #expect(shell.run(".output \(path)") == .succeeded)
            #expect(shell.run("cities | select city | take 1") == .succeeded)
            // Ctrl-C once the first chunk of the result has landed in the file; it stays pressed.
            let whole = "city\n合肥\n".utf8.count
            let pressed = Latch()
            shell.stopRequested = { pressed.raise(if: Self.size(of: path) > whole) }
            #expect(shell.run("measures") == .interrupted)
            let kept = try String(contentsOfFile: path, encoding: .utf8)
            #expect(kept == "city\n合肥\n")
        }
    }

    /// The size of the file at `path` in bytes.
    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

/// A Ctrl-C that stays pressed once it was.
private final class Latch: Sendable {
    private let raised = Atomic(false)

    /// Whether it is pressed, pressing it first when `condition` holds.
    func raise(if condition: Bool) -> Bool {
        if condition { raised.store(true, ordering: .relaxed) }
        return raised.load(ordering: .relaxed)
    }
}
