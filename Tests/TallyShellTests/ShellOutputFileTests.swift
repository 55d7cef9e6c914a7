import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Shell: .output and .once")
struct ShellOutputFileTests {
    @Test(".output writes results to the file only when output goes back to the screen")
    func outputIsAtomic() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let path = folder + "/out.csv"
            try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
            let (shell, captured) = makeShell()
            shell.run(".mode csv")
            shell.run(".output \(path)")
            shell.run("cities | take 1")
            shell.run("let x = cities")
            #expect(contents(path) == "old\n")
            shell.run("cities | select city | take 2")
            shell.run(".output")
            #expect(
                contents(path) == """
                    city,place,speaker,reports,measures
                    合肥,合肥市,刘卫宝,1,15
                    city
                    合肥
                    蚌埠

                    """)
            #expect(captured.output == "x: 5 rows\n")
            shell.run("cities | select city | take 1")
            #expect(captured.output == "x: 5 rows\ncity\n合肥\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
        }
    }

    @Test("A run cut short leaves the file untouched and no temporary file behind")
    func abandonedOutput() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let path = folder + "/out.txt"
            try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
            let (shell, _) = makeShell()
            #expect(shell.runScript(ScriptFile(text: ".output \(path)\ncities\nbogus\n", name: "s.tally")) == .failed)
            shell.finish(complete: false)
            #expect(contents(path) == "old\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
        }
    }

    @Test("finish(complete: true) writes the open output file")
    func finishWrites() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let (shell, _) = makeShell()
            shell.run(".output \(folder)/new.md")
            shell.run("cities | select city | take 1 | format markdown")
            #expect(contents(folder + "/new.md") == nil)
            #expect(shell.finish(complete: true))
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
