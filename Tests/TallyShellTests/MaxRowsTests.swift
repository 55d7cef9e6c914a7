import Foundation
import ReportKit
import TallyTestSupport
import Testing

@testable import TallyShell

/// `.maxrows`: how many rows of a table the screen shows; files always get every row.
@Suite("Rows shown on the screen")
struct MaxRowsTests {
    @Test(".maxrows N limits tables on the screen and says how to see more")
    func limitsTheScreen() {
        let (shell, captured) = makeShell()
        shell.run(".maxrows 2")
        shell.run("measures | where city == 合肥 | select raw")
        #expect(
            captured.output == """
                ┌──────────┐
                │ raw      │
                ├──────────┤
                │ 4680万元 │
                │ …        │
                │ 三类     │
                └──────────┘
                15 rows, 2 shown
                .maxrows N shows more rows, .maxrows 0 every row

                """)
        #expect(captured.error == "")
    }

    @Test(".maxrows alone shows the setting; 0 means every row; other words are errors")
    func setting() {
        let (shell, captured) = makeShell()
        shell.run(".maxrows")
        shell.run(".maxrows 40")
        shell.run(".maxrows")
        shell.run(".maxrows 0")
        shell.run(".maxrows")
        #expect(captured.output == "maxrows: 0 (every row)\nmaxrows: 40\nmaxrows: 0 (every row)\n")
        #expect(shell.run(".maxrows -1") == .failed)
        #expect(
            captured.error == """
                <command>:1:10: error: expected a whole number of rows, not '-1'
                .maxrows -1
                         ^~
                hint: .maxrows 0 shows every row

                """)
    }

    @Test("Files and other formats get every row")
    func filesAndFormatsAreWhole() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let (shell, captured) = makeShell()
            shell.settings.maxRows = 2
            shell.run(".once \(folder)/all.txt")
            shell.run("measures | where city == 合肥 | select raw")
            #expect(contents(folder + "/all.txt")?.contains("15 rows\n") == true)
            shell.run(".mode csv")
            shell.run("measures | where city == 合肥 | select raw")
            #expect(captured.output.split(separator: "\n").count == 16)
        }
    }

    @Test("A result stopped by Ctrl-C after it was computed is not written to the .output file")
    func interruptedPrinting() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            // A dry run counts how often the command asks whether to stop; the last two questions come
            // after the result was computed: when it has been rendered for the file, and at the end.
            // The asks adapt to time (a run slowed down asks more often), so the fewest of three dry
            // runs is the count of an unhurried run, which no run goes below.
            let counts = (0..<3).map { _ in
                let (counting, _) = makeShell()
                let calls = StopSwitch()
                counting.stopRequested = { calls.ask() }
                counting.run(".output \(folder)/dry.txt")
                counting.run("measures")
                return calls.asked
            }
            let (shell, captured) = makeShell()
            let stop = StopSwitch(stopFrom: (counts.min() ?? 1) - 1)
            shell.stopRequested = { stop.ask() }
            shell.run(".output \(folder)/out.txt")
            #expect(shell.run("measures") == .interrupted)
            #expect(captured.error == "tally: interrupted\n")
            shell.run(".output")
            #expect(contents(folder + "/out.txt") == "")
        }
    }
}

/// Answers "stop?" for a test: yes from the `stopFrom`-th question on (counting from 1), and counts.
private final class StopSwitch: @unchecked Sendable {
    private(set) var asked = 0
    private let stopFrom: Int

    init(stopFrom: Int = .max) {
        self.stopFrom = stopFrom
    }

    func ask() -> Bool {
        asked += 1
        return asked >= stopFrom
    }
}
