/// Where the shell writes what it shows: standard output for results and messages, standard error
/// for errors and warnings. Tests replace both with closures that collect the text.
public struct Console {
    /// Writes text meant for the screen (results, messages, narration).
    public var writeOutput: (String) -> Void
    /// Writes errors, warnings and timings.
    public var writeError: (String) -> Void

    /// Why writing output failed (`cannot write standard output: no space left on device`), or nil.
    public var outputFailure: () -> String?

    /// A console writing through the given closures; `outputFailure` tells when output could not be written.
    public init(
        writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
        outputFailure: @escaping () -> String? = { nil }
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.outputFailure = outputFailure
    }

    /// The process's standard output and standard error, unbuffered; a failed write to standard
    /// output is remembered.
    public static var standard: Console {
        Console(
            writeOutput: StandardStreams.writeOutput, writeError: StandardStreams.writeError,
            outputFailure: { StandardStreams.outputFailureMessage })
    }
}
