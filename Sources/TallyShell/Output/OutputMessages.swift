import ReportKit
import TallyQuery
import TallyText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The messages about writing results, from the catalogue.
public enum OutputMessages {
    /// What standard output is called in messages.
    static var standardOutput: String { Phrase.standardOutput() }

    /// `cannot write PATH: REASON`.
    static func cannotWrite(_ path: String, reason: String) -> String {
        Phrase.cannotWrite(path, reason)
    }

    /// `cannot write PATH: ` and the system's message for `code`, in lower case.
    static func cannotWrite(_ path: String, reason code: Int32) -> String {
        cannotWrite(path, reason: systemMessage(code))
    }

    /// The reason given for a folder.
    static var isAFolder: String { Phrase.isAFolder() }
    /// The reason given when Ctrl-C (or a signal) stopped the wait for a reader of a named pipe.
    static var interruptedWhileOpening: String { Phrase.interruptedWhileOpening() }

    /// The refusal of `.output`/`.once` naming a script that is running.
    static func wouldOverwriteScript(_ command: String, _ path: String) -> String {
        Phrase.wouldOverwriteScript(command, path)
    }
    /// The hint under that refusal.
    static var scriptHint: String { Phrase.scriptHint() }
    /// The refusal of `--step FILE --transcript FILE`.
    static func transcriptIsScript(_ path: String) -> String {
        Phrase.transcriptIsScript(path)
    }

    /// What `.save` and `tally export` say when the database is written.
    public static func saved(_ corpus: Corpus, to path: String) -> String {
        Phrase.saved(
            Plural.counted(corpus.reports.count, .report), Plural.counted(corpus.sentences.count, .sentence),
            Plural.counted(corpus.measures.count, .figure), TerminalText.singleLine(path))
    }

    /// The system's message for `code` in lower case (`no space left on device`).
    static func systemMessage(_ code: Int32) -> String {
        SystemMessage.text(code)
    }
}
