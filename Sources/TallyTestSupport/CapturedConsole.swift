import TallyShell

/// What a shell wrote, standard output and standard error apart.
public final class CapturedConsole {
    /// Everything written to standard output.
    public var output = ""
    /// Everything written to standard error.
    public var error = ""

    /// An empty capture.
    public init() {}

    /// A console that appends to `output` and `error`.
    public var console: Console {
        Console(writeOutput: { self.output += $0 }, writeError: { self.error += $0 })
    }
}
