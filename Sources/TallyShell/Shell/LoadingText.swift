import ReportKit
import TallyQuery
import TallyText

/// The shell's words about what is loaded, from the catalogue: the banner, the prompt and the
/// replies of `.load`, `.unload` and `.reset`. File names in them show their controls as visible
/// escapes (`TerminalText`).
enum LoadingText {
    /// `6 documents, 6 years (2012–2018)`, `1 document (2022)`, `0 documents`.
    static func documentsAndYears(documents: Int, years: [Int]) -> String {
        let counted = Plural.counted(documents, .document)
        guard let first = years.first, let last = years.last else { return counted }
        if years.count == 1 { return Phrase.oneYear(counted, first) }
        return Phrase.yearsSpan(counted, Plural.counted(years.count, .year), first, last)
    }

    /// The prompt's summary: `6 documents, 6 years`, `1 document, 2022`.
    static func promptSummary(documents: Int, years: [Int]) -> String {
        let counted = Plural.counted(documents, .document)
        guard let first = years.first else { return counted }
        return counted + ", " + (years.count == 1 ? "\(first)" : Plural.counted(years.count, .year))
    }

    /// `loaded 2 documents: 2 reports, 264 figures; in all 6 documents, 6 years (2012–2018)`.
    static func loaded(documents: Int, reports: Int, figures: Int, inAll: String) -> String {
        Phrase.loaded(
            Plural.counted(documents, .document), Plural.counted(reports, .report), Plural.counted(figures, .figure),
            inAll) + "\n"
    }

    /// The banner's summary: `5 reports in 1 document (2022)`.
    static func banner(reports: Int, documentsAndYears: String) -> String {
        Phrase.bannerReports(Plural.counted(reports, .report), documentsAndYears)
    }

    /// `already loaded: seeds/hailar/2012.txt (nothing added)`.
    static func alreadyLoaded(_ name: String) -> String {
        Phrase.alreadyLoaded(TerminalText.singleLine(name)) + "\n"
    }

    /// `unloaded 1 document: seeds/hailar/2012.txt; left: 5 documents, …; names defined with let are forgotten`.
    static func unloaded(_ names: [String], left: String, forgotNames: Bool) -> String {
        Phrase.unloaded(
            Plural.counted(names.count, .document), TerminalText.singleLine(names.joined(separator: ", ")), left)
            + (forgotNames ? Phrase.namesForgotten() : "") + "\n"
    }

    /// The error for `.unload X` when X is no loaded document and no place.
    static func nothingToUnload(_ target: String) -> String {
        Phrase.nothingToUnload(target)
    }

    static var unloadHint: String { Phrase.unloadHint() }

    /// The reply of `.reset`.
    static var reset: String { Phrase.resetDone() + "\n" }
}
