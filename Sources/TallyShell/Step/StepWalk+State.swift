import TallyQuery

/// What a step starts from: the session (reports and `let` names) and the settings (`.mode`,
/// `.maxrows`, `.echo`, `.timer`), taken before a step runs and put back by `b` and jumps back.
struct WalkState {
    let session: Session
    let settings: ShellSettings

    /// The state `shell` is in now.
    init(of shell: Shell) {
        session = shell.session
        settings = shell.settings
    }

    /// Puts `shell` back in this state.
    func restore(into shell: Shell) {
        shell.session = session
        shell.settings = settings
    }
}

extension StepWalk {
    /// Moves on from step `index` to the next one. A step skipped that defines state (`let`,
    /// `.mode`…) still runs, silently, so that the steps after it work.
    func advance(ran: Bool) {
        if !ran && steps[index].command.definesState { runSilently([steps[index].command]) }
        guard index + 1 < steps.count else {
            index = steps.count
            return
        }
        arrive(at: index + 1)
    }

    /// Shows step `target` in the state the script gives it. Forward, the steps passed leave their
    /// set-up and state behind; back, the state is the one from before `target` last ran, or (when
    /// it never ran) the one the steps before it make from the walk's start.
    func jump(to target: Int) {
        if target > index {
            for passed in index..<target { transcript?.skip(passed) }
            catchUp(from: index, to: target, setUpDone: true)
        } else if let state = before[target] {
            state.restore(into: shell)
            index = target
            show()
            return
        } else {
            initial.restore(into: shell)
            catchUp(from: 0, to: target, setUpDone: false)
        }
        arrive(at: target)
    }

    /// Runs silently what steps `start..<end` leave behind: their set-up (but step `start`'s when
    /// `setUpDone`) and their commands that define state.
    func catchUp(from start: Int, to end: Int, setUpDone: Bool) {
        for passed in start..<max(start, end) {
            if passed > start || !setUpDone { runSilently(steps[passed].setUp) }
            if steps[passed].command.definesState { runSilently([steps[passed].command]) }
        }
    }

    /// Makes step `target` the one shown: runs its set-up silently, remembers the state, shows it.
    func arrive(at target: Int) {
        index = target
        runSilently(steps[target].setUp)
        before[target] = WalkState(of: shell)
        show()
    }

    /// Runs `items` without showing their output (errors still show), Ctrl-C stopping only them.
    func runSilently(_ items: [ScriptItem]) {
        guard !items.isEmpty else { return }
        shell.quiet = true
        defer { shell.quiet = false }
        Interrupt.catching {
            for item in items { shell.run(item.text, origin: item.origin(file: script.path)) }
        }
    }
}
