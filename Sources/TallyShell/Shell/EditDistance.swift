/// The Levenshtein distance between two words, counted in Unicode scalars, for "did you mean" hints.
enum EditDistance {
    /// The fewest insertions, deletions and substitutions that turn `a` into `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        var row = Array(0...right.count)
        for (i, scalar) in left.enumerated() {
            var next = [i + 1]
            for (j, other) in right.enumerated() {
                next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (scalar == other ? 0 : 1)))
            }
            row = next
        }
        return row[right.count]
    }
}
