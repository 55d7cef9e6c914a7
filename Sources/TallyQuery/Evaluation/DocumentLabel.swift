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
        let report = of(report: Int(corpus.measures.report[measure]), in: corpus)
        return (report.isEmpty ? "" : report + ", ") + "line \(corpus.measures.line[measure])"
    }

    /// Whether the loaded reports come from more than one document, so that tables name each row's.
    static func manyDocuments(_ corpus: Corpus) -> Bool { corpus.documents.count > 1 }
}
