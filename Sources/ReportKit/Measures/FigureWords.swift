/// Figures written with words rather than a number and a unit: tenths (`八成` = 80 %), halves
/// (`近一半` = 50 %), fractions (`1/4`, `三分之一`), a magnitude with no digit before it
/// (`超千亿元`, `突破百万吨`), products (`2×35万千瓦`) and a classifier in Latin letters after a
/// magnitude (`22万P`).
enum FigureWords {
    /// `八成`, `九成以上`: the end of `成` after a Chinese digit (a tenth, so the figure is a
    /// percentage ten times the digit), or nil. `成员`, `成果`, `成本` and the like are words, not tenths.
    static func tenths(_ bytes: Bytes, after number: NumberReading, limit: Int) -> Int? {
        guard number.isChinese, number.fractionDigits == 0, (1...10).contains(number.value()),
            number.end + 3 <= limit, bytes.matches("成", at: number.end)
        else { return nil }
        let end = number.end + 3
        if end < limit {
            let next = bytes.scalar(at: end).value
            // 成员 成果 成本 成效 成就 成立 成交 成熟 成型 成功 成长 成绩 成为 成都 成片 成套
            let words: Set<UInt32> = [
                0x5458, 0x679C, 0x672C, 0x6548, 0x5C31, 0x7ACB, 0x4EA4, 0x719F, 0x578B, 0x529F, 0x957F, 0x7EE9,
                0x4E3A, 0x90FD, 0x7247, 0x5957,
            ]
            if words.contains(next) { return nil }
        }
        return end
    }

    /// `一半`: the end of the word (a figure of 50 %), or nil.
    static func half(_ bytes: Bytes, at start: Int, limit: Int) -> Int? {
        start + 6 <= limit && bytes.matches("一半", at: start) ? start + 6 : nil
    }

    /// Whether a scalar is a magnitude that may start a figure with no digit (`百`, `千`, `万`, `亿`).
    static func isMagnitude(_ value: UInt32) -> Bool {
        value == 0x767E || value == 0x5343 || value == 0x4E07 || value == 0x4EBF
    }

    /// `千亿`, `万亿`, `百万`, `千`: the value of a magnitude written without a digit and its end, or nil.
    static func bareMagnitude(_ bytes: Bytes, at start: Int, limit: Int) -> (value: Double, end: Int)? {
        let first = bytes.scalar(at: start).value
        if first == 0x4E07 || first == 0x4EBF {  // 万, 亿, 万亿
            return UnitMatcher.magnitude(bytes, at: start, limit: limit).map { ($0.factor, $0.end) }
        }
        guard let reading = ChineseNumerals.read(bytes, at: start, limit: limit), reading.value.isFinite,
            reading.scalarCount <= 3
        else { return nil }
        return (reading.value, reading.end)
    }

    /// `1/4`, `三分之一`: a fraction as a percentage and its end, or nil. An Arabic fraction needs a
    /// denominator from 2 to 10 and a smaller numerator, with no further digit, point or slash, so
    /// that dates and identifiers (`2025/1/4`) are not fractions.
    static func fraction(_ bytes: Bytes, _ number: NumberReading, limit: Int) -> (value: Double, end: Int)? {
        let numerator = number.value()
        guard numerator >= 1, number.fractionDigits == 0, number.end < limit else { return nil }
        if number.isChinese {
            guard number.end + 6 < limit, bytes.matches("分之", at: number.end),
                let second = NumberReader.read(bytes, at: number.end + 6, limit: limit), second.isChinese
            else { return nil }
            let part = second.value()
            guard part > 0, part < numerator else { return nil }
            return (part / numerator * 100, second.end)
        }
        guard bytes[number.end] == 0x2F, number.end + 1 < limit else { return nil }
        let denominatorStart = number.end + 1
        guard ScalarClass.digitValue(bytes.scalar(at: denominatorStart).value) != nil else { return nil }
        let denominator = NumberReader.readArabic(bytes, at: denominatorStart, limit: limit)
        let value = denominator.value()
        guard denominator.fractionDigits == 0, (2...10).contains(value), numerator < value else { return nil }
        if denominator.end < limit {
            let next = bytes.scalar(at: denominator.end).value
            if next == 0x2F || next == 0x2E || ScalarClass.isASCIILetter(next) || ScalarClass.digitValue(next) != nil {
                return nil
            }
        }
        return (numerator / value * 100, denominator.end)
    }

    /// `22万P`: a classifier of one to three Latin letters after a magnitude, with its end, or nil.
    static func latinClassifier(_ bytes: Bytes, at index: Int, limit: Int) -> (unit: String, end: Int)? {
        var end = index
        while end < limit, end - index < 4, ScalarClass.isASCIILetter(UInt32(bytes[end])) { end += 1 }
        guard end > index, end - index <= 3 else { return nil }
        if end < limit, ScalarClass.digitValue(bytes.scalar(at: end).value) != nil { return nil }
        return (bytes.string(index..<end), end)
    }

    /// `收入比缩小至2.54`: a bare decimal after a ratio word (`…比`, not `同比`, `环比`, `占比`) and its
    /// verb is a ratio in 倍.
    static func isRatioAfterBi(_ bytes: Bytes, _ number: NumberReading, sentenceStart: Int) -> Bool {
        guard !number.isChinese, number.fractionDigits > 0 else { return false }
        for verb: StaticString in ["缩小至", "缩小到", "缩小为", "下降到", "降至", "降到", "为", "至", "到", "达"] {
            let verbStart = number.start - verb.utf8CodeUnitCount
            guard verbStart - 3 >= sentenceStart, bytes.matches(verb, at: verbStart) else { continue }
            return bytes.matches("比", endingAt: verbStart) && !bytes.matches("同比", endingAt: verbStart)
                && !bytes.matches("环比", endingAt: verbStart) && !bytes.matches("占比", endingAt: verbStart)
        }
        return false
    }

    /// Whether `×` joins two factors at `index` (`2×35万千瓦`).
    static func isTimes(_ bytes: Bytes, at index: Int, limit: Int) -> Bool {
        index + 2 < limit && bytes.matches("×", at: index)
            && ScalarClass.digitValue(bytes.scalar(at: index + 2).value) != nil
    }
}
