import ReportKit
import TallySeeds

/// The seed report taken apart for rewriting: its figures, the byte ranges to replace (city names,
/// speaker names, the digits of figures) and the pieces of text that may trade places.
///
/// Everything comes from the parser's own reading of the seed, whose 102 figures a hand-checked
/// answer key pins down (`SeedAnswerKeyTests`). A variant is the seed with these ranges rewritten,
/// so the generator knows the truth of every figure it writes without parsing its output.
struct SeedTemplate: Sendable {
    /// What a byte range of the seed is replaced by.
    enum Replacement: Sendable {
        /// The name of the seed report's city with this index (`合肥` is 0).
        case city(Int)
        /// The name of the speaker of the seed report with this index.
        case speaker(Int)
        /// The digits of the figure with this index in `figures`.
        case figure(Int)
    }

    /// A byte range of the seed and what replaces it.
    struct Edit: Sendable {
        var range: Range<Int>
        var replacement: Replacement
    }

    /// The seed's file name.
    let name: String
    /// The seed's bytes (UTF-8, which is also the parser's text, so positions agree).
    let text: [UInt8]
    /// The seed reports' cities, in order (`合肥`, `蚌埠`, `阜阳`, `安庆`, `黄山`).
    let cities: [String]
    /// The seed reports' speakers, in order.
    let speakers: [String]
    /// Every figure the parser finds in the seed, in text order.
    let figures: [FigureSlot]
    /// The ranges to replace, in text order, none overlapping.
    let edits: [Edit]
    /// The seed cut into pieces, in text order: a variant writes them out in a permuted order.
    let segments: [Range<Int>]
    /// For each segment, the indices of the edits that lie inside it.
    let segmentEdits: [Range<Int>]
    /// Groups of segment indices that may trade places: the sentences of one paragraph after its
    /// first (which may hold a run-in heading such as `一、“小改革”推动政府服务大提升。`).
    let swapGroups: [[Int]]

    /// The template of the first bundled seed.
    static func bundled() throws(BenchFailure) -> SeedTemplate {
        guard let seed = BundledSeeds.files.first else {
            throw BenchFailure("no bundled seed report to build the corpus from")
        }
        return try SeedTemplate(name: seed.name, bytes: seed.bytes)
    }

    /// Takes apart the seed report `bytes`.
    init(name: String, bytes: [UInt8]) throws(BenchFailure) {
        let parsed: ParsedDocument
        switch ReportParser.parse(name: name, bytes: bytes) {
        case .success(let document): parsed = document
        case .failure(let diagnostic): throw BenchFailure("the seed \(name) does not parse: \(diagnostic.message)")
        }
        let corpus = Corpus([parsed])
        guard let document = corpus.documents.first, document.text == bytes else {
            throw BenchFailure(
                "the seed \(name) is not plain UTF-8 text, so parser positions would not match its bytes")
        }
        self.name = name
        text = bytes
        cities = corpus.reports.map(\.city)
        speakers = corpus.reports.map(\.speaker)
        let measures = corpus.measures
        figures = (0..<measures.count).map { index in
            FigureSlot(
                text: bytes, raw: Int(measures.rawStart[index])..<Int(measures.rawEnd[index]),
                value: measures.value[index], isRange: !measures.high[index].isNaN,
                unit: corpus.units[measures.unit[index]], report: Int(measures.report[index]))
        }
        edits = try Self.edits(text: bytes, figures: figures, cities: cities, speakers: speakers)
        let paragraphs = Set(
            (0..<corpus.sentences.count).filter { corpus.sentences.report[$0] >= 0 }
                .map { corpus.line(ofSentence: $0) })
        (segments, swapGroups) = Self.segments(text: bytes, paragraphLines: paragraphs)
        segmentEdits = try Self.assign(edits, to: segments)
    }

    /// Every range to replace: the digits of each figure that can be rewritten, and each occurrence
    /// of a city or speaker name.
    private static func edits(
        text: [UInt8], figures: [FigureSlot], cities: [String], speakers: [String]
    ) throws(BenchFailure) -> [Edit] {
        var edits: [Edit] = []
        for (index, figure) in figures.enumerated() where !figure.numberRange.isEmpty {
            edits.append(Edit(range: figure.numberRange, replacement: .figure(index)))
        }
        for (index, city) in cities.enumerated() where !city.isEmpty {
            edits += occurrences(of: city, in: text).map { Edit(range: $0, replacement: .city(index)) }
        }
        for (index, speaker) in speakers.enumerated() where !speaker.isEmpty {
            edits += occurrences(of: speaker, in: text).map { Edit(range: $0, replacement: .speaker(index)) }
        }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (previous, next) in zip(edits, edits.dropFirst()) where previous.range.upperBound > next.range.lowerBound {
            throw BenchFailure("seed positions \(previous.range) and \(next.range) overlap: a name touches a figure")
        }
        return edits
    }

    /// The byte ranges where `word` occurs in `text`, not overlapping.
    private static func occurrences(of word: String, in text: [UInt8]) -> [Range<Int>] {
        let needle = Array(word.utf8)
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= text.count {
            if text[index] == needle[0] && text[index..<index + needle.count].elementsEqual(needle) {
                found.append(index..<index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The seed cut into segments: each paragraph of a report with at least three sentences ending
    /// in `。` becomes its first sentence (kept in place, with everything before it), its other
    /// sentences (one swap group) and the rest; everything else stays whole.
    private static func segments(text: [UInt8], paragraphLines: Set<Int>) -> ([Range<Int>], [[Int]]) {
        var segments: [Range<Int>] = []
        var groups: [[Int]] = []
        var cursor = 0
        var lineStart = 0
        var lineNumber = 1
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.count
            let sentences = paragraphLines.contains(lineNumber) ? sentenceRanges(text, lineStart..<lineEnd) : []
            if sentences.count >= 3, let last = sentences.last {
                segments.append(cursor..<sentences[0].upperBound)
                groups.append(Array(segments.count..<segments.count + sentences.count - 1))
                segments += sentences.dropFirst()
                cursor = last.upperBound
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        segments.append(cursor..<text.count)
        return (segments, groups)
    }

    /// The sentences of one line that end in `。` outside brackets and quotes, as consecutive ranges
    /// from the line's start (text after the last `。` is not included).
    private static func sentenceRanges(_ text: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        let openers: Set<Unicode.Scalar> = ["“", "《", "（", "(", "「", "‘", "【"]
        let closers: Set<Unicode.Scalar> = ["”", "》", "）", ")", "」", "’", "】"]
        var ranges: [Range<Int>] = []
        var start = line.lowerBound
        var offset = line.lowerBound
        var depth = 0
        for scalar in String(decoding: text[line], as: UTF8.self).unicodeScalars {
            offset += UTF8.width(scalar)
            if openers.contains(scalar) {
                depth += 1
            } else if closers.contains(scalar) {
                depth = max(0, depth - 1)
            } else if scalar == "。" && depth == 0 {
                ranges.append(start..<offset)
                start = offset
            }
        }
        return ranges
    }

    /// For each segment, the range of edits inside it; an edit across two segments is an error.
    private static func assign(_ edits: [Edit], to segments: [Range<Int>]) throws(BenchFailure) -> [Range<Int>] {
        var assigned: [Range<Int>] = []
        var next = 0
        for segment in segments {
            let first = next
            while next < edits.count && edits[next].range.lowerBound < segment.upperBound {
                guard edits[next].range.upperBound <= segment.upperBound else {
                    throw BenchFailure("seed position \(edits[next].range) crosses a sentence boundary")
                }
                next += 1
            }
            assigned.append(first..<next)
        }
        return assigned
    }
}
