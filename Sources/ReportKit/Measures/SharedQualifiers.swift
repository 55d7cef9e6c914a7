/// Qualifiers and units shared along a list of figures: in `分别增长5%和6%左右` and `A、B左右` the
/// `左右` after the last figure applies to each; in `超过98%、85%` the `超过` before the first applies
/// to each; in `4万亿、5万亿元` the unit of the last applies to the bare figures before it.
enum SharedQualifiers {
    /// Copies suffix qualifiers backward, prefix qualifiers forward and units backward along runs of
    /// figures joined by `、`, `和`, `与` or `及`.
    static func share(_ measures: inout [ScannedMeasure], bytes: Bytes) {
        guard measures.count > 1 else { return }
        for index in stride(from: measures.count - 2, through: 0, by: -1) where joined(measures, index, bytes) {
            let next = measures[index + 1]
            if measures[index].quantity.unit.isEmpty, !next.quantity.unit.isEmpty {
                measures[index].quantity.unit = next.quantity.unit
            }
            guard measures[index].quantity.unit == next.quantity.unit,
                measures[index].quantity.approximation == .exact, next.quantity.approximation != .exact,
                Qualifiers.suffixes.contains(where: { bytes.matches($0.word, endingAt: next.rawEnd) })
            else { continue }
            measures[index].quantity.approximation = next.quantity.approximation
        }
        for index in 0..<(measures.count - 1) where joined(measures, index, bytes) {
            let first = measures[index]
            guard first.rawStart < first.numberStart, first.quantity.unit == measures[index + 1].quantity.unit,
                measures[index + 1].quantity.approximation == .exact,
                measures[index + 1].rawStart == measures[index + 1].numberStart
            else { continue }
            measures[index + 1].quantity.approximation = first.quantity.approximation
        }
    }

    /// Whether only a list mark (`、`, `和`, `与`, `及`) stands between figure `index` and the next.
    private static func joined(_ measures: [ScannedMeasure], _ index: Int, _ bytes: Bytes) -> Bool {
        let end = measures[index].rawEnd
        guard measures[index + 1].rawStart == end + 3 else { return false }
        return bytes.matches("、", at: end) || bytes.matches("和", at: end) || bytes.matches("与", at: end)
            || bytes.matches("及", at: end)
    }
}
