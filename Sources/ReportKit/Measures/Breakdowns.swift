/// Links breakdown parts to their total: in `共惠及59.5万(其中提标惠及56.5万人,扩面惠及3万人)` the two
/// figures after `其中` are parts of 59.5万, so totals never count them twice.
enum Breakdowns {
    /// Sets `partOf` on the parts found after each `其中` in a sentence. The total is the nearest
    /// figure before `其中` with the parts' unit, or a bare figure (which then takes the parts' unit as
    /// an implied unit).
    static func link(_ measures: inout [ScannedMeasure], bytes: Bytes, sentence: Range<Int>) {
        var search = sentence.lowerBound
        while let marker = bytes.firstOffset(of: "其中", from: search, limit: sentence.upperBound) {
            search = marker + 6
            let limit = partsLimit(bytes, marker: marker, sentence: sentence)
            let partIndices = measures.indices.filter {
                measures[$0].rawStart >= marker && measures[$0].rawEnd <= limit && measures[$0].partOf == nil
            }
            guard let firstPart = partIndices.first else { continue }
            let unit = measures[firstPart].quantity.unit
            let before = measures.indices.filter { measures[$0].rawEnd <= marker }
            guard
                let total = before.last(where: { measures[$0].quantity.unit == unit })
                    ?? before.last(where: { measures[$0].quantity.unit.isEmpty })
            else { continue }
            if measures[total].quantity.unit.isEmpty {
                measures[total].quantity.unit = unit
                measures[total].details.impliedUnit = true
            }
            for part in partIndices where measures[part].quantity.unit == unit {
                measures[part].partOf = total
            }
        }
    }

    /// Where the parts end: the closing bracket when `其中` opens a bracket, else the sentence end or
    /// the next `其中`.
    private static func partsLimit(_ bytes: Bytes, marker: Int, sentence: Range<Int>) -> Int {
        let opensBracket =
            marker > sentence.lowerBound
            && (bytes[marker - 1] == 0x28 || bytes.matches("（", endingAt: marker))
        if opensBracket {
            var index = marker
            while index < sentence.upperBound {
                if bytes[index] == 0x29 || bytes.matches("）", at: index) { return index }
                index += 1
            }
        }
        return bytes.firstOffset(of: "其中", from: marker + 6, limit: sentence.upperBound) ?? sentence.upperBound
    }
}
