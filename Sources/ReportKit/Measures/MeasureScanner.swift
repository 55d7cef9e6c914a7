/// Finds the measures in one sentence of valid UTF-8 text.
///
/// The scan walks bytes and decodes a scalar only where a number may start (an ASCII or full-width
/// digit, a Chinese numeral, `百分之`). Text inside quotes and title marks (`“6+3”`, `《…2号文件》`) is
/// a name, never a figure. Dates, ordinals (`第3位`), identifiers and URLs are skipped.
struct MeasureScanner {
    let bytes: Bytes
    let matcher = UnitMatcher.shared

    /// The measures of the sentence in `range`, with subjects, implied units and breakdowns resolved.
    func scan(_ range: Range<Int>) -> [ScannedMeasure] {
        var found = ScanScalars.bits.withUnsafeBufferPointer { findFigures(in: range, scalars: $0) }
        guard !found.isEmpty else { return found }
        resolve(&found, sentence: range)
        return found
    }

    /// The figures of the sentence in `range`, as read, in text order; `scalars` is `ScanScalars.bits`.
    private func findFigures(in range: Range<Int>, scalars: UnsafeBufferPointer<UInt64>) -> [ScannedMeasure] {
        var found: [ScannedMeasure] = []
        var index = range.lowerBound
        var quoteDepth = 0
        var inASCIIQuote = false
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x22 { inASCIIQuote.toggle() }
                if byte >= 0x30 && byte <= 0x39 && quoteDepth == 0 && !inASCIIQuote {
                    switch scanFigure(at: index, in: range) {
                    case .measure(let measure):
                        found.append(measure)
                        index = measure.rawEnd
                    case .skip(let next):
                        index = next
                    }
                    continue
                }
                index += 1
                continue
            }
            let (value, length) = bytes.scalar(at: index)
            if value < 0x10000 && !ScanScalars.matters(value, in: scalars) {
                index += length
                continue
            }
            switch value {
            case 0x201C, 0x300A, 0x300C, 0x300E, 0x2018: quoteDepth += 1  // “ 《 「 『 ‘
            case 0x201D, 0x300B, 0x300D, 0x300F, 0x2019: quoteDepth = max(0, quoteDepth - 1)
            default:
                if quoteDepth == 0 && !inASCIIQuote
                    && (ScalarClass.digitValue(value) != nil || ChineseNumerals.canStart(value)
                        || FigureWords.isMagnitude(value))
                {
                    switch scanFigure(at: index, in: range) {
                    case .measure(let measure):
                        found.append(measure)
                        index = measure.rawEnd
                    case .skip(let next):
                        index = max(next, index + length)
                    }
                    continue
                }
            }
            index += length
        }
        return found
    }

    /// Shares qualifiers, links breakdowns, implies units, reads changes and assigns subjects to the
    /// figures of a sentence.
    private func resolve(_ found: inout [ScannedMeasure], sentence range: Range<Int>) {
        SharedQualifiers.share(&found, bytes: bytes)
        Breakdowns.link(&found, bytes: bytes, sentence: range)
        ImpliedUnits.infer(&found, bytes: bytes, sentence: range)
        ChangeReader(bytes: bytes).read(&found, sentence: range)
        SubjectExtractor(bytes: bytes).assignSubjects(&found, sentence: range)
    }

    /// What reading at an offset gives: a figure, or where to resume.
    enum Outcome {
        case measure(ScannedMeasure)
        case skip(to: Int)
    }

    /// Reads the figure starting at `start`: number, approximation words, magnitude, unit, range.
    /// `allowProduct` is false for the second factor of a product, so products never nest.
    func scanFigure(at start: Int, in sentence: Range<Int>, allowProduct: Bool = true) -> Outcome {
        let limit = sentence.upperBound
        if bytes.matches("百分之", at: start) { return scanPercentWords(at: start, in: sentence) }
        if let place = NumeralPlaceNames.match(bytes, at: start, limit: limit) { return .skip(to: start + place) }
        if let name = NumeralNames.match(bytes, at: start, limit: limit) { return .skip(to: start + name) }
        if let end = FigureWords.half(bytes, at: start, limit: limit) {
            return wordFigure(value: 50, unit: "%", start: start, end: end, in: sentence)
        }
        let first = bytes.scalar(at: start).value
        if FigureWords.isMagnitude(first) { return scanBareMagnitude(at: start, in: sentence) }
        guard let number = NumberReader.read(bytes, at: start, limit: limit) else {
            let end =
                ChineseNumerals.digit(first) != nil || first == 0x5341
                ? ChineseNumerals.runEnd(bytes, at: start, limit: limit) : start + bytes.scalar(at: start).length
            return .skip(to: end)
        }
        if allowProduct, !number.isChinese, number.fractionDigits == 0,
            FigureWords.isTimes(bytes, at: number.end, limit: limit)
        {
            return scanProduct(number, in: sentence)
        }
        if let fraction = FigureWords.fraction(bytes, number, limit: limit),
            !(number.start > sentence.lowerBound
                && isIdentifierScalar(bytes.scalar(at: bytes.scalarStart(before: number.start)).value))
        {
            return wordFigure(value: fraction.value, unit: "%", start: start, end: fraction.end, in: sentence)
        }
        if let skip = nonFigureContext(number, sentence: sentence) { return .skip(to: skip) }

        var index = number.end
        var approximation = Approximation.exact
        if let end = moreMark(at: index, limit: limit) {
            approximation = .more
            index = end
        }
        var factor = 1.0
        if !number.isChinese || number.fractionDigits > 0, matcher.match(bytes, at: index, limit: limit) == nil,
            let magnitude = UnitMatcher.magnitude(bytes, at: index, limit: limit)
        {
            factor = magnitude.factor
            index = magnitude.end
            if approximation == .exact, let end = moreMark(at: index, limit: limit) {
                approximation = .more
                index = end
            }
        }
        var unit = ""
        var traits: UnitTraits = []
        if let match = matcher.match(bytes, at: index, limit: limit),
            !(number.isChinese && match.traits.contains(.arabicOnly))
        {
            unit = match.unit
            traits = match.traits
            index = match.end
        } else if factor == 1, let end = FigureWords.tenths(bytes, after: number, limit: limit) {
            unit = "%"  // 八成: 80 %
            traits = .ratio
            factor = 10
            index = end
        } else if factor != 1, let latin = FigureWords.latinClassifier(bytes, at: index, limit: limit) {
            unit = latin.unit  // 22万P
            index = latin.end
        } else if factor == 1, FigureWords.isRatioAfterBi(bytes, number, sentenceStart: sentence.lowerBound) {
            unit = "倍"  // 收入比缩小至2.54
            traits = .ratio
        }
        if traits.contains(.year) && (number.isYearLike || bytes.matches("度", at: index)) {
            return .skip(to: index)
        }
        if traits.contains(.grade) && factor != 1 { return .skip(to: index) }  // 500亿级产业集群: a class, not a figure
        if NonFigureRules.isNonFigure(bytes, number: number, unit: traits, unitEnd: index, sentence: sentence) {
            return .skip(to: index)
        }
        var high: Double? = nil
        if let range = rangeEnd(after: index, firstHasUnit: !unit.isEmpty, in: sentence) {
            high = range.high
            if unit.isEmpty { unit = range.unit }
            if factor == 1 && range.factor != 1 { factor = range.factor }
            index = range.end
        }
        if unit.isEmpty && (factor == 1 || number.isChinese) {
            return .skip(to: number.end)  // a bare number (`6+3`, `2号`) is no figure
        }
        var value = number.value(times: factor)
        var rawStart = start
        if !number.isChinese, let sign = Signs.minusStart(bytes, before: start, sentenceStart: sentence.lowerBound) {
            guard !Signs.followsDecline(bytes, sign: sign, sentenceStart: sentence.lowerBound) else {
                return .skip(to: index)
            }
            value = -value
            rawStart = sign
        }
        guard value.isFinite, high?.isFinite ?? true else { return .skip(to: index) }  // 400 digits: no figure
        let qualified = Qualifiers.qualify(
            bytes, start: rawStart, end: index, approximation: approximation, sentence: sentence)
        let quantity = Quantity(value: value, high: high, unit: unit, approximation: qualified.approximation)
        return .measure(
            ScannedMeasure(
                quantity: quantity, rawStart: qualified.start, rawEnd: qualified.end,
                numberStart: start, unitEnd: index))
    }

    /// `百分之六十`, `百分之5.5`: a percentage written in words.
    private func scanPercentWords(at start: Int, in sentence: Range<Int>) -> Outcome {
        let numberStart = start + 9
        guard numberStart < sentence.upperBound,
            let number = NumberReader.read(bytes, at: numberStart, limit: sentence.upperBound)
        else { return .skip(to: numberStart) }
        guard number.value().isFinite else { return .skip(to: number.end) }  // 百分之 and 400 digits
        return wordFigure(value: number.value(), unit: "%", start: start, end: number.end, in: sentence)
    }

    /// Whether the text before `start`, across spaces and at least one line break, ends in a digit:
    /// then a number at `start` is the rest of a figure that a line break cut in two.
    private func continuesDigitsAcrossLineBreak(before start: Int) -> Bool {
        var index = start
        var crossedLineBreak = false
        while index > 0 {
            let before = bytes.scalarStart(before: index)
            let (value, _) = bytes.scalar(at: before)
            if value == 0x0A || value == 0x0D {
                crossedLineBreak = true
            } else if !ScalarClass.isSpace(value) {
                return crossedLineBreak && ScalarClass.digitValue(value) != nil
            }
            index = before
        }
        return false
    }

    /// Where to resume when the number at hand is not a figure (an ordinal, part of an identifier,
    /// URL or date, a vague or idiomatic numeral), or nil when it may be one.
    private func nonFigureContext(_ number: NumberReading, sentence: Range<Int>) -> Int? {
        let limit = sentence.upperBound
        if number.isLoneOne { return number.end }
        if !number.isChinese, number.start == sentence.lowerBound, continuesDigitsAcrossLineBreak(before: number.start)
        {
            return skipUnit(after: number.end, limit: limit)  // `29⏎4个`: the tail of a figure cut by a line break
        }
        if number.start > sentence.lowerBound {
            let before = bytes.scalarStart(before: number.start)
            let (previous, _) = bytes.scalar(at: before)
            if previous == 0x7B2C {  // 第: an ordinal or a ranking
                return skipUnit(after: number.end, limit: limit)
            }
            if number.isChinese, [0x6570, 0x51E0, 0x4E0A].contains(previous) {  // 数十, 几百, 上千: vague
                return number.end
            }
            let isSign = Signs.minusStart(bytes, before: number.start, sentenceStart: sentence.lowerBound) != nil
            if !number.isChinese,
                isIdentifierScalar(previous) || ((previous == 0x2D || previous == 0x2013) && !isSign)
                    || previous == 0x2B
            {
                return identifierEnd(from: number.start, limit: limit)
            }
        }
        guard number.end < limit else { return nil }
        let (next, nextLength) = bytes.scalar(at: number.end)
        if number.isChinese {
            return next == 0x5E74 && number.isYearLike ? number.end + nextLength : nil  // 二〇二一年
        }
        if ScalarClass.isASCIILetter(next) || next == 0x5F || next == 0x40 {  // 5G, 3D, a_1, a@b
            return identifierEnd(from: number.start, limit: limit)
        }
        let separatorFollows = next == 0x2D || next == 0x2F || next == 0x3A || next == 0x2E
        if separatorFollows, number.end + nextLength < limit {
            let (afterSeparator, _) = bytes.scalar(at: number.end + nextLength)
            if ScalarClass.digitValue(afterSeparator) != nil
                && (number.isYearLike || next == 0x3A || next == 0x2F || next == 0x2E)
            {
                return identifierEnd(from: number.start, limit: limit)  // 2022-01-22, 10:30, 1/2, 1.2.3
            }
        }
        return nil
    }

    /// The offset after a unit that follows an ordinal (`第3位`, `第十一次`).
    private func skipUnit(after index: Int, limit: Int) -> Int {
        matcher.match(bytes, at: index, limit: limit)?.end ?? index
    }

    /// ASCII letters, digits and the marks that join them into identifiers, URLs and e-mail addresses.
    private func isIdentifierScalar(_ value: UInt32) -> Bool {
        ScalarClass.isASCIILetter(value) || (value >= 0x30 && value <= 0x39)
            || [0x2F, 0x2E, 0x5F, 0x40, 0x23, 0x5C].contains(value)
    }

    /// The end of the identifier-like run (letters, digits, `-`, `.`, `/`…) starting at `start`.
    private func identifierEnd(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let byte = bytes[index]
            guard byte < 0x80, isIdentifierScalar(UInt32(byte)) || byte == 0x2D || byte == 0x2B else { break }
            index += 1
        }
        return index
    }

    /// `余` or `多` at `index`: the figure is a lower bound.
    private func moreMark(at index: Int, limit: Int) -> Int? {
        guard index + 3 <= limit, bytes.matches("余", at: index) || bytes.matches("多", at: index) else {
            return nil
        }
        // Only a mark when a magnitude or unit follows (`30余次`, `500余万元`), not `多样`.
        let next = index + 3
        if matcher.match(bytes, at: next, limit: limit) != nil
            || UnitMatcher.magnitude(bytes, at: next, limit: limit) != nil
        {
            return next
        }
        return nil
    }

    /// A range's second figure after `—`, `-`, `~`, `至` or `到` (`5%—5.5%`, `3至5个`, `3至5万元`).
    private func rangeEnd(after index: Int, firstHasUnit: Bool, in sentence: Range<Int>) -> (
        high: Double, unit: String, factor: Double, end: Int
    )? {
        let limit = sentence.upperBound
        guard index < limit else { return nil }
        let (connector, length) = bytes.scalar(at: index)
        guard [0x2014, 0x2013, 0x2D, 0x7E, 0xFF5E, 0xFF0D, 0x81F3, 0x5230].contains(connector) else { return nil }
        var secondStart = index + length
        var sign = 1.0
        if connector != 0x2D, connector != 0xFF0D, let end = Signs.minusEnd(bytes, at: secondStart, limit: limit) {
            secondStart = end  // 2.3%至-1.5%
            sign = -1
        }
        guard secondStart < limit,
            let second = NumberReader.read(bytes, at: secondStart, limit: limit),
            !second.isLoneOne
        else { return nil }
        var cursor = second.end
        var factor = 1.0
        if !second.isChinese, matcher.match(bytes, at: cursor, limit: limit) == nil,
            let magnitude = UnitMatcher.magnitude(bytes, at: cursor, limit: limit)
        {
            factor = magnitude.factor
            cursor = magnitude.end
        }
        var unit = ""
        if let match = matcher.match(bytes, at: cursor, limit: limit) {
            unit = match.unit
            cursor = match.end
        }
        guard !unit.isEmpty || firstHasUnit || factor != 1 else { return nil }
        return (sign * second.value(times: factor), unit, factor, cursor)
    }
}
