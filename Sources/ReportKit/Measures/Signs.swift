/// The minus sign of a negative figure: `−2.3%` (U+2212), `－2.3%` (full width), an ASCII `-2.3%` or
/// an en dash `–2.3%` where it is a sign, not a range dash (`3－5`, `2012–2016年`) or part of an
/// identifier or date (`A-1`, `2022-01`).
enum Signs {
    /// Whether `value` is one of the scalars written as a minus sign.
    private static func isMinus(_ value: UInt32) -> Bool {
        value == 0x2212 || value == 0xFF0D || isDash(value)
    }

    /// The ASCII hyphen-minus and the en dash: signs only where no letter or mark joins them to a word.
    private static func isDash(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2013
    }

    /// The offset of the minus sign just before `start`, or nil when none is there.
    static func minusStart(_ bytes: Bytes, before start: Int, sentenceStart: Int) -> Int? {
        guard start > sentenceStart else { return nil }
        let sign = bytes.scalarStart(before: start)
        let value = bytes.scalar(at: sign).value
        guard isMinus(value) else { return nil }
        guard sign > sentenceStart else { return sign }
        let before = bytes.scalar(at: bytes.scalarStart(before: sign)).value
        if ScalarClass.digitValue(before) != nil || ChineseNumerals.digit(before) != nil { return nil }  // 3－5
        if isDash(value) {
            // A dash: a sign only after a Han character, a space or punctuation other than identifier marks
            if ScalarClass.isASCIILetter(before)
                || [0x2D, 0x2F, 0x2E, 0x5F, 0x40, 0x23, 0x5C, 0x25, 0x2B].contains(before)
                || before == 0x2030 || before == 0xFF05
            {
                return nil
            }
        }
        return sign
    }

    /// Whether a decline word stands just before the sign at `sign` (`下降-5%`): a double minus that
    /// reads both ways, so no figure.
    static func followsDecline(_ bytes: Bytes, sign: Int, sentenceStart: Int) -> Bool {
        for word: StaticString in ["下降", "减少", "降低", "下滑", "回落"] {
            if sign - word.utf8CodeUnitCount >= sentenceStart, bytes.matches(word, endingAt: sign) { return true }
        }
        return false
    }

    /// The offset after a minus sign at `index` (any of the four), or nil.
    static func minusEnd(_ bytes: Bytes, at index: Int, limit: Int) -> Int? {
        guard index < limit else { return nil }
        let (value, length) = bytes.scalar(at: index)
        guard isMinus(value), index + length < limit,
            ScalarClass.digitValue(bytes.scalar(at: index + length).value) != nil
        else { return nil }
        return index + length
    }
}
