import ReportKit

/// How a row names the report it comes from: its place and year (`海拉尔区 2015`), not a file path,
/// so that rows from several years' documents can be told apart.
enum DocumentLabel {
    /// `海拉尔区 2015`; the place alone when the report names no year.
    static func of(report: Int, in corpus: Corpus) -> String {
        guard report >= 0 else { return "" }
        let found = corpus.reports[report]
        return found.year.map { "\(found.city) \($0)" } ?? found.city
    }

    /// `海拉尔区 2015, line 12`: the report and the line a figure is on.
    static func of(measure: Int, in corpus: Corpus) -> String {
        of(measure: measure, in: corpus, reportLabel: of(report: Int(corpus.measures.report[measure]), in: corpus))
    }

    /// `海拉尔区 2015, line 12` with the report's label made already (`of(report:in:)`), for tables
    /// that label many figures of the same reports.
    static func of(measure: Int, in corpus: Corpus, reportLabel: String) -> String {
        (reportLabel.isEmpty ? "" : reportLabel + ", ") + "line \(corpus.measures.line[measure])"
    }

    /// Whether the loaded reports come from more than one document, so that tables name each row's.
    static func manyDocuments(_ corpus: Corpus) -> Bool { corpus.documents.count > 1 }
}
