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
        let city = corpus.reports[report].city
        return corpus.reports[report].year.map { city + " " + String($0) } ?? city
    }

    /// `海拉尔区 2015, line 12`: the report and the line a figure is on, in the English words of
    /// the catalogue whatever the language, as machine formats keep them; `shown(_:)` gives the
    /// words people read.
    static func of(measure: Int, in corpus: Corpus) -> String {
        of(line: corpus.line(ofMeasure: measure), report: of(report: Int(corpus.measures.report[measure]), in: corpus))
    }

    /// `of(measure:in:)` for a table of many rows: the catalogue's words around the report and the
    /// line are looked up once, so a row's label is a few appends.
    struct Figures: Sendable {
        let corpus: Corpus
        /// The words before the report, between it and the line, and after the line; nil when the
        /// catalogue's text does not have them in that order.
        private let words: (before: String, between: String, after: String)?

        init(_ corpus: Corpus) {
            self.corpus = corpus
            let text = DocumentLabel.of(line: "\u{2}", report: "\u{1}")
            if let report = text.firstIndex(of: "\u{1}"), let line = text.firstIndex(of: "\u{2}"), report < line {
                words = (
                    String(text[..<report]), String(text[text.index(after: report)..<line]),
                    String(text[text.index(after: line)...])
                )
            } else {
                words = nil
            }
        }

        /// The label of `measure`, as `DocumentLabel.of(measure:in:)` gives it.
        func of(measure: Int) -> String {
            let report = DocumentLabel.of(report: Int(corpus.measures.report[measure]), in: corpus)
            guard let words, !report.isEmpty else { return DocumentLabel.of(measure: measure, in: corpus) }
            return words.before + report + words.between + String(corpus.line(ofMeasure: measure)) + words.after
        }
    }

    private static func of(line: some CustomStringConvertible, report: String) -> String {
        report.isEmpty
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
