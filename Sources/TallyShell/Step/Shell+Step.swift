extension Shell {
    /// How many steps `script` has: one per command, hidden set-up (`#!setup`) not counted.
    public static func stepCount(of script: ScriptFile) -> Int {
        StepScript(script.text).steps.count
    }

    /// Step mode (`tally --step FILE`, `.step FILE`): walks through `script` as `options` say,
    /// reading the presenter's lines from `reader` and single keys (typing, pausing auto-advance)
    /// from the same input. With `options.transcriptPath`, a Markdown handout is written when the
    /// walk ends (written through a link, a pipe or a device; never the script itself); with
    /// `options.notesPath`, the presenter's notes are written as the walk goes. Returns `.failed`
    /// when either file could not be written, `.quit` when the presenter typed `.quit`, else
    /// `.succeeded`.
    public func step(through script: ScriptFile, options: StepOptions = StepOptions(), reader: any LineReader)
        -> CommandOutcome
    {
        var notes: PresenterNotes?
        var file: OutputFile?
        if let path = options.transcriptPath, RealPath.resolved(path) == script.realPath {
            showError(OutputMessages.transcriptIsScript(path))
            return .failed
        }
        if let path = options.notesPath, RealPath.resolved(path) == script.realPath {
            showError(StepText(options).notesAreScript(path))
            return .failed
        }
        do {
            notes = try options.notesPath.map { path throws(OutputFile.Failure) in try PresenterNotes(path: path) }
            file = try options.transcriptPath.map { path throws(OutputFile.Failure) in try OutputFile(path: path) }
        } catch {
            showError(error.message)
            return .failed
        }
        let plan = StepScript(script.text)
        let transcript = file.map { _ in
            Transcript(
                title: plan.title ?? "tally: \(script.path)", script: plan, texts: StepText(options),
                keepsPresenterCommands: options.transcriptKeepsPresenterCommands)
        }
        let walk = StepWalk(
            shell: self, script: script, reader: reader, keys: Self.keys(besides: reader), options: options,
            transcript: transcript, notes: notes)
        let outcome = walk.run()
        guard let file, let transcript else { return outcome }
        do {
            try file.append(transcript.markdown)
            try file.close()
        } catch {
            showError(error.message)
            return .failed
        }
        return outcome
    }

    /// Where single keys come from beside `reader`: a pipe's reader reads both; beside the line
    /// editor, the terminal itself.
    static func keys(besides reader: any LineReader) -> (any KeyReader)? {
        if let keys = reader as? any KeyReader { return keys }
        return reader is EditLineReader ? TerminalKeys() : nil
    }
}
