#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scalar-level reading of valid UTF-8 bytes: the hot loops of the parser scan bytes, never
/// `Character`s, and decode a scalar only where they need to look at one.
typealias Bytes = UnsafeBufferPointer<UInt8>

extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar starting at `index` and its length in bytes. `index` must start a scalar of valid
    /// UTF-8 and lie inside the buffer.
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(self[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return (
                (UInt32(lead & 0x0F) << 12) | (UInt32(self[index + 1] & 0x3F) << 6)
                    | UInt32(self[index + 2] & 0x3F), 3
            )
        }
        return (
            (UInt32(lead & 0x07) << 18) | (UInt32(self[index + 1] & 0x3F) << 12)
                | (UInt32(self[index + 2] & 0x3F) << 6) | UInt32(self[index + 3] & 0x3F), 4
        )
    }

    /// The start of the scalar that ends just before `index` (which must be > 0).
    @inline(__always)
    func scalarStart(before index: Int) -> Int {
        var start = index - 1
        while start > 0 && self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Whether the bytes at `index` are `word`.
    func matchesBytes(_ word: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in 0..<word.count where self[index + offset] != word[offset] { return false }
        return true
    }

    /// Whether the bytes at `index` spell `literal` (UTF-8).
    @inline(__always)
    func matches(_ literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index >= 0, index + count <= self.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where self[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `range` is exactly `literal`.
    @inline(__always)
    func spells(_ literal: StaticString, in range: Range<Int>) -> Bool {
        range.count == literal.utf8CodeUnitCount && matches(literal, at: range.lowerBound)
    }

    /// Whether the bytes just before `index` spell `literal`.
    @inline(__always)
    func matches(_ literal: StaticString, endingAt index: Int) -> Bool {
        matches(literal, at: index - literal.utf8CodeUnitCount)
    }

    /// The offset of `word` in `self[from..<limit]`, or nil. `memchr` finds the candidates: for a
    /// word of several bytes it looks for the second byte (a continuation byte in Chinese text,
    /// rarer than the lead bytes every character shares), then the whole word is compared.
    func firstOffset(of word: StaticString, from: Int, limit: Int) -> Int? {
        let count = word.utf8CodeUnitCount
        guard count > 0, from >= 0, limit <= self.count, let base = baseAddress else { return nil }
        let probe = count > 1 ? 1 : 0
        let needle = Int32(word.utf8Start[probe])
        var cursor = from + probe
        while cursor + count - probe <= limit {
            guard let found = memchr(base + cursor, needle, limit - cursor) else { return nil }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - probe
            if start + count <= limit && matches(word, at: start) { return start }
            cursor = start + probe + 1
        }
        return nil
    }

    /// A String made of the bytes in `range`.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF8.self)
    }

    /// Whether `range` holds at least `count` scalars; reads no further than it must.
    func hasScalars(_ count: Int, in range: Range<Int>) -> Bool {
        var found = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if self[index] & 0xC0 != 0x80 {
                found += 1
                if found >= count { return true }
            }
            index += 1
        }
        return false
    }

    /// The number of scalars in `range` (bytes that are not continuation bytes).
    func scalarCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where self[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes are exactly `literal` (no array is built for the literal).
    func spells(_ literal: StaticString) -> Bool {
        withUnsafeBufferPointer { $0.spells(literal, in: 0..<$0.count) }
    }
}

/// Character classes the parser needs, on scalar values.
enum ScalarClass {
    /// Spaces a Chinese web page uses: ASCII space and tab, no-break space, ideographic space, the
    /// typographic spaces, zero-width space and the byte-order mark.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x3000 || value == 0xFEFF
            || (value >= 0x2000 && value <= 0x200B) || value == 0x0C || value == 0x0B
    }

    /// A Han ideograph (the unified blocks and extension A).
    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
    }

    /// An ASCII or full-width digit, as its value 0–9.
    @inline(__always)
    static func digitValue(_ value: UInt32) -> Int? {
        if value >= 0x30 && value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10 && value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    /// An ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
}

extension String {
    /// A string of `scalars`, encoded straight to UTF-8 (building a `UnicodeScalarView` one scalar
    /// at a time costs several times more).
    init<Scalars: Sequence>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        self = String(decoding: utf8, as: UTF8.self)
    }

    /// Whether `word` occurs in the text, compared byte by byte (no grapheme breaking: the parser's
    /// word lists are plain Chinese text).
    func containsBytes(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        return utf8.withContiguousStorageIfAvailable { ByteSearch.firstOccurrence(of: needle, in: $0, from: 0) != nil }
            ?? Array(utf8).withUnsafeBufferPointer { ByteSearch.firstOccurrence(of: needle, in: $0, from: 0) != nil }
    }

    /// Whether the text starts with `word`, compared byte by byte.
    func hasPrefixBytes(_ word: String) -> Bool { utf8.starts(with: word.utf8) }

    /// Whether the text ends with `word`, compared byte by byte.
    func hasSuffixBytes(_ word: String) -> Bool {
        utf8.count >= word.utf8.count && utf8.suffix(word.utf8.count).elementsEqual(word.utf8)
    }
}
