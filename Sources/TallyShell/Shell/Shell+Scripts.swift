import TallyQuery

extension Shell {
    /// Runs every command of `script` in order, in this session. Stops at the first failure unless
    /// `settings.keepGoing` is set (then it runs on and reports `.failed` at the end); stops at
    /// `.quit` and when Ctrl-C was pressed. A command marked `#!error` may fail: it shows its
    /// error and counts as no failure.
    public func runScript(_ script: ScriptFile) -> CommandOutcome {
        runningScripts.append(script.realPath)
        defer { runningScripts.removeLast() }
        var failed = false
        for item in ScriptItems(script.text).items {
            if stopRequested() { return .interrupted }
            switch run(item.text, origin: item.origin(file: script.path)) {
            case .succeeded: continue
            case .failed where item.expectsError:
                failureCount -= 1
            case .failed:
                failed = true
                if !settings.keepGoing { return .failed }
            case .quit: return .quit
            case .interrupted: return .interrupted
            }
        }
        return failed ? .failed : .succeeded
    }
}
