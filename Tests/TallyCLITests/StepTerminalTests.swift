import Foundation
import TallyTestSupport
import Testing

/// Step mode in a real terminal (tmux): the line editor at the step prompt, single keys for typing
/// and for pausing auto-advance, and the terminal left as it was. Every wait has a timeout.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StepTerminalTests {
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
        let lesson = """
            # ## Cities
            cities | select city | take 2 | format csv

            # ## A name
            let money = measures | where kind == money

            # ## Using it
            money | count | format csv
            """
        try Data(lesson.utf8).write(to: scratch.url.appendingPathComponent("lesson.tally"))
    }

    /// tally stepping through the lesson in an 80×24 terminal.
    private func start(_ arguments: String = "", waitingFor first: String = "step 1/3>") throws -> TmuxSession {
        let session = try TmuxSession(
            command: "cd '\(scratch.url.path)' && '\(TallyProcess.executable.path)' --step lesson.tally \(arguments)",
            width: 80, height: 24,
            environment: [
                "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path, "NO_COLOR": "1",
            ])
        try session.waitFor(first)
        return session
    }

    @Test func keysTypeTheCommandOutAndEnterRunsIt() throws {
        let walk = try start()
        try walk.send(text: "t")
        try walk.press("Enter")
        try walk.waitFor("(typing on")
        try walk.press("Enter")
        try walk.send(text: "xxxx")
        // The step shows the command whole (typing was off); the typed line is the last one.
        let screen = try walk.waitUntil("four characters typed") { $0.hasSuffix("\ntally> citi") }
        #expect(
            screen.hasSuffix(
                "step 1/3> t\n(typing on: Enter starts, each key types a character, Enter runs; Esc gives up)\nstep 1/3>\ntally> citi"
            ))
        try walk.press("Enter")
        try walk.waitFor("tally> cities | select city | take 2 | format csv")
        #expect(!(try walk.screen().contains("合肥")))
        try walk.press("Enter")
        try walk.waitFor("蚌埠\n\n── step 2 of 3 · A name ──")
        try walk.send(text: "q")
        try walk.press("Enter")
        #expect(try walk.waitForExit() == 0)
    }

    @Test func helpBackAndOwnCommandsAtTheStepPrompt() throws {
        let walk = try start()
        try walk.send(text: "?")
        try walk.press("Enter")
        try walk.waitFor("b       back one step")
        try walk.press("Enter")
        try walk.waitFor("step 2/3>")
        try walk.press("Enter")
        try walk.waitFor("money: 16 rows")
        try walk.send(text: "b")
        try walk.press("Enter")
        try walk.waitFor("step 2/3>")
        try walk.send(text: "money | count")
        try walk.press("Enter")
        try walk.waitFor("unknown name 'money'")
        try walk.waitFor("(back to step 2 of 3: let money")
        try walk.send(text: "q")
        try walk.press("Enter")
        #expect(try walk.waitForExit() == 0)
    }

    @Test func aKeyPausesAutoAdvance() throws {
        let walk = try start("--auto 1.5", waitingFor: "── step 1 of 3")
        try walk.waitFor("── step 2 of 3 · A name ──", timeout: .seconds(10))
        try walk.send(text: "x")
        try walk.waitFor("(auto-advance paused; a resumes)")
        #expect(!(try walk.screen().contains("money: 16 rows")))
        try walk.send(text: "a")
        try walk.press("Enter")
        try walk.waitFor("End of lesson.tally.", timeout: .seconds(15))
        #expect(try walk.waitForExit() == 0)
    }
}
