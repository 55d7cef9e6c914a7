/// Interned strings: each distinct string is stored once and named by a small integer, so columns of
/// cities, units and subjects are arrays of `Int32` and comparing two of them is comparing integers.
///
/// Strings are told apart by their UTF-8 bytes, not by Unicode canonical equivalence: the pool's
/// strings are spans of text as it was read, and hashing bytes skips the normalisation check that
/// makes hashing a Chinese `String` slow (a million subjects are interned at each load).
public struct StringPool: Sendable {
    /// The distinct strings, in the order they were first seen.
    public private(set) var strings: [String] = []
    private var ids: [Key: Int32] = [:]

    /// A string hashed and compared by its UTF-8 bytes.
    private struct Key: Hashable, Sendable {
        let string: String

        static func == (left: Key, right: Key) -> Bool { left.string.utf8.elementsEqual(right.string.utf8) }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// An empty pool.
    public init() {}

    /// The id of `string`, adding it if it is new.
    public mutating func intern(_ string: String) -> Int32 {
        let key = Key(string: string)
        if let id = ids[key] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        ids[key] = id
        return id
    }

    /// The id of `string`, or nil when the pool has never seen it.
    public func id(of string: String) -> Int32? { ids[Key(string: string)] }

    /// The string with the given id.
    public subscript(id: Int32) -> String { strings[Int(id)] }

    /// The number of distinct strings.
    public var count: Int { strings.count }
}

extension StringPool {
    /// A pool of `strings` in their order, each its index as its id; nil when one is there twice.
    init?(distinct strings: [String]) {
        self.init()
        ids.reserveCapacity(strings.count)
        self.strings.reserveCapacity(strings.count)
        for string in strings {
            let before = count
            _ = intern(string)
            guard count > before else { return nil }
        }
    }
}
