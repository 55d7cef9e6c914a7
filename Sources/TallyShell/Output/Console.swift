/// Where the shell writes what it shows: standard output for results and messages, standard error
/// for errors and warnings. Tests replace both with closures that collect the text.
public struct Console {
    /// Writes text meant for the screen (results, messages, narration).
    public var writeOutput: (String) -> Void
    /// Writes errors, warnings and timings.
    public var writeError: (String) -> Void

    /// A console writing through the given closures.
    public init(writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's standard output and standard error, unbuffered.
    public static var standard: Console {
        Console(writeOutput: StandardStreams.writeOutput, writeError: StandardStreams.writeError)
    }
}
