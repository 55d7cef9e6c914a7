import ReportKit
import TallyQuery

extension Shell {
    /// `.reports` (or `.docs`): the `reports` table, titled with how many documents and reports are
    /// loaded.
    func showLoadedReports() {
        var session = session
        guard var table = try? session.run("reports").table else { return }
        let corpus = session.corpus
        table.title =
            Plural.counted(corpus.documents.count, .document) + ", "
            + Plural.counted(corpus.reports.count, .report)
        write(render(table, as: .table, maxWidth: screenWidth, color: settings.color))
    }
}
