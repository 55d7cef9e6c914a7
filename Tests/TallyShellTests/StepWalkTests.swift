import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

private let lesson = ScriptFile(
    text: """
        # First, the cities.
        cities | select city | take 2 | format csv
        # Then the units.
        units | select unit | take 1 | format csv
        # Last, one report.
        reports | select city | take 1 | format csv
        # The end.
        """, name: "lesson.tally")

@Suite("Step mode")
struct StepWalkTests {
    @Test("Enter runs a step, s skips, a number jumps, other text runs as the presenter's command")
    func keys() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "", "s", "1", "units | take 0 | format csv", "", "3", "q")
        #expect(shell.step(through: lesson, reader: reader) == .succeeded)
        #expect(
            captured.output == """
                Stepping through lesson.tally: 3 steps. Enter runs a step, s skips it, q quits, a number jumps there; anything else runs as your own command.

                ── step 1 of 3 ──
                First, the cities.
                tally> cities | select city | take 2 | format csv
                city
                合肥
                蚌埠

                ── step 2 of 3 ──
                Then the units.
                tally> units | select unit | take 1 | format csv

                ── step 3 of 3 ──
                Last, one report.
                tally> reports | select city | take 1 | format csv

                ── step 1 of 3 ──
                First, the cities.
                tally> cities | select city | take 2 | format csv
                unit,kind,measures
                (back to step 1 of 3: cities | select city | take 2 | format csv)
                city
                合肥
                蚌埠

                ── step 2 of 3 ──
                Then the units.
                tally> units | select unit | take 1 | format csv

                ── step 3 of 3 ──
                Last, one report.
                tally> reports | select city | take 1 | format csv
                Stopped stepping through lesson.tally.

                """)
        #expect(
            reader.prompts == [
                "step 1/3> ", "step 2/3> ", "step 3/3> ", "step 1/3> ", "step 1/3> ", "step 2/3> ", "step 3/3> ",
            ])
        #expect(reader.history == ["units | take 0 | format csv"])
    }

    @Test("--from starts later; the closing comments end a walk that reaches the end")
    func fromAndEpilogue() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "")
        #expect(shell.step(through: lesson, from: 3, reader: reader) == .succeeded)
        #expect(
            captured.output.hasSuffix(
                """
                ── step 3 of 3 ──
                Last, one report.
                tally> reports | select city | take 1 | format csv
                city
                合肥

                The end.
                End of lesson.tally.

                """))
    }

    @Test("A step number out of range is an error; Ctrl-C and errors do not end the walk")
    func badInput() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader([.line("9"), .interrupted, .line("bogus"), .line("q")])
        #expect(shell.step(through: lesson, reader: reader) == .succeeded)
        #expect(
            captured.error.hasPrefix("tally: error: there is no step 9; steps go from 1 to 3\n<command>:1:1: error:"))
        #expect(captured.output.hasSuffix("Stopped stepping through lesson.tally.\n"))
    }

    @Test("The transcript is Markdown: narration as text, each command with its output, no colour")
    func transcript() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            let (shell, _) = makeShell()
            shell.settings.color = true
            let reader = ScriptedReader(lines: "", "s", "cities | select city | take 1 | format csv", "")
            #expect(shell.step(through: lesson, reader: reader, transcriptPath: folder + "/talk.md") == .succeeded)
            #expect(
                contents(folder + "/talk.md") == """
                    # tally: lesson.tally

                    ## Step 1 of 3

                    First, the cities.

                    ```text
                    tally> cities | select city | take 2 | format csv
                    city
                    合肥
                    蚌埠
                    ```

                    ## Step 2 of 3

                    Then the units.

                    *Skipped:*

                    ```text
                    tally> units | select unit | take 1 | format csv
                    ```

                    ## Step 3 of 3

                    Last, one report.

                    *Presenter's command:*

                    ```text
                    tally> cities | select city | take 1 | format csv
                    city
                    合肥
                    ```

                    ```text
                    tally> reports | select city | take 1 | format csv
                    city
                    合肥
                    ```

                    The end.

                    """)
        }
    }
}
