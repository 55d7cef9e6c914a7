extension Shell {
    /// How many steps `script` has (one per command).
    public static func stepCount(of script: ScriptFile) -> Int {
        ScriptItems(script.text).items.count
    }

    /// Step mode (`tally --step FILE`): walks through `script` from step `first`, reading the
    /// presenter's keys from `reader`. With `transcriptPath`, everything shown is also written there
    /// as Markdown without colour codes, all at once when the walk ends (written through a link, a
    /// pipe or a device; never the script itself). Returns `.failed` only when the transcript could
    /// not be written.
    public func step(
        through script: ScriptFile, from first: Int = 1, reader: any LineReader, transcriptPath: String? = nil
    ) -> CommandOutcome {
        var file: OutputFile?
        if let transcriptPath {
            if RealPath.resolved(transcriptPath) == script.realPath {
                showError(OutputMessages.transcriptIsScript(transcriptPath))
                return .failed
            }
            do {
                file = try OutputFile(path: transcriptPath)
            } catch {
                showError(error.message)
                return .failed
            }
        }
        let transcript = file.map { _ in Transcript(title: "tally: \(script.path)") }
        let outcome = StepWalk(shell: self, script: script, reader: reader, transcript: transcript).run(from: first)
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
}
