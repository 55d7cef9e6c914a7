/// The presenter's stream (`--notes FILE`): for each step shown, its title, its `#!note` lines, the
/// command and what comes next, written at once so that `tail -f FILE` in a second terminal (or a
/// terminal device named as FILE) follows the walk. The audience never sees it.
final class PresenterNotes {
    private let file: OutputFile

    /// Opens `path` for writing as `.output` does (a regular file emptied, a link, pipe or device
    /// written through); throws a one-line reason.
    init(path: String) throws(OutputFile.Failure) {
        file = try OutputFile(path: path)
    }

    deinit {
        try? file.close()
    }

    /// Writes `text` and a line end now (a failed write is dropped: the notes must not stop a talk).
    func add(_ text: String) {
        _ = try? file.append(text + "\n")
    }
}
