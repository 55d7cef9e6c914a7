/// How a command, a script or a walk ended.
public enum CommandOutcome: Sendable, Equatable {
    /// Everything ran.
    case succeeded
    /// A command failed (its error has been shown).
    case failed
    /// `.quit` asked to leave.
    case quit
    /// Ctrl-C stopped it.
    case interrupted

}
