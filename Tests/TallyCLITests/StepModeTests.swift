import Foundation
import TallyTestSupport
import Testing

/// `tally --step` through the real binary, its keys piped in.
@Suite struct StepModeTests {
    private let lesson = """
        #!/usr/bin/env tally
        # First, the cities.
        cities | select city | take 2 | format csv

        # Then the units.
        units | select unit | take 1 | format csv

        # Last, one report.
        reports | select city, speaker | take 1 | format csv
        """

    /// The folder of this test's files, removed with the suite instance.
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// `scratch` with the lesson written in it.
    private func lessonFolder() throws -> URL {
        try Data(lesson.utf8).write(to: scratch.url.appendingPathComponent("lesson.tally"))
        return scratch.url
    }

    @Test func pipedKeysRunSkipAndQuit() throws {
        let result = try TallyProcess.run(["--step", "lesson.tally"], input: "\ns\nq\n", directory: try lessonFolder())
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(
            result.output == """
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
                tally> reports | select city, speaker | take 1 | format csv
                Stopped stepping through lesson.tally.

                """)
    }

    @Test func fromAndTranscriptWriteAHandoutWithoutColour() throws {
        let folder = try lessonFolder()
        let result = try TallyProcess.run(
            ["--step", "lesson.tally", "--from", "2", "--transcript", "talk.md"],
            input: "cities | select city | take 1 | format csv\n\n\n", directory: folder)
        #expect(result.status == 0)
        let transcript = try String(contentsOf: folder.appendingPathComponent("talk.md"), encoding: .utf8)
        #expect(
            transcript == """
                # tally: lesson.tally

                *Skipped: step 1.*

                ## Step 2

                Then the units.

                ```tally
                units | select unit | take 1 | format csv
                ```

                ```text
                unit
                个
                ```

                ## Step 3

                Last, one report.

                ```tally
                reports | select city, speaker | take 1 | format csv
                ```

                ```text
                city,speaker
                合肥,刘卫宝
                ```

                """)
        #expect(!transcript.contains("\u{1B}"))
    }

    @Test func aStepPastTheEndIsBadUsage() throws {
        let result = try TallyProcess.run(["--step", "lesson.tally", "--from", "9"], directory: try lessonFolder())
        #expect(result.status == 2)
        #expect(result.error == "tally: error: --from 9: lesson.tally has 3 steps\n")
    }

    private let course = """
        #!/usr/bin/env tally
        # # A course
        # Run it all: tally course.tally

        #!setup
        .mode csv
        # ## The cities
        #!note Greet the class.
        cities | select city | take 1

        # ## A name
        let money = measures | where kind == money

        # ## Using it
        money | count

        """

    /// `scratch` with the course written in it.
    private func courseFolder() throws -> URL {
        try Data(course.utf8).write(to: scratch.url.appendingPathComponent("course.tally"))
        return scratch.url
    }

    @Test func backAfterALetUndoesIt() throws {
        let result = try TallyProcess.run(
            ["--step", "course.tally"], input: "\n\nb\nmoney | count\n\n\n", directory: try courseFolder())
        #expect(result.status == 0)
        #expect(result.error.contains("error: unknown name 'money'"))
        #expect(
            result.output.contains("── step 2 of 3 · A name ──\ntally> let money = measures | where kind == money\n"))
        #expect(
            result.output.hasSuffix(
                "(back to step 2 of 3: let money = measures | where kind == money)\nmoney: 16 rows\n\n── step 3 of 3 · Using it ──\ntally> money | count\ncount\n16\nEnd of course.tally.\n"
            ))
    }

    @Test func fromPastASetUpStepAndALetRunsThemSilently() throws {
        let result = try TallyProcess.run(
            ["--step", "course.tally", "--from", "3"], input: "\n", directory: try courseFolder())
        #expect(result.error == "")
        #expect(
            result.output == """
                A course
                Stepping through course.tally: 3 steps; Enter runs one, ? lists the keys.

                ── step 3 of 3 · Using it ──
                tally> money | count
                count
                16
                End of course.tally.

                """)
    }

    @Test func keysTypeTheCommandOutOneCharacterEach() throws {
        let folder = try lessonFolder()
        let typed = try TallyProcess.run(["--step", "lesson.tally"], input: "t\n\nabc", directory: folder)
        #expect(
            typed.output.contains("(typing on: Enter starts, each key types a character, Enter runs; Esc gives up)"))
        #expect(typed.output.contains("\ntally> cit\nStopped stepping through lesson.tally.\n"))
        let finished = try TallyProcess.run(["--step", "lesson.tally"], input: "t\n\n\n\nq\n", directory: folder)
        #expect(finished.output.contains("\ntally> cities | select city | take 2 | format csv\ncity\n合肥\n蚌埠\n"))
    }

    @Test func autoAdvanceWithTimedTypingRunsEveryStep() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try TallyProcess.run(
            ["--step", "lesson.tally", "--auto", "0.2", "--typing", "2"], directory: try lessonFolder())
        let elapsed = clock.now - start
        #expect(result.status == 0)
        #expect(result.output.contains("tally> reports | select city, speaker | take 1 | format csv\ncity,speaker\n"))
        #expect(result.output.hasSuffix("End of lesson.tally.\n"))
        // Three waits of 0.2 s and about 130 characters typed at 2 ms each.
        #expect(elapsed > .milliseconds(800))
    }

    @Test func notesGoToTheirFileOnly() throws {
        let folder = try courseFolder()
        let result = try TallyProcess.run(
            ["--step", "course.tally", "--notes", "notes.txt"], input: "q\n", directory: folder)
        #expect(!result.output.contains("Greet"))
        let notes = try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8)
        #expect(
            notes.contains("── step 1 of 3 · The cities ──\nGreet the class.\ncommand: cities | select city | take 1\n")
        )
    }

    @Test func initAndRunSetUpBeforeTheCommandsOfAPipe() throws {
        let folder = try courseFolder()
        try Data("let money = measures | where kind == money\n".utf8).write(
            to: folder.appendingPathComponent("setup.tally"))
        let result = try TallyProcess.run(
            ["--init", "setup.tally", "--run", ".mode csv"], input: "money | count\n", directory: folder)
        #expect(result.status == 0)
        #expect(result.output == "money: 16 rows\ncount\n16\n")
        let missing = try TallyProcess.run(["--init", "nothing.tally"], directory: folder)
        #expect(missing.status == 1)
        #expect(missing.error.contains("cannot read nothing.tally"))
    }

    @Test(arguments: [
        (["--notes", "n.txt"], "--notes works only with --step"),
        (["--step", "lesson.tally", "--transcript-all"], "--transcript-all needs --transcript FILE"),
        (["--step", "lesson.tally", "--typing", "0"], "--typing counts milliseconds a character, from 1"),
        (["--step", "lesson.tally", "--auto", "0"], "--auto takes seconds, more than 0"),
        (["--init", "a.tally", "-c", "cities"], "--init and --run open the shell afterwards"),
        (
            ["--safe", "--step", "lesson.tally", "--notes", "n.txt"],
            "--notes writes a file, which --safe does not allow"
        ),
    ])
    func badPresenterOptionsAreUsageErrors(_ arguments: [String], message: String) throws {
        let result = try TallyProcess.run(arguments, directory: try lessonFolder())
        #expect(result.status == 2)
        #expect(result.error.contains(message))
    }
}
