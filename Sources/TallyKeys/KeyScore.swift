import Foundation
import ReportKit

/// How tally reads one report against its answer key: recall and precision of figures, agreement of
/// their fields, and the structure of each report.
public struct KeyScore: Sendable {
    /// The key's name.
    public var name: String
    /// Core figures of the key, and how many of them tally found.
    public var coreFigures = 0
    public var coreFound = 0
    /// Figures tally found, and how many of them the key has (core or not).
    public var found = 0
    public var foundInKey = 0
    /// Over the figures both have: how many agree on each field.
    public var matched = 0
    public var value = 0
    public var unit = 0
    public var subject = 0
    public var change = 0
    public var period = 0
    public var target = 0
    /// Reports of the key, and how many tally got right in place, speaker, date and year.
    public var reports = 0
    public var reportsRight = 0
    /// Each disagreement, one line each, for reading what went wrong.
    public var misses: [String] = []

    /// The share of core figures found.
    public var recall: Double { ratio(coreFound, coreFigures) }
    /// The share of tally's figures that are figures of the key.
    public var precision: Double { ratio(foundInKey, found) }

    /// A share of matched figures.
    public func agreement(_ count: Int) -> Double { ratio(count, matched) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    /// Parses the report of `key` (in `reports`, as `NAME.txt`) and scores it.
    public static func score(_ key: AnswerKey, reports: String) throws(KeyError) -> KeyScore {
        let path = "\(reports)/\(key.name).txt"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyError(description: "\(path): cannot read the report")
        }
        switch ReportParser.parse(name: key.name + ".txt", bytes: Array(data)) {
        case .success(let document): return score(key, corpus: Corpus([document]))
        case .failure(let diagnostic): throw KeyError(description: diagnostic.rendered())
        }
    }

    /// Scores the one document of `corpus` against `key`.
    public static func score(_ key: AnswerKey, corpus: Corpus) -> KeyScore {
        var score = KeyScore(name: key.name)
        score.scoreStructure(key, corpus: corpus)
        let measures = corpus.measures
        var taken = Set<Int>()
        var keyFor = [Int: Int]()  // tally measure → key figure
        // Each key figure takes the first unmatched tally measure that overlaps it.
        var cursor = 0
        for (index, figure) in key.figures.enumerated() {
            while cursor < measures.count, Int(measures.rawEnd[cursor]) <= figure.offset { cursor += 1 }
            var probe = cursor
            while probe < measures.count, Int(measures.rawStart[probe]) < figure.range.upperBound {
                if !taken.contains(probe), Int(measures.rawEnd[probe]) > figure.offset {
                    taken.insert(probe)
                    keyFor[probe] = index
                    break
                }
                probe += 1
            }
        }
        score.found = measures.count
        score.foundInKey = keyFor.count
        score.coreFigures = key.figures.filter(\.core).count
        let matchedFigures = Set(keyFor.values)
        score.coreFound = key.figures.indices.filter { key.figures[$0].core && matchedFigures.contains($0) }.count
        for (index, figure) in key.figures.enumerated() where figure.core && !matchedFigures.contains(index) {
            score.misses.append("missed\t\(figure.raw)\t\(context(corpus, figure.offset))")
        }
        for measure in 0..<measures.count where keyFor[measure] == nil {
            let start = Int(measures.rawStart[measure])
            let reason = key.nonFigures.first { $0.range.contains(start) }?.reason ?? "not in key"
            score.misses.append("extra\t\(corpus.rawText(ofMeasure: measure))\t\(reason)\t\(context(corpus, start))")
        }
        for (measure, index) in keyFor.sorted(by: { $0.key < $1.key }) {
            score.compare(corpus.measure(measure), with: key.figures[index])
        }
        return score
    }

    private mutating func compare(_ measure: Measure, with figure: KeyFigure) {
        matched += 1
        let quantity = measure.quantity
        let details = measure.details
        let tolerance = max(1e-9, abs(figure.value) * 1e-6)
        if agrees(
            abs(quantity.value - figure.value) <= tolerance, "value", measure, "\(quantity.value)", "\(figure.value)")
        {
            value += 1
        }
        if agrees(quantity.unit == figure.unit, "unit", measure, quantity.unit, figure.unit) { unit += 1 }
        if agrees(
            Self.bigramDice(measure.subject, figure.subject) >= 0.5, "subject", measure, measure.subject, figure.subject
        ) {
            subject += 1
        }
        if agrees(details.change.name == figure.change, "change", measure, details.change.name, figure.change) {
            change += 1
        }
        let period = details.period?.name ?? ""
        if agrees(period == figure.period, "period", measure, period, figure.period) { self.period += 1 }
        if agrees(details.target == figure.target, "target", measure, "\(details.target)", "\(figure.target)") {
            target += 1
        }
    }

    /// Whether a field agrees; a disagreement is kept in `misses`.
    private mutating func agrees(_ agrees: Bool, _ field: String, _ measure: Measure, _ got: String, _ want: String)
        -> Bool
    {
        if !agrees {
            misses.append("\(field)\t\(measure.raw)\tgot \(got)\twant \(want)\t\(measure.sentence.prefix(60))")
        }
        return agrees
    }

    private mutating func scoreStructure(_ key: AnswerKey, corpus: Corpus) {
        reports = key.reports.count
        for (index, expected) in key.reports.enumerated() {
            guard index < corpus.reports.count else {
                misses.append("report\t\(index + 1)\tmissing")
                continue
            }
            let report = corpus.reports[index]
            let got = [report.city, report.speaker, report.date ?? "", report.year.map(String.init) ?? ""]
            let want = [expected.place, expected.speaker, expected.date, String(expected.year)]
            if got == want {
                reportsRight += 1
            } else {
                misses.append(
                    "report\t\(index + 1)\tgot \(got.joined(separator: " / "))\twant \(want.joined(separator: " / "))")
            }
        }
        if corpus.reports.count > key.reports.count {
            misses.append("report\textra reports: \(corpus.reports.count - key.reports.count)")
        }
    }

    /// The text around a byte offset of the document, for reading a miss.
    private static func context(_ corpus: Corpus, _ offset: Int) -> String {
        guard let text = corpus.documents.first?.text else { return "" }
        let start = max(0, offset - 30)
        let end = min(text.count, offset + 40)
        return String(decoding: text[start..<end], as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎")
    }

    /// The character-bigram Dice coefficient of two phrases (a single character is its own bigram).
    public static func bigramDice(_ left: String, _ right: String) -> Double {
        func bigrams(_ text: String) -> [String] {
            let characters = Array(text)
            guard characters.count > 1 else { return characters.map { String($0) } }
            return (0..<(characters.count - 1)).map { String(characters[$0...($0 + 1)]) }
        }
        let a = bigrams(left)
        var b = bigrams(right)
        guard !a.isEmpty, !b.isEmpty else { return left == right ? 1 : 0 }
        var shared = 0
        for gram in a {
            if let index = b.firstIndex(of: gram) {
                shared += 1
                b.remove(at: index)
            }
        }
        return 2 * Double(shared) / Double(a.count + bigrams(right).count)
    }
}
