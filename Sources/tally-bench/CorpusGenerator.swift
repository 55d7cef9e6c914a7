/// Writes deterministic variants of the seed report: other cities and speakers, every figure scaled,
/// a few sentences of a paragraph swapped. The same seed number gives the same bytes everywhere.
enum CorpusGenerator {
    /// The seed number of the default corpus.
    static let defaultSeed: UInt64 = 0x2022_0122_7A11_0005
    /// How many pairs of sentences trade places in each document.
    static let swapsPerDocument = 4

    /// `count` variants of `template`, with their truth.
    static func generate(documents count: Int, from template: SeedTemplate, seed: UInt64 = defaultSeed)
        -> SyntheticCorpus
    {
        var files: [(name: String, bytes: [UInt8])] = []
        files.reserveCapacity(count)
        var truth = Truth(template: template)
        truth.cities.reserveCapacity(count)
        truth.values.reserveCapacity(count * template.figures.count)
        let width = max(5, String(count).count)
        let swappable = template.swapGroups.filter { $0.count >= 2 }
        for index in 0..<count {
            var generator = SplitMix64(seed: seed, stream: index)
            let number = String(index + 1)
            let name = "report-" + String(repeating: "0", count: width - number.count) + number + ".txt"
            let variant = document(from: template, swappable: swappable, using: &generator)
            files.append((name, variant.bytes))
            truth.cities.append(variant.cities)
            truth.values += variant.values
        }
        return SyntheticCorpus(files: files, truth: truth)
    }

    /// One variant: its bytes, the city standing in for each seed city and the value of each figure.
    private static func document(
        from template: SeedTemplate, swappable: [[Int]], using generator: inout SplitMix64
    ) -> (bytes: [UInt8], cities: [String], values: [Double]) {
        let cities = distinctCities(template.cities.count, using: &generator)
        let speakers = template.speakers.map { _ in CityNames.speakerName(using: &generator) }
        var values = template.figures.map(\.value)
        var digits = [[UInt8]](repeating: [], count: template.figures.count)
        for (index, figure) in template.figures.enumerated() {
            guard let rewritten = figure.rewritten(using: &generator) else { continue }
            digits[index] = rewritten.text
            values[index] = rewritten.value
        }
        var order = Array(template.segments.indices)
        if !swappable.isEmpty {
            for _ in 0..<swapsPerDocument {
                let group = generator.pick(swappable)
                let first = generator.below(group.count)
                var second = generator.below(group.count - 1)
                if second >= first { second += 1 }
                order.swapAt(group[first], group[second])
            }
        }
        let cityBytes = cities.map { Array($0.utf8) }
        let speakerBytes = speakers.map { Array($0.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(template.text.count + 512)
        for segmentIndex in order {
            let segment = template.segments[segmentIndex]
            var cursor = segment.lowerBound
            for edit in template.edits[template.segmentEdits[segmentIndex]] {
                bytes += template.text[cursor..<edit.range.lowerBound]
                switch edit.replacement {
                case .city(let index): bytes += cityBytes[index]
                case .speaker(let index): bytes += speakerBytes[index]
                case .figure(let index): bytes += digits[index]
                }
                cursor = edit.range.upperBound
            }
            bytes += template.text[cursor..<segment.upperBound]
        }
        return (bytes, cities, values)
    }

    /// `count` different cities from the list of prefecture-level cities (a partial shuffle).
    private static func distinctCities(_ count: Int, using generator: inout SplitMix64) -> [String] {
        var pool = CityNames.prefectureCities
        for index in 0..<min(count, pool.count) {
            pool.swapAt(index, index + generator.below(pool.count - index))
        }
        return Array(pool.prefix(count))
    }
}
