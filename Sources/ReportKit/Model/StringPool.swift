/// Interned strings: each distinct string is stored once and named by a small integer, so columns of
/// cities, units and subjects are arrays of `Int32` and comparing two of them is comparing integers.
public struct StringPool: Sendable {
    /// The distinct strings, in the order they were first seen.
    public private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]

    /// An empty pool.
    public init() {}

    /// The id of `string`, adding it if it is new.
    public mutating func intern(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        ids[string] = id
        return id
    }

    /// The id of `string`, or nil when the pool has never seen it.
    public func id(of string: String) -> Int32? { ids[string] }

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
