extension Array where Element == Int32 {
    /// In ids sorted ascending, the place of `id`: the first index whose id is not below it (the count
    /// when every id is), found by binary search.
    public func insertionIndex(of id: Int32) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether these ids, sorted ascending, hold `id`.
    public func sortedContains(_ id: Int32) -> Bool {
        let index = insertionIndex(of: id)
        return index < count && self[index] == id
    }
}
