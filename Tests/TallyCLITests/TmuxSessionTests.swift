import Testing

@Suite("TmuxSession", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSessionTests {
    @Test("Typed Chinese comes back from cat intact, and the cursor counts two columns per character")
    func catEchoesChinese() throws {
        let session = try TmuxSession(command: "cat", width: 60, height: 10)
        try session.send(text: "where city == 合肥")
        try session.press("Enter")
        let screen = try session.waitFor("where city == 合肥\nwhere city == 合肥")
        #expect(screen == "where city == 合肥\nwhere city == 合肥")
        try session.send(text: "安庆")
        try session.waitFor("\n安庆")
        #expect(try session.cursorX == 4)
        #expect(try session.cursorY == 2)
    }

    @Test("The exit status of the command is reported, after Ctrl-D or a plain exit")
    func exitStatus() throws {
        let session = try TmuxSession(command: "cat")
        try session.press("C-d")
        #expect(try session.waitForExit() == 0)
        let failing = try TmuxSession(command: "sh -c 'exit 3'")
        #expect(try failing.waitForExit() == 3)
    }

    @Test("Ctrl-C reaches the command as SIGINT (the pane does not inherit blocked signals)")
    func controlCInterrupts() throws {
        let session = try TmuxSession(command: "echo ready; sleep 30")
        try session.waitFor("ready")
        try session.press("C-c")
        #expect(try session.waitForExit() == 130)
    }

    @Test("The command sees LANG=C.UTF-8 and the extra environment, quotes included")
    func environment() throws {
        let session = try TmuxSession(
            command: "printf '%s|%s\\n' \"$LANG\" \"$GREETING\"", environment: ["GREETING": "你好 'tally'"])
        #expect(try session.waitForExit() == 0)
        #expect(try session.screen() == "C.UTF-8|你好 'tally'\n[exit 0]")
    }

    @Test("Waiting for text that never shows up fails after the timeout")
    func waitTimesOut() throws {
        let session = try TmuxSession(command: "cat")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: TmuxSession.Failure.self) {
            try session.waitFor("never shown", timeout: .milliseconds(300))
        }
        #expect(clock.now - start < .seconds(5))
    }
}
