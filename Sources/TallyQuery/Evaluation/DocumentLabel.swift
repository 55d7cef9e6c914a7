import ReportKit
import TallyText

/// How a row names the report it comes from: its place and year (`海拉尔区 2015`), not a file path,
/// so that rows from several years' documents can be told apart.
enum DocumentLabel {
    /// The computed columns whose cells are labels of a figure (`of(measure:in:)`).
    static let columns: Set<String> = ["planned_in", "reported_in", "source"]

    /// `海拉尔区 2015`; the place alone when the report names no year.
    static func of(report: Int, in corpus: Corpus) -> String {
        guard report >= 0 else { return "" }
        let found = corpus.reports[report]
        return found.year.map { "\(found.city) \($0)" } ?? found.city
    }

    /// `海拉尔区 2015, line 12`: the report and the line a figure is on, in the English words of
    /// the catalogue whatever the language, as machine formats keep them; `shown(_:)` gives the
    /// words people read.
    static func of(measure: Int, in corpus: Corpus) -> String {
        let report = of(report: Int(corpus.measures.report[measure]), in: corpus)
        let line = corpus.measures.line[measure]
        return report.isEmpty
            ? Phrase.labelLine.text(in: .english, line) : Phrase.labelReportLine.text(in: .english, report, line)
    }

    /// A label of `of(measure:in:)` in the current language (`海拉尔区 2015，第12行`); any other
    /// text as it is.
    static func shown(_ label: String) -> String {
        let digits = label.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0 else { return label }
        let line = String(label.suffix(digits))
        if label == Phrase.labelLine.text(in: .english, line) { return Phrase.labelLine(line) }
        let tail = Phrase.labelReportLine.text(in: .english, "", line)
        guard label.count > tail.count, label.hasSuffix(tail) else { return label }
        return Phrase.labelReportLine(String(label.dropLast(tail.count)), line)
    }

    /// Whether the loaded reports come from more than one document, so that tables name each row's.
    static func manyDocuments(_ corpus: Corpus) -> Bool { corpus.documents.count > 1 }
}
