/// A section marker at the start of a line: `一、` (level 1), `（一）`/`(一)` (level 2), `1.`/`1、`
/// (level 3), `（1）`/`(1)` (level 4).
struct HeadingMarker: Sendable, Equatable {
    /// The outline level, 1 to 4.
    var level: Int
    /// The byte offset just past the marker.
    var end: Int

    /// Recognises the marker starting at `start`, or returns nil. `一是`, `第一,` and decimals such as
    /// `1.2万` are not markers.
    init?(_ bytes: Bytes, at start: Int, limit: Int) {
        guard start < limit else { return nil }
        let (first, firstLength) = bytes.scalar(at: start)
        if first == 0x28 || first == 0xFF08 {  // ( （
            let inner = start + firstLength
            guard let (isChinese, afterNumber) = Self.numeral(bytes, at: inner, limit: limit),
                afterNumber < limit
            else { return nil }
            let (close, closeLength) = bytes.scalar(at: afterNumber)
            guard close == 0x29 || close == 0xFF09 else { return nil }
            self.level = isChinese ? 2 : 4
            self.end = afterNumber + closeLength
            return
        }
        guard let (isChinese, afterNumber) = Self.numeral(bytes, at: start, limit: limit), afterNumber < limit
        else { return nil }
        let (mark, markLength) = bytes.scalar(at: afterNumber)
        if isChinese {
            guard mark == 0x3001 else { return nil }  // 、
            self.level = 1
            self.end = afterNumber + markLength
            return
        }
        guard mark == 0x3001 || mark == 0x2E || mark == 0xFF0E else { return nil }
        let next = afterNumber + markLength
        if next < limit, ScalarClass.digitValue(bytes.scalar(at: next).value) != nil { return nil }
        self.level = 3
        self.end = next
    }

    /// A run of up to three Chinese numerals (`十二`) or one to two digits at `start`.
    private static func numeral(_ bytes: Bytes, at start: Int, limit: Int) -> (isChinese: Bool, end: Int)? {
        var index = start
        var count = 0
        var chinese = false
        var arabic = false
        while index < limit && count < 3 {
            let (value, length) = bytes.scalar(at: index)
            if ChineseNumerals.digit(value) != nil || value == 0x5341 {
                chinese = true
            } else if ScalarClass.digitValue(value) != nil {
                arabic = true
            } else {
                break
            }
            index += length
            count += 1
        }
        guard count > 0, chinese != arabic, !(arabic && count > 2) else { return nil }
        return (chinese, index)
    }
}
