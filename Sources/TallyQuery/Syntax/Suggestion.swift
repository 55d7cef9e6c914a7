import TallyText

/// "Did you mean …?": the closest known spelling to a mistyped word, by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` (English ones compared in any letter case), if one is close
    /// enough: at most two edits, and at most half the longer word's length, so `cty` finds `city`
    /// and `筛` finds `筛选` but `x` finds nothing. Ties go to the earlier candidate.
    /// A candidate that looks the same once both are reduced to a `skeleton` (`cİty`, `Kind` with
    /// the Kelvin sign, `ｃｉｔｙ`) comes first.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lookalike = skeleton(word)
        if let same = candidates.first(where: { skeleton($0) == lookalike }) { return same }
        let typed = Array(Vocabulary.folded(word).unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let known = Array(candidate.unicodeScalars)
            // Words whose lengths differ by more than two are never two edits apart: skipping them
            // keeps a mistyped word of a megabyte from costing a megabyte per candidate.
            guard abs(typed.count - known.count) <= 2 else { continue }
            let limit = min(2, max(typed.count, known.count) / 2)
            let distance = editDistance(typed, known)
            if distance <= limit && distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The hint `did you mean 'X'?`, or nil when no candidate is close.
    static func hint(for word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates).map { Phrase.didYouMeanWord($0) }
    }

    /// `word` as it looks: lowercased (the Kelvin sign becomes `k`), full-width ASCII made ASCII,
    /// combining marks dropped (`İ` becomes `i`), and Cyrillic and Greek letters that look Latin
    /// made Latin. Two words with the same skeleton are easily taken for each other.
    static func skeleton(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars
            where lower.properties.generalCategory != .nonspacingMark {
                if (0xFF01...0xFF5E).contains(lower.value), let ascii = Unicode.Scalar(lower.value - 0xFEE0) {
                    result.append(ascii)
                } else {
                    result.append(latinLookalikes[lower] ?? lower)
                }
            }
        }
        return String(result)
    }

    /// Lowercase Cyrillic and Greek letters (and the dotless i) drawn like Latin ones.
    private static let latinLookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "х": "x",
        "у": "y", "ԁ": "d", "ı": "i", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x",
    ]

    /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours each cost one.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previousRow[j - 2] + 1)
                }
                current[j] = value
            }
            (previousRow, row, current) = (row, current, previousRow)
        }
        return row[b.count]
    }
}
