import ReportKit

/// The join behind `targets`, column by column: every target figure of a single year beside the
/// figure a later report gives for the same city, indicator, unit and year, and the outcome.
///
/// Targets and candidates are taken city by city; one city's candidates sit in a small open hash
/// table keyed by (city, indicator, unit, year), chained in row order, so a target finds its
/// candidates in the cache, without hashing a value or allocating; only the first report after the target's report counts, and when that report gives
/// several different values the outcome is `ambiguous`.
struct TargetJoin {
    /// What became of a target.
    enum Status: Int, CaseIterable {
        case met, missed, unreported, ambiguous

        /// The status as `targets` shows it and `where status == …` compares it.
        var name: String { Vocabulary.statuses[rawValue].name }
    }

    /// The target figures (measure rows), in row order.
    private(set) var targets: [Int32] = []
    /// Per target, its result's measure row, or -1 when there is none or it cannot be told.
    private(set) var results: [Int32] = []
    /// Per target, its outcome.
    private(set) var statuses: [Status] = []

    /// A figure's identity across reports.
    private struct Key: Equatable {
        var city: Int32
        var indicator: Int32
        var unit: Int32
        var year: Int32

        var hash: Int {
            let high = UInt64(UInt32(bitPattern: city)) << 32 | UInt64(UInt32(bitPattern: indicator))
            let low = UInt64(UInt32(bitPattern: unit)) << 32 | UInt64(UInt32(bitPattern: year))
            var mixed = high &* 0x9E37_79B9_7F4A_7C15 ^ low &* 0xC2B2_AE3D_27D4_EB4F
            mixed ^= mixed >> 29
            return Int(truncatingIfNeeded: mixed)
        }
    }

    /// The join over `corpus`, for the city `wanted` (an id in `cities`) or every city.
    init(corpus: Corpus, cities: CityDirectory, city wanted: Int32?, stop: StopSignal) throws(StatementError) {
        let measures = corpus.measures
        let details = measures.details
        let columns = KeyColumns(
            details: details, partOf: measures.partOf, unit: measures.unit, city: cities.idOfMeasure,
            wanted: wanted)
        var check = stop.check()
        var targetKeys: [Key] = []
        // First the targets, then only the results of their indicators.
        var wantedIndicator = [Bool](repeating: false, count: corpus.indicatorCodeCount)
        for row in 0..<measures.count where details[row].target {
            try check.step()
            guard let key = columns.key(of: row, indicator: corpus.indicatorCode(ofMeasure: row)) else { continue }
            targets.append(Int32(row))
            targetKeys.append(key)
            wantedIndicator[Int(key.indicator)] = true
        }
        let reportYears = corpus.reports.map { Int32(clamping: $0.year ?? Int(Int32.min)) }
        let reportOf = measures.report
        func reportYear(_ row: Int) -> Int32 {
            let report = reportOf[row]
            return report >= 0 ? reportYears[Int(report)] : Int32.min
        }
        // The candidates, each with what the lookup compares, in one node: one memory read a step.
        var nodes: [Candidate] = []
        if !targets.isEmpty {
            for row in 0..<measures.count where !details[row].target {
                try check.step()
                let indicator = corpus.indicatorCode(ofMeasure: row)
                guard wantedIndicator[indicator], let key = columns.key(of: row, indicator: indicator) else { continue }
                nodes.append(Candidate(key: key, reportYear: reportYear(row), row: Int32(row), next: -1))
            }
        }
        let cityCount = cities.names.count
        let targetsByCity = Self.buckets(targetKeys.indices, cityCount: cityCount) { targetKeys[$0].city }
        let nodesByCity = Self.buckets(nodes.indices, cityCount: cityCount) { nodes[$0].key.city }
        let values = measures.value
        results = [Int32](repeating: -1, count: targets.count)
        statuses = [Status](repeating: .unreported, count: targets.count)
        var head: [Int32] = []
        // City by city, so that the hash table of one city's candidates stays in the cache.
        for city in 0..<cityCount {
            let cityTargets = targetsByCity.members(city)
            let cityNodes = nodesByCity.members(city)
            guard !cityTargets.isEmpty else { continue }
            // Chains in row order: each slot's head is its first candidate, `next` the one after it.
            var chained = cityNodes.map { nodes[$0] }
            var capacity = 16
            while capacity < chained.count { capacity <<= 1 }
            let mask = capacity - 1
            head.removeAll(keepingCapacity: true)
            head.append(contentsOf: repeatElement(-1, count: capacity))
            for candidate in chained.indices.reversed() {
                let slot = chained[candidate].key.hash & mask
                chained[candidate].next = head[slot]
                head[slot] = Int32(candidate)
            }
            for position in cityTargets {
                try check.step()
                let key = targetKeys[position]
                let target = targets[position]
                let targetReport = reportOf[Int(target)]
                let targetYear = targetReport >= 0 ? reportYears[Int(targetReport)] : Int32.max
                // The first report after the target's (the smallest later year) and its figures: one
                // result, or several different values (ambiguous).
                var firstYear = Int32.max
                var result: Int32 = -1
                var ambiguous = false
                var candidate = head[key.hash & mask]
                while candidate >= 0 {
                    let node = chained[Int(candidate)]
                    candidate = node.next
                    guard node.key == key, node.reportYear > targetYear, node.reportYear <= firstYear else { continue }
                    if node.reportYear < firstYear {
                        (firstYear, result, ambiguous) = (node.reportYear, node.row, false)
                    } else if values[Int(node.row)] != values[Int(result)] {
                        ambiguous = true
                    }
                }
                if ambiguous {
                    statuses[position] = .ambiguous
                } else if result >= 0 {
                    results[position] = result
                    statuses[position] =
                        Self.met(target: Int(target), result: Int(result), in: measures) ? .met : .missed
                }
            }
        }
    }

    /// Positions grouped by a city id below `cityCount`, each group in the positions' order (a
    /// counting sort): the members of city `c` are `order[start[c]..<start[c + 1]]`.
    private struct Buckets {
        var start: [Int]
        var order: [Int]

        func members(_ city: Int) -> ArraySlice<Int> { order[start[city]..<start[city + 1]] }
    }

    private static func buckets(
        _ positions: Range<Int>, cityCount: Int, city: (Int) -> Int32
    ) -> Buckets {
        var start = [Int](repeating: 0, count: cityCount + 1)
        for position in positions { start[Int(city(position)) + 1] += 1 }
        for index in 0..<cityCount { start[index + 1] += start[index] }
        var fill = start
        var order = [Int](repeating: 0, count: positions.count)
        for position in positions {
            let bucket = Int(city(position))
            order[fill[bucket]] = position
            fill[bucket] += 1
        }
        return Buckets(start: start, order: order)
    }

    /// A figure that may be a target's result, as the hash table chains it.
    private struct Candidate {
        var key: Key
        var reportYear: Int32
        var row: Int32
        /// The next candidate in the same slot, or -1.
        var next: Int32
    }

    /// The columns a figure's key is read from, taken out of the corpus once.
    private struct KeyColumns {
        let details: [MeasureDetails]
        let partOf: [Int32]
        let unit: [Int32]
        let city: [Int32]
        /// The one city asked for, or nil for every city.
        let wanted: Int32?

        /// A figure's key (its indicator code given), or nil for one that cannot be lined up: no
        /// single year, a breakdown part, no city, or another city than the one asked for.
        func key(of row: Int, indicator: Int) -> Key? {
            guard let year = details[row].year, partOf[row] < 0 else { return nil }
            let city = city[row]
            guard city >= 0, wanted == nil || city == wanted else { return nil }
            return Key(city: city, indicator: Int32(indicator), unit: unit[row], year: Int32(year))
        }
    }

    /// Whether a result reaches its target: at least the target (its low end for a range), or at
    /// most it for a ceiling (`4%以内`).
    private static func met(target: Int, result: Int, in measures: MeasureTable) -> Bool {
        let planned = measures.value[target]
        let reached = measures.value[result]
        return measures.approximation[target] == .less ? reached <= planned : reached >= planned
    }
}
