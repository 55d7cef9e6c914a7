/// The scalars of the Basic Multilingual Plane that the measure scan must look at, one bit each:
/// the quote and title marks that open and close names (`“ ” 《 》 「 」 『 』 ‘ ’`) and the scalars
/// that may start a figure (a full-width digit, a Chinese numeral that `ChineseNumerals.canStart`,
/// a magnitude `百千万亿`). The scan passes every other character with one table read instead of
/// the comparisons that decide it.
enum ScanScalars {
    /// Whether the scan must look at the BMP scalar `value` (below 0x10000); `table` is `bits`.
    @inline(__always)
    static func matters(_ value: UInt32, in table: UnsafeBufferPointer<UInt64>) -> Bool {
        table[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The table: bit `v & 63` of word `v >> 6` is set when scalar `v` matters.
    static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for value in UInt32(0)..<0x10000 where isQuoteMark(value) || mayStartFigure(value) {
            bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    /// `“ 《 「 『 ‘`, which open a name, and `” 》 」 』 ’`, which close one.
    static func isQuoteMark(_ value: UInt32) -> Bool {
        [0x201C, 0x300A, 0x300C, 0x300E, 0x2018, 0x201D, 0x300B, 0x300D, 0x300F, 0x2019].contains(value)
    }

    /// A scalar at which the scan tries to read a figure (outside quotes).
    static func mayStartFigure(_ value: UInt32) -> Bool {
        ScalarClass.digitValue(value) != nil || ChineseNumerals.canStart(value) || FigureWords.isMagnitude(value)
    }
}
