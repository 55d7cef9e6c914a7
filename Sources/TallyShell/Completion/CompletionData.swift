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

    /// Completion data from explicit lists.
    public init(cities: [String] = [], units: [String] = [], speakers: [String] = [], names: [String] = []) {
        self.cities = cities
        self.units = units
        self.speakers = speakers
        self.names = names
    }

    /// The data of `corpus`, with the `let` names of a session.
    public init(corpus: Corpus, names: [String]) {
        var seenSpeakers = Set<String>()
        self.init(
            cities: corpus.cities,
            units: corpus.units.strings.filter { !$0.isEmpty },
            speakers: corpus.reports.map(\.speaker).filter { !$0.isEmpty && seenSpeakers.insert($0).inserted },
            names: names)
    }
}
