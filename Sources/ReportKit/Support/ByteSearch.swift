#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a word's UTF-8 bytes in text, for `find` and the benchmark's reference computations.
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `text` at or after `from`: `memchr` for its
    /// second byte (a UTF-8 continuation byte, rarer than lead bytes in
    /// Chinese text), then a comparison of the whole needle.
    public static func firstOccurrence(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = text.baseAddress, !needle.isEmpty else { return nil }
        if needle.count == 1 {
            guard from < text.count, let found = memchr(base + from, Int32(needle[0]), text.count - from) else {
                return nil
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var cursor = from + 1
        while cursor + needle.count - 1 <= text.count {
            guard let found = memchr(base + cursor, Int32(needle[1]), text.count - cursor) else { return nil }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - 1
            if start + needle.count <= text.count, text[start..<start + needle.count].elementsEqual(needle) {
                return start
            }
            cursor = start + 2
        }
        return nil
    }
}
