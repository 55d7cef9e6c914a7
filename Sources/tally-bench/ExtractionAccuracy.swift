import ReportKit

/// Extraction checked against the truth of the synthetic corpus: recall and precision.
///
/// A figure found matches a true one when both are in the same document with the same unit and the
/// same value (compared to a thousandth of a base unit); each true figure matches at most one found
/// figure (a multiset match). Recall is matched ÷ true, precision matched ÷ found. Separately, the
/// matches whose city also agrees are counted, which checks that figures land in the right report.
struct ExtractionAccuracy: Sendable {
    /// A figure that was missed or found without being true, for debugging.
    struct Example: Sendable {
        /// The document's file name.
        var document: String
        /// The city (true for a missed figure, as parsed for a spurious one).
        var city: String
        /// The figure as written (missed) or as the parser read it (spurious).
        var raw: String
        /// The value in base units and the unit.
        var value: Double
        var unit: String
        /// The sentence it stands in, as the parser split it.
        var sentence: String
        /// For a missed figure, the figures the parser found in that sentence.
        var parsedInSentence: [String]
    }

    /// A report whose city the parser named differently from the truth.
    struct CityMismatch: Sendable {
        /// The document's file name.
        var document: String
        /// The city written into the document, and the one the parser gave the report.
        var expected: String
        var parsed: String
        /// The speaker line's office, as parsed (`长治市人民政府副市长`).
        var role: String
    }

    /// How many examples of each kind are kept.
    static let exampleLimit = 10

    /// The figures in the truth.
    var truthCount = 0
    /// The measures the parser found.
    var extractedCount = 0
    /// Found figures that match a true one.
    var matched = 0
    /// Matches whose city agrees too.
    var cityMatched = 0
    /// Up to `exampleLimit` true figures not found.
    var missedExamples: [Example] = []
    /// Up to `exampleLimit` found figures that are not true.
    var spuriousExamples: [Example] = []
    /// Reports compared with the truth's cities, and those whose city differs.
    var reportsChecked = 0
    var reportCityMismatches = 0
    /// Up to `exampleLimit` reports whose city differs.
    var cityMismatchExamples: [CityMismatch] = []

    /// True figures not found.
    var missed: Int { truthCount - matched }
    /// Found figures that are not true.
    var spurious: Int { extractedCount - matched }
    /// Matched ÷ true (1 when there is no truth).
    var recall: Double { truthCount > 0 ? Double(matched) / Double(truthCount) : 1 }
    /// Matched ÷ found (1 when nothing was found).
    var precision: Double { extractedCount > 0 ? Double(matched) / Double(extractedCount) : 1 }
    /// Matches whose city agrees ÷ matches.
    var cityAgreement: Double { matched > 0 ? Double(cityMatched) / Double(matched) : 1 }

    /// Checks the measures of `corpus` against `truth`; `names` are the file names of the truth's
    /// documents, in order (the corpus names documents by path).
    init(corpus: Corpus, truth: Truth, names: [String]) {
        let index = TruthIndex(corpus: corpus, truth: truth, names: names)
        truthCount = truth.count
        extractedCount = corpus.measures.count
        for document in 0..<truth.documents {
            let expected = index.expected(document: document)
            let found = index.found(document: document)
            let comparison = Self.compare(expected.map(\.key), found.map(\.key))
            matched += comparison.matched
            for position in comparison.missed where missedExamples.count < Self.exampleLimit {
                Self.add(index.missedExample(document: document, figure: expected[position].item), to: &missedExamples)
            }
            for position in comparison.spurious where spuriousExamples.count < Self.exampleLimit {
                Self.add(index.spuriousExample(measure: found[position].item), to: &spuriousExamples)
            }
            cityMatched += Self.compare(expected.map(\.keyWithCity), found.map(\.keyWithCity)).matched
            for mismatch in index.reportCities(document: document) {
                reportsChecked += 1
                guard mismatch.expected != mismatch.parsed else { continue }
                reportCityMismatches += 1
                if cityMismatchExamples.count < Self.exampleLimit { cityMismatchExamples.append(mismatch) }
            }
        }
    }

    /// Adds an example unless one with the same document, figure and sentence is there already (a
    /// sentence such as `七台河市…七台河学院…` fails the same way several times).
    private static func add(_ example: Example, to examples: inout [Example]) {
        let repeated = examples.contains {
            $0.document == example.document && $0.raw == example.raw && $0.sentence == example.sentence
        }
        if !repeated { examples.append(example) }
    }

    /// Merges two sorted key lists: the number matched and the positions left over on each side.
    private static func compare(_ expected: [FigureKey], _ found: [FigureKey]) -> (
        matched: Int, missed: [Int], spurious: [Int]
    ) {
        var matched = 0
        var missed: [Int] = []
        var spurious: [Int] = []
        var left = 0
        var right = 0
        while left < expected.count && right < found.count {
            if expected[left] == found[right] {
                matched += 1
                left += 1
                right += 1
            } else if expected[left] < found[right] {
                missed.append(left)
                left += 1
            } else {
                spurious.append(right)
                right += 1
            }
        }
        missed += left..<expected.count
        spurious += right..<found.count
        return (matched, missed, spurious)
    }
}

/// What a figure is matched on: unit, value (in thousandths) and, for the city check, city.
struct FigureKey: Comparable, Sendable {
    var unit: Int32
    var value: Int64
    var city: Int32

    static func < (left: FigureKey, right: FigureKey) -> Bool {
        (left.unit, left.value, left.city) < (right.unit, right.value, right.city)
    }

    /// A value in thousandths of a base unit, clamped into range (a spurious figure may be huge).
    static func thousandths(_ value: Double) -> Int64 {
        let scaled = (value * 1000).rounded()
        guard scaled.isFinite else { return Int64.max }
        return scaled.magnitude < 9e18 ? Int64(scaled) : (scaled < 0 ? Int64.min : Int64.max)
    }
}
