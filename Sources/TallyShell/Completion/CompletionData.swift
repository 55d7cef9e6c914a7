import ReportKit
import TallyQuery

/// What the loaded reports and the session offer for completion: the values that may follow
/// `city ==`, `unit ==` or `speaker ==`, and the names `let` has given.
public struct CompletionData: Sendable, Equatable {
    /// City names, in load order (`合肥`, `蚌埠`, …).
    public var cities: [String]
    /// Units the figures use (`元`, `人次`, `%`), in first-use order.
    public var units: [String]
    /// Speakers of the reports.
    public var speakers: [String]
    /// Names given with `let`, sorted.
    public var names: [String]
    /// The years the figures describe (`period`) and the reports are of (`year`), ascending.
    public var years: [Int]

    /// Completion data from explicit lists.
    public init(
        cities: [String] = [], units: [String] = [], speakers: [String] = [], names: [String] = [], years: [Int] = []
    ) {
        self.cities = cities
        self.units = units
        self.speakers = speakers
        self.names = names
        self.years = years
    }

    /// The data of `corpus`, with the `let` names of a session.
    public init(corpus: Corpus, names: [String]) {
        var seenSpeakers = Set<String>()
        self.init(
            cities: corpus.cities,
            units: corpus.units.strings.filter { !$0.isEmpty },
            speakers: corpus.reports.map(\.speaker).filter { !$0.isEmpty && seenSpeakers.insert($0).inserted },
            names: names, years: Self.years(of: corpus))
    }

    /// The reports' years and the single years their figures describe, once each, ascending.
    private static func years(of corpus: Corpus) -> [Int] {
        var years = Set(corpus.reports.compactMap(\.year))
        for details in corpus.measures.details { if let year = details.year { years.insert(year) } }
        return years.sorted()
    }
}
