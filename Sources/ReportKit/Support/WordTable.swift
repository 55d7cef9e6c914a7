/// A set of words looked up in UTF-8 bytes without building strings: each word is filed under its
/// first scalar (and under its last, for suffixes), so scanning a text costs one table read per
/// scalar and a byte compare only where a word can start. The parser's keyword lists (verbs,
/// boilerplate markers, money words) use it.
///
/// The storage is flat — all words in one byte array, the buckets as ranges of one index array — so
/// a lookup touches no reference-counted inner arrays.
struct WordTable: Sendable {
    /// The UTF-8 bytes of all words, one after another; word `i` spans `spelling[i]`.
    private let wordBytes: [UInt8]
    private let spelling: [Range<Int>]
    /// The tag bits of each word (`init(tagged:)`); 0 for a plain list.
    private let tagOfWord: [UInt32]
    /// For each BMP scalar, 1 + the number of its bucket, or 0 when no word starts with it.
    private let bucketOfScalar: ScalarMap
    /// Bucket `b` holds the words `bucketWords[bucketStart[b - 1]..<bucketStart[b]]`, longest first.
    private let bucketStart: [Int]
    private let bucketWords: [Int]
    /// The same for the words that end with a scalar.
    private let suffixBucketOfScalar: ScalarMap
    private let suffixBucketStart: [Int]
    private let suffixBucketWords: [Int]

    /// A table of plain words.
    init(_ list: [String]) {
        self.init(list, tags: [UInt32](repeating: 0, count: list.count))
    }

    /// A table whose words carry tag bits: one scan tells which groups of words occur, and a match
    /// tells which word it was.
    init(tagged: [(word: String, tag: UInt32)]) {
        self.init(tagged.map(\.word), tags: tagged.map(\.tag))
    }

    private init(_ list: [String], tags: [UInt32]) {
        var wordBytes: [UInt8] = []
        var spelling: [Range<Int>] = []
        for word in list {
            spelling.append(wordBytes.count..<(wordBytes.count + word.utf8.count))
            wordBytes.append(contentsOf: word.utf8)
        }
        self.wordBytes = wordBytes
        self.spelling = spelling
        tagOfWord = tags
        (bucketOfScalar, bucketStart, bucketWords) = Self.buckets(of: list, lengths: spelling.map(\.count)) {
            $0.unicodeScalars.first
        }
        (suffixBucketOfScalar, suffixBucketStart, suffixBucketWords) = Self.buckets(
            of: list, lengths: spelling.map(\.count)
        ) { $0.unicodeScalars.last }
    }

    /// Files each word under the scalar `key` picks, longest first within a bucket.
    private static func buckets(
        of list: [String], lengths: [Int], key: (String) -> Unicode.Scalar?
    ) -> (ofScalar: ScalarMap, start: [Int], words: [Int]) {
        var ofScalar = ScalarMap()
        var grouped: [[Int]] = []
        for (index, word) in list.enumerated() {
            guard let scalar = key(word), scalar.value < 0x10000 else { continue }
            let slot = Int(scalar.value)
            if ofScalar[slot] == 0 {
                grouped.append([])
                ofScalar[slot] = UInt16(grouped.count)
            }
            grouped[Int(ofScalar[slot]) - 1].append(index)
        }
        var start = [0]
        var words: [Int] = []
        for group in grouped {
            words.append(contentsOf: group.sorted { lengths[$0] > lengths[$1] })
            start.append(words.count)
        }
        return (ofScalar, start, words)
    }

    /// The length in bytes of the longest word that starts at `index` and ends by `limit`, or nil.
    @inline(__always)
    func match(_ bytes: Bytes, at index: Int, limit: Int) -> Int? {
        longestMatch(bytes, at: index, limit: limit)?.length
    }

    /// The longest word that starts at `index` and ends by `limit`: its length and tag bits, or nil.
    @inline(__always)
    func longestMatch(_ bytes: Bytes, at index: Int, limit: Int) -> (length: Int, tag: UInt32)? {
        let (value, _) = bytes.scalar(at: index)
        guard value < 0x10000 else { return nil }
        let bucket = Int(bucketOfScalar[Int(value)])
        guard bucket > 0 else { return nil }
        for slot in bucketStart[bucket - 1]..<bucketStart[bucket] {
            let word = bucketWords[slot]
            let written = spelling[word]
            if index + written.count <= limit && equal(bytes, at: index, written) {
                return (written.count, tagOfWord[word])
            }
        }
        return nil
    }

    /// The tags of every word that starts at `index` and ends by `limit`, or-ed together.
    @inline(__always)
    func tags(_ bytes: Bytes, at index: Int, limit: Int) -> UInt32 {
        let (value, _) = bytes.scalar(at: index)
        guard value < 0x10000 else { return 0 }
        let bucket = Int(bucketOfScalar[Int(value)])
        guard bucket > 0 else { return 0 }
        var found: UInt32 = 0
        for slot in bucketStart[bucket - 1]..<bucketStart[bucket] {
            let word = bucketWords[slot]
            let written = spelling[word]
            if index + written.count <= limit && equal(bytes, at: index, written) { found |= tagOfWord[word] }
        }
        return found
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
            found |= tags(bytes, at: index, limit: range.upperBound)
            index += bytes.scalar(at: index).length
        }
        return found
    }

    /// The length of the longest word that `range` ends with, or nil.
    func suffix(of bytes: Bytes, _ range: Range<Int>) -> Int? { suffixMatch(of: bytes, range)?.length }

    /// The longest word that `range` ends with: its length and its tag bits, or nil.
    func suffixMatch(of bytes: Bytes, _ range: Range<Int>) -> (length: Int, tag: UInt32)? {
        guard !range.isEmpty else { return nil }
        let (value, _) = bytes.scalar(at: bytes.scalarStart(before: range.upperBound))
        guard value < 0x10000 else { return nil }
        let bucket = Int(suffixBucketOfScalar[Int(value)])
        guard bucket > 0 else { return nil }
        for slot in suffixBucketStart[bucket - 1]..<suffixBucketStart[bucket] {
            let word = suffixBucketWords[slot]
            let written = spelling[word]
            if written.count <= range.count && equal(bytes, at: range.upperBound - written.count, written) {
                return (written.count, tagOfWord[word])
            }
        }
        return nil
    }

    /// Whether the bytes at `start` spell the word stored at `written`.
    @inline(__always)
    private func equal(_ bytes: Bytes, at start: Int, _ written: Range<Int>) -> Bool {
        var offset = 0
        for byte in written {
            if bytes[start + offset] != wordBytes[byte] { return false }
            offset += 1
        }
        return true
    }
}

/// A `UInt16` for each BMP scalar, 0 for most: pages of 256 scalars, stored only for the pages
/// that hold a value (a word list touches a few dozen pages of the 256, so a table costs kilobytes,
/// not the 128 KB of a flat array).
struct ScalarMap: Sendable {
    /// For each page (the scalar's high byte), 1 + its place in `values`, or 0 when all its values are 0.
    private var pageOf = [UInt16](repeating: 0, count: 256)
    /// The pages stored, 256 values each.
    private var values: [UInt16] = []

    /// The value of the scalar `scalar` (below 0x10000).
    @inline(__always)
    subscript(scalar: Int) -> UInt16 {
        get {
            let page = Int(pageOf[scalar &>> 8])
            return page == 0 ? 0 : values[(page &- 1) &<< 8 | scalar & 0xFF]
        }
        set {
            var page = Int(pageOf[scalar >> 8])
            if page == 0 {
                guard newValue != 0 else { return }
                values.append(contentsOf: repeatElement(0, count: 256))
                page = values.count >> 8
                pageOf[scalar >> 8] = UInt16(page)
            }
            values[(page - 1) << 8 | scalar & 0xFF] = newValue
        }
    }
}
