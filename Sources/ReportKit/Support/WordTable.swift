/// A set of words looked up in UTF-8 bytes without building strings: each word is filed under its
/// first scalar, so scanning a text costs one table read per scalar and a byte compare only where a
/// word can start. The parser's keyword lists (verbs, boilerplate markers, money words) use it.
struct WordTable: Sendable {
    /// The words as UTF-8, longest first within each bucket.
    private let words: [[UInt8]]
    /// For each BMP scalar, 1 + the index of its bucket in `buckets`, or 0 when no word starts with it.
    private let bucketOfScalar: [UInt16]
    private let buckets: [[Int]]
    /// For each BMP scalar, 1 + the index of the bucket in `suffixBuckets` of the words ending with it.
    private let suffixBucketOfScalar: [UInt16]
    /// The words that end with one scalar, longest first.
    private let suffixBuckets: [[Int]]
    /// The tag bits of each word (`init(tagged:)`), for `tags(in:_:)`; 0 for a plain list.
    private let tagOfWord: [UInt32]

    /// A table of plain words.
    init(_ list: [String]) {
        self.init(list, tags: [UInt32](repeating: 0, count: list.count))
    }

    /// A table whose words carry tag bits, so that one scan tells which groups of words occur.
    init(tagged: [(word: String, tag: UInt32)]) {
        self.init(tagged.map(\.word), tags: tagged.map(\.tag))
    }

    private init(_ list: [String], tags: [UInt32]) {
        tagOfWord = tags
        words = list.map { Array($0.utf8) }
        var bucketOfScalar = [UInt16](repeating: 0, count: 0x10000)
        var buckets: [[Int]] = []
        for (index, word) in list.enumerated() {
            guard let first = word.unicodeScalars.first, first.value < 0x10000 else { continue }
            let slot = Int(first.value)
            if bucketOfScalar[slot] == 0 {
                buckets.append([])
                bucketOfScalar[slot] = UInt16(buckets.count)
            }
            buckets[Int(bucketOfScalar[slot]) - 1].append(index)
        }
        var suffixBucketOfScalar = [UInt16](repeating: 0, count: 0x10000)
        var suffixBuckets: [[Int]] = []
        for (index, word) in list.enumerated() {
            guard let last = word.unicodeScalars.last, last.value < 0x10000 else { continue }
            let slot = Int(last.value)
            if suffixBucketOfScalar[slot] == 0 {
                suffixBuckets.append([])
                suffixBucketOfScalar[slot] = UInt16(suffixBuckets.count)
            }
            suffixBuckets[Int(suffixBucketOfScalar[slot]) - 1].append(index)
        }
        let lengths = words.map(\.count)
        self.buckets = buckets.map { $0.sorted { lengths[$0] > lengths[$1] } }
        self.bucketOfScalar = bucketOfScalar
        self.suffixBuckets = suffixBuckets.map { $0.sorted { lengths[$0] > lengths[$1] } }
        self.suffixBucketOfScalar = suffixBucketOfScalar
    }

    /// The length in bytes of the longest word that starts at `index` and ends by `limit`, or nil.
    @inline(__always)
    func match(_ bytes: Bytes, at index: Int, limit: Int) -> Int? {
        let (value, _) = bytes.scalar(at: index)
        guard value < 0x10000 else { return nil }
        let bucket = Int(bucketOfScalar[Int(value)])
        guard bucket > 0 else { return nil }
        for wordIndex in buckets[bucket - 1] {
            let word = words[wordIndex]
            if index + word.count <= limit && Self.equal(bytes, index, word) { return word.count }
        }
        return nil
    }

    /// Whether any word occurs in `range`.
    func occurs(in bytes: Bytes, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if match(bytes, at: index, limit: range.upperBound) != nil { return true }
            index += bytes.scalar(at: index).length
        }
        return false
    }

    /// The tags of every word that occurs in `range`, or-ed together (words inside longer words
    /// count too: `过去五年` holds `过去`).
    func tags(in bytes: Bytes, _ range: Range<Int>) -> UInt32 {
        var found: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = bytes.scalar(at: index)
            if value < 0x10000, case let bucket = Int(bucketOfScalar[Int(value)]), bucket > 0 {
                for wordIndex in buckets[bucket - 1] {
                    let word = words[wordIndex]
                    if index + word.count <= range.upperBound && Self.equal(bytes, index, word) {
                        found |= tagOfWord[wordIndex]
                    }
                }
            }
            index += length
        }
        return found
    }

    /// The length of the longest word that `range` ends with, or nil.
    func suffix(of bytes: Bytes, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        let (value, _) = bytes.scalar(at: bytes.scalarStart(before: range.upperBound))
        guard value < 0x10000 else { return nil }
        let bucket = Int(suffixBucketOfScalar[Int(value)])
        guard bucket > 0 else { return nil }
        for wordIndex in suffixBuckets[bucket - 1] {
            let word = words[wordIndex]
            if word.count <= range.count && Self.equal(bytes, range.upperBound - word.count, word) { return word.count }
        }
        return nil
    }

    @inline(__always)
    private static func equal(_ bytes: Bytes, _ start: Int, _ word: [UInt8]) -> Bool {
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }
}
