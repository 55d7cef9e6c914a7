import ReportKit
import TallyText

/// The cities of a corpus, and how names typed in queries map to them: `合肥` and `合肥市` name the
/// same city; a name that matches none gets a suggestion. Built once per loaded corpus, it also
/// numbers the cities and gives every measure its city number, so filters, groups and comparisons
/// by city read one integer column.
public struct CityDirectory: Sendable {
    /// The cities in the order their reports were loaded.
    public let names: [String]
    /// Each report's city, an index in `names`.
    public let idOfReport: [Int32]
    /// Each measure's city, an index in `names`; -1 for a figure in a document's lead.
    let idOfMeasure: [Int32]
    private let idOfName: [String: Int32]
    private let canonical: [String: String]

    /// The cities of `corpus`, numbered in load order.
    public init(corpus: Corpus) {
        var names: [String] = []
        var idOfName: [String: Int32] = [:]
        var idOfReport: [Int32] = []
        idOfReport.reserveCapacity(corpus.reports.count)
        for report in corpus.reports {
            if let id = idOfName[report.city] {
                idOfReport.append(id)
            } else {
                idOfName[report.city] = Int32(names.count)
                idOfReport.append(Int32(names.count))
                names.append(report.city)
            }
        }
        self.names = names
        self.idOfName = idOfName
        self.idOfReport = idOfReport
        idOfMeasure = corpus.measures.report.map { $0 < 0 ? -1 : idOfReport[Int($0)] }
        var canonical: [String: String] = [:]
        for report in corpus.reports {
            canonical[report.city] = report.city
            canonical[report.place] = canonical[report.place] ?? report.city
            canonical[PlaceSuffix.stripped(report.place)] = canonical[PlaceSuffix.stripped(report.place)] ?? report.city
        }
        self.canonical = canonical
    }

    /// The number of a city (as `resolve` returns it).
    func id(of city: String) -> Int32? { idOfName[city] }

    /// The city a typed name means, or nil.
    func resolve(_ name: String) -> String? {
        canonical[name] ?? canonical[PlaceSuffix.stripped(name)]
    }

    /// The error for a name that is no city: `no city '合fei'` with the nearest names as a hint.
    func unknown(_ name: String, at span: SourceSpan) -> StatementError {
        let nearest = Suggestion.closest(to: name, among: names)
        let hint = nearest.map { Phrase.didYouMeanWord($0) } ?? Phrase.theCitiesAre(names.joined(separator: ", "))
        return StatementError(Phrase.noCity(name), at: span, hint: hint)
    }
}

/// Administrative suffixes people leave off (`合肥市` → `合肥`).
enum PlaceSuffix {
    static let suffixes = ["特别行政区", "自治区", "省", "市"]

    static func stripped(_ name: String) -> String {
        for suffix in suffixes where name.hasSuffix(suffix) && name.count - suffix.count >= 2 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
