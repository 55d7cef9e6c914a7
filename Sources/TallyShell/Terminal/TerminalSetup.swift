import CEditLine

#if canImport(Glibc)
import Glibc
#endif

/// Start-up of the terminal layer: the locale and the choice of line reader.
public enum TerminalSetup {
    /// Sets the process locale from the environment and makes sure its character set is UTF-8.
    ///
    /// Call it once, first thing at start-up. libedit silently drops every non-ASCII key unless
    /// the locale is set, and under `LANG=C` (or no `LANG`) it drops them as well, so when the
    /// environment's codeset is not UTF-8 the character type falls back to `C.UTF-8`.
    /// Returns the codeset in effect afterwards (normally `UTF-8`).
    @discardableResult
    public static func configureLocale() -> String {
        setlocale(LC_ALL, "")
        if currentCodeset() != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return currentCodeset()
    }

    /// Picks the line reader for this process: the libedit editor when standard input and output are
    /// both terminals, plain lines from standard input otherwise (pipes and files get no prompts,
    /// no editing and no history).
    ///
    /// The interactive editor keeps its history in `HistoryFile.resolvePath()` (capped at
    /// `historySize` entries); pass nil to keep no history file.
    public static func makeLineReader(
        terminal: TerminalInfo = .current(),
        historySize: Int? = HistoryFile.defaultSize,
        completer: Completer? = nil
    ) -> any LineReader {
        guard terminal.isInteractive else { return PlainLineReader() }
        let historyFile = historySize.flatMap { size in
            HistoryFile.resolvePath().map { HistoryFile(path: $0, size: size) }
        }
        return EditLineReader(historyFile: historyFile, completer: completer) ?? PlainLineReader()
    }

    /// The codeset of the current `LC_CTYPE` locale, e.g. `UTF-8` or `ANSI_X3.4-1968`.
    private static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }
}
