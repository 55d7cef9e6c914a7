import ReportKit
import TallyQuery

extension Shell {
    /// `.reports` (or `.docs`): the `reports` table, titled with how many documents and reports are
    /// loaded.
    func showLoadedReports() {
        var session = session
        guard var table = try? session.run("reports").table else { return }
        let corpus = session.corpus
        let documents = corpus.documents.count
        let reports = corpus.reports.count
        table.title =
            "\(documents) \(documents == 1 ? "document" : "documents"), "
            + "\(reports) \(reports == 1 ? "report" : "reports")"
        write(render(table, as: .table, maxWidth: screenWidth, color: settings.color))
    }
}
