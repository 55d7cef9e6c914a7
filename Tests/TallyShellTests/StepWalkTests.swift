import Foundation
import ReportKit
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

private let course = ScriptFile(
    text: """
        #!/usr/bin/env tally
        # # A short course
        # Run it all: tally course.tally

        #!setup
        .maxrows 7
        # ## The cities
        # First, the cities.
        #!note Greet the class.
        cities | select city | take 2 | format csv

        # ## A name
        # let names a pipeline.
        let money = measures | where kind == money

        # ## Using it
        money | count by city | format csv

        # That was all.
        """, name: "course.tally")

/// A reader of lines and of single keys, both prepared.
private final class KeyedReader: LineReader, KeyReader {
    private var lines: [String]
    private var keys: [KeyPress]

    init(lines: [String], keys: [KeyPress]) {
        self.lines = lines
        self.keys = keys
    }

    func readLine(prompt: Prompt) -> LineInput {
        lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }

    func addToHistory(_ entry: String) {}

    func readingKeys<Result>(_ body: () -> Result) -> Result { body() }

    func readKey(timeout: Duration?) -> KeyPress {
        keys.isEmpty ? .endOfInput : keys.removeFirst()
    }
}

@Suite("Step mode")
struct StepWalkTests {
    @Test("Enter runs a step, s skips, a number jumps, other text runs as the presenter's command")
    func keys() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "", "s", "1", "units | take 0 | format csv", "", "3", "q")
        #expect(shell.step(through: lesson, reader: reader) == .succeeded)
        #expect(
            captured.output == """
                Stepping through lesson.tally: 3 steps; Enter runs one, ? lists the keys.

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
        #expect(shell.step(through: lesson, options: starting(at: 3), reader: reader) == .succeeded)
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

    @Test("The transcript is a handout: steps in order, skipped ones in a line, the presenter's commands left out")
    func transcript() throws {
        try withTemporaryFolder { url in
            let path = url.path + "/talk.md"
            let (shell, _) = makeShell()
            shell.settings.color = true
            let reader = ScriptedReader(lines: "", "s", "cities | select city | take 1 | format csv", "")
            #expect(shell.step(through: lesson, options: transcribed(to: path), reader: reader) == .succeeded)
            #expect(
                contents(path) == """
                    # tally: lesson.tally

                    ## Step 1

                    First, the cities.

                    ```tally
                    cities | select city | take 2 | format csv
                    ```

                    ```text
                    city
                    合肥
                    蚌埠
                    ```

                    *Skipped: step 2.*

                    ## Step 3

                    Last, one report.

                    ```tally
                    reports | select city | take 1 | format csv
                    ```

                    ```text
                    city
                    合肥
                    ```

                    The end.

                    """)
        }
    }

    @Test("--transcript-all keeps the presenter's commands, at the step they were typed in")
    func transcriptWithPresenterCommands() throws {
        try withTemporaryFolder { url in
            let path = url.path + "/talk.md"
            let (shell, _) = makeShell()
            let reader = ScriptedReader(lines: "cities | select city | take 1 | format csv", "q")
            let options = transcribed(to: path, keepingPresenterCommands: true)
            #expect(shell.step(through: lesson, options: options, reader: reader) == .succeeded)
            #expect(
                contents(path) == """
                    # tally: lesson.tally

                    ## Step 1

                    First, the cities.

                    *Presenter's command:*

                    ```tally
                    cities | select city | take 1 | format csv
                    ```

                    ```text
                    city
                    合肥
                    ```

                    *The walk stopped at step 1 of 3.*

                    """)
        }
    }

    @Test("b goes back one step with the state from before it ran: a let undone, then run again")
    func backUndoesALet() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "", "", "b", "money | take 0 | format csv", "", "money | count | format csv")
        #expect(shell.step(through: course, reader: reader) == .succeeded)
        #expect(captured.error.contains("error: unknown name 'money'"))
        #expect(captured.output.contains("── step 2 of 3 · A name ──\nlet names a pipeline.\ntally> let money"))
        #expect(
            captured.output.hasSuffix(
                "count\n16\n(back to step 3 of 3: money | count by city | format csv)\n"
                    + "Stopped stepping through course.tally.\n"))
    }

    @Test("--from past a let and a hidden set-up step runs them silently first")
    func fromReplaysTheSetUp() {
        let (shell, captured) = makeShell()
        let reader = ScriptedReader(lines: "")
        #expect(shell.step(through: course, options: starting(at: 3), reader: reader) == .succeeded)
        #expect(captured.error == "")
        #expect(shell.settings.maxRows == 7)
        #expect(
            captured.output == """
                A short course
                Stepping through course.tally: 3 steps; Enter runs one, ? lists the keys.

                ── step 3 of 3 · Using it ──
                tally> money | count by city | format csv
                city,count
                合肥,1
                蚌埠,6
                安庆,9

                That was all.
                End of course.tally.

                """)
    }

    @Test("A jump forward applies a .mode it passes; a jump back puts the mode back")
    func jumpsKeepTheMode() {
        let script = ScriptFile(
            text: "# Mode\n.mode csv\n# Cities\ncities | select city | take 1\n# Units\nunits | take 0\n",
            name: "modes.tally")
        let (shell, _) = makeShell()
        let reader = ScriptedReader(lines: "3")
        _ = shell.step(through: script, reader: reader)
        #expect(shell.settings.format == .csv)
        let (again, _) = makeShell()
        _ = again.step(through: script, reader: ScriptedReader(lines: "", "1"))
        #expect(again.settings.format == .table)
    }

    @Test("The header and the notes stay off the screen; titles head the steps; notes go to their stream")
    func headerTitlesAndNotes() throws {
        try withTemporaryFolder { url in
            let path = url.path + "/notes.txt"
            let (shell, captured) = makeShell()
            var options = StepOptions()
            options.notesPath = path
            _ = shell.step(through: course, options: options, reader: ScriptedReader(lines: "q"))
            #expect(!captured.output.contains("Run it"))
            #expect(!captured.output.contains("Greet"))
            #expect(!captured.output.contains("maxrows"))
            #expect(captured.output.contains("── step 1 of 3 · The cities ──\nFirst, the cities.\ntally> cities"))
            #expect(
                contents(path) == """
                    Presenter notes: course.tally — A short course
                    Run it all: tally course.tally

                    ── step 1 of 3 · The cities ──
                    Greet the class.
                    command: cities | select city | take 2 | format csv
                    next: 2 · A name

                    """)
        }
    }

    @Test("? lists every key in lines that fit 80 columns, in English and in Chinese")
    func keyHelp() {
        for chinese in [false, true] {
            var options = StepOptions()
            options.chinese = chinese
            let (shell, captured) = makeShell()
            _ = shell.step(through: lesson, options: options, reader: ScriptedReader(lines: "?", "q"))
            let help = StepText(options).keys
            #expect(captured.output.contains(help))
            for line in help.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
            for key in ["s ", "b ", "t ", "a ", "q "] { #expect(help.contains("\n" + key)) }
            let texts = StepText(options)
            let lines = [
                texts.typing(on: true, milliseconds: nil), texts.typing(on: true, milliseconds: 40),
                texts.typing(on: false, milliseconds: nil), texts.autoAdvance(on: true, seconds: 2.5),
                texts.autoAdvance(on: false, seconds: 5), texts.noStepBefore,
            ]
            for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
        }
    }

    @Test("In Chinese the walk's own words are Chinese")
    func chinese() {
        var options = StepOptions()
        options.chinese = true
        let (shell, captured) = makeShell()
        _ = shell.step(through: course, options: options, reader: ScriptedReader(lines: "9", "q"))
        #expect(captured.output.hasPrefix("A short course\n逐步演示 course.tally：共 3 步。回车运行一步，? 列出按键。\n"))
        #expect(captured.output.contains("── 第 1 步，共 3 步 · The cities ──"))
        #expect(captured.error.contains("没有第 9 步；步数从 1 到 3"))
        #expect(captured.output.hasSuffix("已停止逐步演示 course.tally。\n"))
    }

    @Test("Typing: each key types a character, Enter the rest and then runs; Esc gives up without running")
    func typing() {
        let (shell, captured) = makeShell()
        let reader = KeyedReader(lines: ["t", "", "", "q"], keys: [.other, .other, .other, .escape, .enter, .enter])
        _ = shell.step(through: lesson, reader: reader)
        #expect(captured.output.contains("(typing on: Enter starts, each key"))
        #expect(captured.output.contains("tally> cit\n"))
        #expect(captured.output.contains("tally> cities | select city | take 2 | format csv\ncity\n合肥\n"))
        #expect(captured.output.components(separatedBy: "city\n合肥\n蚌埠").count == 2)
    }

    @Test("Auto-advance runs every step by itself; typed out when typing is on; a key pauses it")
    func autoAdvance() {
        var options = StepOptions()
        options.autoSeconds = 0.01
        options.typingMilliseconds = 1
        let (shell, captured) = makeShell()
        let reader = KeyedReader(lines: [], keys: [])
        _ = shell.step(through: lesson, options: options, reader: reader)
        #expect(captured.output.contains("tally> reports | select city | take 1 | format csv\ncity\n合肥\n"))
        #expect(captured.output.hasSuffix("End of lesson.tally.\n"))
        let (paused, pausedOutput) = makeShell()
        _ = paused.step(through: lesson, options: options, reader: KeyedReader(lines: ["q"], keys: [.other]))
        #expect(pausedOutput.output.contains("(auto-advance paused; a resumes)"))
        #expect(!pausedOutput.output.contains("合肥"))
    }
}

/// Options starting at step `number`.
private func starting(at number: Int) -> StepOptions {
    var options = StepOptions()
    options.from = number
    return options
}

/// Options writing a transcript to `path`.
private func transcribed(to path: String, keepingPresenterCommands: Bool = false) -> StepOptions {
    var options = StepOptions()
    options.transcriptPath = path
    options.transcriptKeepsPresenterCommands = keepingPresenterCommands
    return options
}
