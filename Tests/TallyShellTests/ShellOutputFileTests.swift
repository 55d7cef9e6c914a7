import Foundation
import TallyQuery
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Shell: .output and .once")
struct ShellOutputFileTests {
    @Test(".output empties the file at once and holds every result completed after each command")
    func outputGrowsByWholeResults() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let path = folder + "/out.csv"
            try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            shell.run(".mode csv")
            shell.run(".output \(path)")
            #expect(contents(path) == "")
            shell.run("cities | take 1")
            #expect(contents(path) == "city,place,speaker,reports,measures\n合肥,合肥市,刘卫宝,1,15\n")
            shell.run("let x = cities")
            shell.run("bogus")
            shell.run("cities | select city | take 2")
            #expect(
                contents(path) == """
                    city,place,speaker,reports,measures
                    合肥,合肥市,刘卫宝,1,15
                    city
                    合肥
                    蚌埠

                    """)
            shell.run(".output")
            #expect(captured.output == "x: 5 rows\n")
            shell.run("cities | select city | take 1")
            #expect(captured.output == "x: 5 rows\ncity\n合肥\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
        }
    }

    @Test("A script that fails keeps the results before the failure, and no temporary file is left")
    func failedScriptKeepsCompletedResults() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let path = folder + "/out.txt"
            let (shell, _) = makeShell()
            let script = ".output \(path)\ncities | select city | take 1 | format csv\nbogus\n"
            #expect(shell.runScript(ScriptFile(text: script, name: "s.tally")) == .failed)
            shell.finish()
            #expect(contents(path) == "city\n合肥\n")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(names == ["out.txt"])
        }
    }

    @Test("A write stopped part-way is cut off again: the file keeps only whole results")
    func stoppedWriteIsCutBack() throws {
        try withTemporaryFolder { url in
            let path = url.path + "/out.txt"
            let file = try OutputFile(path: path)
            #expect(try file.append("first\n"))
            let line = String(repeating: "合肥 4,680万元 ", count: 10) + "\n"
            var questions = 0
            let stopped = StopSignal {
                questions += 1
                return questions > 1
            }
            let kept = try file.append(String(repeating: line, count: 2_000), stop: stopped)
            #expect(kept == false)
            #expect(contents(path) == "first\n")
            #expect(try file.append("second\n"))
            try file.close()
            #expect(contents(path) == "first\nsecond\n")
        }
    }

    @Test("A failed write is an error naming the file, and the file keeps its whole results")
    func fullDevice() throws {
        try withTemporaryFolder { url in
            let path = url.path + "/full"
            try SpecialFiles.fullDevice(at: path)
            let (shell, captured) = makeShell()
            #expect(shell.run(".output \(path)") == .succeeded)
            #expect(shell.run("cities | take 1") == .failed)
            #expect(captured.error == "tally: error: cannot write \(path): no space left on device\n")
            #expect(shell.run(".output") == .succeeded)
            #expect(shell.run("let x = cities") == .succeeded)
        }
    }

    @Test("finish() closes the open output file, which already holds its results")
    func finishCloses() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let (shell, _) = makeShell()
            shell.run(".output \(folder)/new.md")
            shell.run("cities | select city | take 1 | format markdown")
            #expect(contents(folder + "/new.md") == "| city |\n| --- |\n| 合肥 |\n")
            #expect(shell.finish())
            #expect(contents(folder + "/new.md") == "| city |\n| --- |\n| 合肥 |\n")
        }
    }

    @Test(".once sends only the next result to the file")
    func once() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let (shell, captured) = makeShell()
            shell.run(".once \(folder)/one.tsv")
            shell.run("bogus")
            shell.run("cities | select city | take 1 | format tsv")
            shell.run("cities | select city | take 1 | format tsv")
            #expect(contents(folder + "/one.tsv") == "city\n合肥\n")
            #expect(captured.output == "city\n合肥\n")
        }
    }

    @Test("A folder that cannot be written is an error at the file name")
    func unwritableFolder() {
        let (shell, captured) = makeShell()
        #expect(shell.run(".output /nonexistent/out.csv") == .failed)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent"))
        #expect(
            captured.error.hasPrefix(
                """
                <command>:1:9: error: cannot write /nonexistent/out.csv: no such file or directory
                .output /nonexistent/out.csv
                        ^~~~~~~~~~~~~~~~~~~~
                """))
    }

    @Test("Escape sequences are removed from text for files")
    func strippingEscapes() {
        #expect(ANSIText.stripped("\u{1B}[1;32mtally>\u{1B}[0m 合肥") == "tally> 合肥")
        #expect(ANSIText.stripped("plain") == "plain")
    }
}
