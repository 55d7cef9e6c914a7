/// The high ends of the measures that are ranges (6–8万元): kept only for those few measures, so a
/// column that would be `.nan` on nearly every row costs nothing per measure. Read as a column:
/// `highs[index]` is the high end of measure `index`, `.nan` for a single figure.
public struct RangeHighs: Sendable, Hashable {
    /// The measures that are ranges, ascending.
    public private(set) var measures: [Int32] = []
    /// The high end of each of them.
    public private(set) var values: [Double] = []

    /// No ranges.
    public init() {}

    /// The high ends of `measures` (ascending) from `values`, one each; nil when they do not match.
    init?(measures: [Int32], values: [Double]) {
        guard measures.count == values.count, zip(measures, measures.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return nil
        }
        self.measures = measures
        self.values = values
    }

    /// The high end of measure `index`'s range; `.nan` for a single figure.
    public subscript(index: Int) -> Double {
        let place = measures.insertionIndex(of: Int32(clamping: index))
        return place < measures.count && Int(measures[place]) == index ? values[place] : .nan
    }

    /// Records the high end of measure `index` (after every measure recorded so far), if it has one.
    mutating func append(_ high: Double?, at index: Int) {
        guard let high else { return }
        measures.append(Int32(index))
        values.append(high)
    }

    /// The bytes the two arrays hold.
    public var storageBytes: Int {
        measures.capacity * MemoryLayout<Int32>.stride + values.capacity * MemoryLayout<Double>.stride
    }

    /// Gives back unused capacity.
    mutating func trimCapacity() {
        trim(&measures)
        trim(&values)
    }
}
