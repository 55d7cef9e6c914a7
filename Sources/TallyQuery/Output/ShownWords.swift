import ReportKit
import TallyText

/// The words people see in a table, chart or expanded record, in the current language: a
/// column's header — its name in English; in Chinese the field's Chinese alias (`城市`) or the
/// catalogue's word for a computed column (`合计`) — and the words of fields with fixed values
/// (`money` → `金额` in a `kind` column, `第12行` in a label). Machine formats never use them: their keys and values
/// stay ASCII in every language.
enum ShownWords {
    /// The computed columns (not fields) that have a word in the catalogue.
    private static let computed: [String: Phrase] = [
        "total": .columnTotal, "difference": .columnDifference, "ratio": .columnRatio, "growth": .columnGrowth,
        "measures": .columnMeasures, "place": .columnPlace, "planned": .columnPlanned,
        "planned_in": .columnPlannedIn, "planned_sentence": .columnPlannedSentence, "reported": .columnReported,
        "reported_in": .columnReportedIn, "reports": .columnReports, "result": .columnResult,
        "result_sentence": .columnResultSentence, "sections": .columnSections, "source": .columnSource,
        "share": .columnShare,
    ]

    /// For each field with fixed values, each English value's Chinese word (`money` → `金额`).
    private static let chineseValues: [String: [String: String]] = Dictionary(
        uniqueKeysWithValues: Field.allCases.compactMap { field in
            guard let known = field.knownValues else { return nil }
            let words = known.filter { !$0.key.unicodeScalars.allSatisfy(\.isASCII) }
            return (field.english, Dictionary(words.map { ($0.value, $0.key) }, uniquingKeysWith: min))
        })

    /// The header of a column named `name`, on one line.
    static func header(_ name: String) -> String {
        if let phrase = computed[name] { return phrase() }
        if Language.current == .chinese, let field = Field(rawValue: name) { return field.chinese }
        return TerminalText.singleLine(name)
    }

    /// The headers of `names`.
    static func headers(_ names: [String]) -> [String] {
        names.map { header($0) }
    }

    /// How the cells of one column are shown.
    enum ColumnWords {
        /// As they are.
        case asIs
        /// A field with fixed values: each English value's word (`money` → `金额`).
        case fixed([String: String])
        /// Labels of the line a figure is on (`DocumentLabel.shown`).
        case documentLabels
    }

    /// For each of `columns`, how its cells are shown: in Chinese the words of a field with fixed
    /// values and the Chinese form of document labels; in English every cell as it is.
    static func valueWords(_ columns: [String]) -> [ColumnWords] {
        guard Language.current == .chinese else { return columns.map { _ in .asIs } }
        return columns.map { column in
            if let words = chineseValues[column] { return .fixed(words) }
            return DocumentLabel.columns.contains(column) ? .documentLabels : .asIs
        }
    }

    /// `cell` as people read it, in the words of `words` (from `valueWords`), a figure with 亿/万
    /// chosen by its size when `bySize`.
    static func text(_ cell: Cell, words: ColumnWords, bySize: Bool = false) -> String {
        switch (words, cell) {
        case (.fixed(let words), .text(let text)): words[text] ?? cell.humanText(bySize: bySize)
        case (.documentLabels, .text(let text)): DocumentLabel.shown(text)
        default: cell.humanText(bySize: bySize)
        }
    }
}
