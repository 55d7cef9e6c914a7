/// The approximation words around a figure: before it `约`, `近`, `将近`, `大约` (about); `超过`, `超`,
/// `逾`, `突破`, `不少于`, `不低于`, `迈上`, `跨过`, `跨越` (more); `不到`, `不足`, `不超过`, `不高于`
/// (less); after it `以上` (more), `左右` (about), `以内`, `以下`, `内` (less: `50米内换乘`).
enum Qualifiers {
    /// The words before a number, longest first so that `不超过` wins over `超过` and `超过` over `超`.
    static let prefixes: [(word: StaticString, approximation: Approximation)] = [
        ("不少于", .more), ("不低于", .more), ("不超过", .less), ("不高于", .less),
        ("将近", .about), ("大约", .about), ("超过", .more), ("突破", .more), ("不到", .less), ("不足", .less),
        ("迈上", .more), ("跨过", .more), ("跨越", .more), ("约", .about), ("近", .about), ("逾", .more),
        ("超", .more),
    ]

    /// The words after a figure.
    static let suffixes: [(word: StaticString, approximation: Approximation)] = [
        ("以上", .more), ("左右", .about), ("以内", .less), ("以下", .less), ("内", .less),
    ]

    /// `prefixes` in one table, each word tagged with its approximation.
    private static let prefixTable = WordTable(
        tagged: prefixes.map { (word: $0.word.description, tag: UInt32($0.approximation.rawValue)) })

    /// The approximation word ending at `start`, with its offset, or nil.
    static func prefix(_ bytes: Bytes, before start: Int, sentenceStart: Int) -> (
        start: Int, approximation: Approximation
    )? {
        guard start > sentenceStart, let match = prefixTable.suffixMatch(of: bytes, sentenceStart..<start),
            let approximation = Approximation(rawValue: UInt8(match.tag))
        else { return nil }
        return (start - match.length, approximation)
    }

    /// The approximation word starting at `end`, with the offset after it, or nil.
    static func suffix(_ bytes: Bytes, after end: Int, limit: Int) -> (end: Int, approximation: Approximation)? {
        for (word, approximation) in suffixes
        where end + word.utf8CodeUnitCount <= limit && bytes.matches(word, at: end) {
            return (end + word.utf8CodeUnitCount, approximation)
        }
        return nil
    }

    /// A figure's raw extent and approximation once the words around `start..<end` are read: a word
    /// inside the figure (`30余次`) wins over a suffix, a suffix over a prefix; the raw text takes both.
    static func qualify(
        _ bytes: Bytes, start: Int, end: Int, approximation: Approximation, sentence: Range<Int>
    ) -> (start: Int, end: Int, approximation: Approximation) {
        var result = (start: start, end: end, approximation: approximation)
        if approximation == .exact, let suffix = suffix(bytes, after: end, limit: sentence.upperBound) {
            result.end = suffix.end
            result.approximation = suffix.approximation
        }
        if let prefix = prefix(bytes, before: start, sentenceStart: sentence.lowerBound) {
            result.start = prefix.start
            if result.approximation == .exact { result.approximation = prefix.approximation }
        }
        return result
    }
}
