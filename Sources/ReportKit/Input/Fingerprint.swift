/// A 64-bit hash of a file's bytes, so that the same file loaded under another name is recognised.
/// FNV-1a over 8-byte words (then the last bytes one at a time), with the length mixed in.
enum Fingerprint {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The fingerprint of `bytes`.
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash = offsetBasis ^ UInt64(raw.count)
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
                hash ^= hash >> 29
            }
            for index in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[index])) &* prime
            }
            return hash
        }
    }
}
