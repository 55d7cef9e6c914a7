import TallyQuery

/// The shell's words about what is loaded, kept together so they can move to a catalogue of
/// translations: the banner, the prompt and the replies of `.load`, `.unload` and `.reset`.
enum LoadingText {
    /// `6 documents, 6 years (2012–2018)`, `1 document (2022)`, `0 documents`.
    static func documentsAndYears(documents: Int, years: [Int]) -> String {
        let counted = Plural.counted(documents, "document", "documents")
        guard let first = years.first, let last = years.last else { return counted }
        if years.count == 1 { return counted + " (\(first))" }
        return counted + ", " + Plural.counted(years.count, "year", "years") + " (\(first)–\(last))"
    }

    /// The prompt's summary: `6 documents, 6 years`, `1 document, 2022`.
    static func promptSummary(documents: Int, years: [Int]) -> String {
        let counted = Plural.counted(documents, "document", "documents")
        guard let first = years.first else { return counted }
        return counted + ", " + (years.count == 1 ? "\(first)" : Plural.counted(years.count, "year", "years"))
    }

    /// `loaded 2 documents: 2 reports, 264 figures; in all 6 documents, 6 years (2012–2018)`.
    static func loaded(documents: Int, reports: Int, figures: Int, inAll: String) -> String {
        "loaded " + Plural.counted(documents, "document", "documents") + ": "
            + Plural.counted(reports, "report", "reports") + ", " + Plural.counted(figures, "figure", "figures")
            + "; in all " + inAll + "\n"
    }

    /// The banner's summary: `5 reports in 1 document (2022)`.
    static func banner(reports: Int, documentsAndYears: String) -> String {
        Plural.counted(reports, "report", "reports") + " in " + documentsAndYears
    }

    /// `already loaded: seeds/hailar/2012.txt (nothing added)`.
    static func alreadyLoaded(_ name: String) -> String {
        "already loaded: \(name) (the same bytes are loaded; nothing added)\n"
    }

    /// `unloaded 1 document: seeds/hailar/2012.txt (5 documents, … left); let names forgotten`.
    static func unloaded(_ names: [String], left: String, forgotNames: Bool) -> String {
        "unloaded " + Plural.counted(names.count, "document", "documents") + ": " + names.joined(separator: ", ")
            + "; left: " + left + (forgotNames ? "; names defined with let are forgotten" : "") + "\n"
    }

    /// The error for `.unload X` when X is no loaded document and no place.
    static func nothingToUnload(_ target: String) -> String {
        "nothing to unload: '\(target)' is neither a loaded document nor a place with reports"
    }

    static let unloadHint = ".reports lists what is loaded; name a file as it was loaded, or a place"

    /// The reply of `.reset`.
    static let reset = "removed every document and every name defined with let\n"
}
