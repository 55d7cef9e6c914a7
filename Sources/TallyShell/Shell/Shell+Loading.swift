import ReportKit
import TallyQuery

extension Shell {
    /// What is loaded, for the banner, the prompt and the replies of `.load`: documents and years.
    var loadedSummary: String {
        LoadingText.documentsAndYears(documents: session.corpus.documents.count, years: session.reportYears)
    }

    /// `.load PATH…`: adds the reports of files and folders; lists the ones that failed and those
    /// whose bytes are loaded already (which add nothing).
    func load(_ paths: [String]) -> CommandOutcome {
        let before = session.corpus.reports.count
        let measuresBefore = session.corpus.measures.count
        let documentsBefore = session.corpus.documents.count
        let addition = session.load(paths: paths, within: safeMode.isOn ? safeMode.roots : nil, stop: stop)
        for skipped in addition.skipped { show(skipped) }
        for failure in addition.failures { show(failure) }
        for name in addition.alreadyLoaded { write(LoadingText.alreadyLoaded(name)) }
        let documents = session.corpus.documents.count - documentsBefore
        if documents > 0 || addition.alreadyLoaded.isEmpty {
            write(
                LoadingText.loaded(
                    documents: documents, reports: session.corpus.reports.count - before,
                    figures: session.corpus.measures.count - measuresBefore, inAll: loadedSummary))
        }
        if stopRequested() { return .interrupted }
        return addition.failures.isEmpty ? .succeeded : .failed
    }

    /// `.unload FILE|PLACE`: removes a loaded document, or every document with a report of a place.
    func unload(_ target: String, line: String, origin: StatementOrigin) -> CommandOutcome {
        let hadNames = !session.names.isEmpty
        let removed = session.unload(target)
        guard !removed.isEmpty else {
            let column =
                line.firstRange(of: target).map {
                    line.unicodeScalars.distance(
                        from: line.unicodeScalars.startIndex, to: $0.lowerBound) + 1
                } ?? 1
            show(
                Diagnostic(
                    LoadingText.nothingToUnload(target),
                    at: SourceLocation(file: origin.file, line: origin.line, column: column), sourceLine: line,
                    length: target.unicodeScalars.count, hint: LoadingText.unloadHint))
            return .failed
        }
        write(LoadingText.unloaded(removed, left: loadedSummary, forgotNames: hadNames))
        return .succeeded
    }
}
