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
}
