/// The figures a scanner reads without the usual number-unit shape: figures in words (`近一半`,
/// `1/4`), magnitudes with no digit (`超千亿元`) and products (`2×35万千瓦`).
extension MeasureScanner {
    /// A figure written in words (`近一半`, `1/4`): value and unit known, qualifiers read around it.
    func wordFigure(value: Double, unit: String, start: Int, end: Int, in sentence: Range<Int>) -> Outcome {
        let qualified = Qualifiers.qualify(bytes, start: start, end: end, approximation: .exact, sentence: sentence)
        return .measure(
            ScannedMeasure(
                quantity: Quantity(value: value, unit: unit, approximation: qualified.approximation),
                rawStart: qualified.start, rawEnd: qualified.end, numberStart: start, unitEnd: end))
    }

    /// `超千亿元`, `突破百万吨`, `近千名`: a magnitude with no digit before it is a figure only after an
    /// approximation word and before a known unit; `千家万户`, `千亿级` are not figures.
    func scanBareMagnitude(at start: Int, in sentence: Range<Int>) -> Outcome {
        let limit = sentence.upperBound
        guard Qualifiers.prefix(bytes, before: start, sentenceStart: sentence.lowerBound) != nil,
            let magnitude = FigureWords.bareMagnitude(bytes, at: start, limit: limit),
            let match = matcher.match(bytes, at: magnitude.end, limit: limit),
            !match.traits.contains(.arabicOnly)
        else { return .skip(to: start + 3) }
        let qualified = Qualifiers.qualify(
            bytes, start: start, end: match.end, approximation: .exact, sentence: sentence)
        return .measure(
            ScannedMeasure(
                quantity: Quantity(value: magnitude.value, unit: match.unit, approximation: qualified.approximation),
                rawStart: qualified.start, rawEnd: qualified.end, numberStart: start, unitEnd: match.end))
    }

    /// `2×35万千瓦` = 700000 千瓦: a small factor times a figure with a magnitude or a unit of power.
    /// Other products (`7×24小时`, a service slogan) are names and skipped whole.
    func scanProduct(_ number: NumberReading, in sentence: Range<Int>) -> Outcome {
        let secondStart = number.end + 2
        switch scanFigure(at: secondStart, in: sentence, allowProduct: false) {
        case .skip(let next):
            return .skip(to: next)
        case .measure(var measure):
            let hasMagnitude = UnitMatcher.magnitudes.contains { magnitude in
                (measure.numberStart..<measure.unitEnd).contains { offset in
                    offset + magnitude.bytes.count <= measure.unitEnd
                        && magnitude.bytes.indices.allSatisfy { bytes[offset + $0] == magnitude.bytes[$0] }
                } && magnitude.factor >= 1e4
            }
            guard hasMagnitude || ["千瓦", "兆瓦", "蒸吨"].contains(measure.quantity.unit),
                measure.rawStart == secondStart
            else { return .skip(to: measure.rawEnd) }
            let factor = number.value()
            measure.quantity.value *= factor
            measure.quantity.high = measure.quantity.high.map { $0 * factor }
            measure.rawStart = number.start
            measure.numberStart = number.start
            return .measure(measure)
        }
    }
}
