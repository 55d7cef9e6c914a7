/// A generated corpus: the files and, for every figure written, the truth.
struct SyntheticCorpus: Sendable {
    /// The documents, named `report-00001.txt` and so on, in order.
    var files: [(name: String, bytes: [UInt8])]
    /// What each document says.
    var truth: Truth

    /// The total size of the files in bytes.
    var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }
}

/// The truth of a synthetic corpus: for each document and each figure of the seed, the city it
/// belongs to and the value it states, in the figure's unit.
struct Truth: Sendable {
    /// The seed the documents are variants of.
    let template: SeedTemplate
    /// For each document, the city standing in for each seed city.
    var cities: [[String]] = []
    /// For each document, the value of each seed figure, `template.figures.count` per document.
    var values: [Double] = []

    /// The number of documents.
    var documents: Int { cities.count }
    /// The number of figures in all documents.
    var count: Int { values.count }

    /// The value of figure `figure` in document `document`.
    func value(document: Int, figure: Int) -> Double {
        values[document * template.figures.count + figure]
    }

    /// The city of figure `figure` in document `document` (empty for a figure in the lead).
    func city(document: Int, figure: Int) -> String {
        let report = template.figures[figure].report
        return report >= 0 ? cities[document][report] : ""
    }

    /// Figure `figure` as written in document `document` (`3127万元`).
    func writtenText(document: Int, figure: Int) -> String {
        template.figures[figure].writtenText(value: value(document: document, figure: figure), seed: template.text)
    }
}
