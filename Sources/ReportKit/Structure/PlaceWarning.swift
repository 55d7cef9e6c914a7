import TallyText

/// The warnings for reports whose place tally could not find: a report without a place is left
/// without one (never guessed), and the user is told how to give it one.
public enum PlaceWarning {
    /// One line per report without a place:
    /// `FILE:LINE:1: warning: no place found for the report of SPEAKER; give the file a title that names it`.
    public static func messages(for corpus: Corpus) -> [String] {
        corpus.documents.flatMap { document in
            document.reports.compactMap { index -> String? in
                let report = corpus.reports[index]
                guard report.city.isEmpty else { return nil }
                let who = report.speaker.isEmpty ? Phrase.unnamedSpeaker() : report.speaker
                return "\(document.name):\(report.line):1: " + Phrase.warningLabel() + " " + Phrase.noPlaceFound(who)
            }
        }
    }
}
