import ReportKit
import TallyQuery

/// What `.reports` (or `.docs`) lists: each loaded report with its document, speaker and counts.
enum LoadedReports {
    /// One row per report, titled with the number of documents and reports.
    static func table(of corpus: Corpus) -> ResultTable {
        let documents = corpus.documents.count
        let reports = corpus.reports.count
        return ResultTable(
            title: "\(documents) \(documents == 1 ? "document" : "documents"), "
                + "\(reports) \(reports == 1 ? "report" : "reports")",
            columns: ["doc", "city", "speaker", "role", "sections", "figures"],
            rows: corpus.reports.map { report in
                [.text(corpus.documents[report.document].name), .text(report.city), .text(report.speaker),
                 .text(report.role), .integer(corpus.sections[report.sections].filter { $0.level > 0 }.count),
                 .integer(report.measures.count)]
            })
    }
}
