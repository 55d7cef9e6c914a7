import TallyText

/// "Did you mean …?": the closest known spelling to a mistyped word, by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` (English ones compared in any letter case), if one is close
    /// enough: at most two edits, and at most half the longer word's length, so `cty` finds `city`
    /// and `筛` finds `筛选` but `x` finds nothing. Ties go to the earlier candidate.
    public static func closest(to word: String, among candidates: [String]) -> String? {
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
