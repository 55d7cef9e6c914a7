import ReportKit
import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The messages about writing results, in one place (for a later catalogue of translations).
public enum OutputMessages {
    /// What standard output is called in messages.
    static let standardOutput = "standard output"

    /// `cannot write PATH: REASON`.
    static func cannotWrite(_ path: String, reason: String) -> String {
        "cannot write \(path): \(reason)"
    }

    /// `cannot write PATH: ` and the system's message for `code`, in lower case.
    static func cannotWrite(_ path: String, reason code: Int32) -> String {
        cannotWrite(path, reason: systemMessage(code))
    }

    /// The reason given for a folder.
    static let isAFolder = "it is a folder"
    /// The reason given when Ctrl-C (or a signal) stopped the wait for a reader of a named pipe.
    static let interruptedWhileOpening = "interrupted while waiting for a reader"

    /// The refusal of `.output`/`.once` naming a script that is running.
    static func wouldOverwriteScript(_ command: String, _ path: String) -> String {
        "'\(command) \(path)' would overwrite the script \(path) while it runs"
    }
    /// The hint under that refusal.
    static let scriptHint = "write results to a file of their own"
    /// The refusal of `--step FILE --transcript FILE`.
    static func transcriptIsScript(_ path: String) -> String {
        "--transcript \(path) would overwrite the script being stepped through"
    }

    /// What `.save` and `tally export` say when the database is written.
    public static func saved(_ corpus: Corpus, to path: String) -> String {
        "saved " + Plural.counted(corpus.reports.count, "report", "reports") + ", "
            + Plural.counted(corpus.sentences.count, "sentence", "sentences") + " and "
            + Plural.counted(corpus.measures.count, "figure", "figures") + " to \(path)"
    }

    /// The system's message for `code` in lower case (`no space left on device`).
    static func systemMessage(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }
}
