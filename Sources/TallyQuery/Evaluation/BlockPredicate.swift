/// The rows of one block of a `BlockPredicate`: a run of consecutive measure ids (a `where` over
/// every measure), or listed ids (a `where` after another stage).
enum BlockRows {
    /// The ids `start ..< start + count`.
    case run(start: Int, count: Int)
    /// The listed ids.
    case listed(UnsafeBufferPointer<Int32>)

    /// How many rows the block has.
    var count: Int {
        switch self {
        case .run(_, let count): count
        case .listed(let ids): ids.count
        }
    }

    /// The id of the row at `position`.
    @inline(__always)
    subscript(position: Int) -> Int {
        switch self {
        case .run(let start, _): start &+ position
        case .listed(let ids): Int(ids[position])
        }
    }
}

/// A condition over measures evaluated a block of rows at a time: one bit of a mask per row of the
/// block, set when the row passes. A leaf reads one column in a tight loop (no call per row); `and`,
/// `or` and `not` combine whole words. `where` over a million measures is then a few passes over
/// the columns it reads, whatever the shape of the condition.
struct BlockPredicate {
    /// The most rows of one block.
    static let blockSize = 1_024
    /// The 64-bit words of one block's mask.
    static let wordCount = blockSize / 64

    /// Sets the mask's bit of each row of `rows` (at most `blockSize`) that passes and clears the
    /// others; bits past `rows.count` in the last word are unspecified.
    let evaluate: (_ rows: BlockRows, _ mask: UnsafeMutablePointer<UInt64>) -> Void
    /// Whether every part of the condition is a column loop. A condition with a part tested row by
    /// row (a regular expression over sentences can take a millisecond a row) starts with blocks of
    /// one row, grown while they stay quick, so that a stop request is still seen within moments.
    let readsOnlyColumns: Bool

    init(
        readsOnlyColumns: Bool = true,
        evaluate: @escaping (_ rows: BlockRows, _ mask: UnsafeMutablePointer<UInt64>) -> Void
    ) {
        self.readsOnlyColumns = readsOnlyColumns
        self.evaluate = evaluate
    }

    /// A condition tested one row at a time (anything without a column of its own).
    static func rowByRow(_ passes: @escaping (Int) -> Bool) -> BlockPredicate {
        BlockPredicate(readsOnlyColumns: false) { rows, mask in fill(rows, mask, passes) }
    }

    /// Both conditions.
    static func and(_ left: BlockPredicate, _ right: BlockPredicate) -> BlockPredicate {
        combined(left, right) { $0 & $1 }
    }

    /// Either condition.
    static func or(_ left: BlockPredicate, _ right: BlockPredicate) -> BlockPredicate {
        combined(left, right) { $0 | $1 }
    }

    /// Two conditions whose masks are combined word by word by `word`.
    private static func combined(
        _ left: BlockPredicate, _ right: BlockPredicate, _ word: @escaping (UInt64, UInt64) -> UInt64
    ) -> BlockPredicate {
        BlockPredicate(readsOnlyColumns: left.readsOnlyColumns && right.readsOnlyColumns) { rows, mask in
            left.evaluate(rows, mask)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: wordCount) { other in
                guard let other = other.baseAddress else { return }
                right.evaluate(rows, other)
                for index in 0..<words(rows.count) { mask[index] = word(mask[index], other[index]) }
            }
        }
    }

    /// The opposite condition.
    static func not(_ inner: BlockPredicate) -> BlockPredicate {
        BlockPredicate(readsOnlyColumns: inner.readsOnlyColumns) { rows, mask in
            inner.evaluate(rows, mask)
            for word in 0..<words(rows.count) { mask[word] = ~mask[word] }
        }
    }

    /// The words a mask of `count` rows takes.
    @inline(__always)
    static func words(_ count: Int) -> Int { (count + 63) >> 6 }

    /// Sets each row's bit by `passes(row)`. Inlined into each leaf, so `passes` (a closure literal
    /// there) becomes part of the loop. Listed rows are tested and packed a bit at a time; a run is
    /// tested into one flag byte per row (a loop without a dependency from row to row, which the
    /// compiler vectorises), then eight flags at a time are packed into eight bits by one multiply.
    @inline(__always)
    static func fill(_ rows: BlockRows, _ mask: UnsafeMutablePointer<UInt64>, _ passes: (Int) -> Bool) {
        switch rows {
        case .listed(let ids):
            var start = 0
            var word = 0
            while start < ids.count {
                let end = min(start + 64, ids.count)
                var bits: UInt64 = 0
                for position in start..<end {
                    bits |= (passes(Int(ids[position])) ? 1 : 0) &<< UInt64(truncatingIfNeeded: position &- start)
                }
                mask[word] = bits
                word += 1
                start = end
            }
        case .run(let first, let count):
            withUnsafeTemporaryAllocation(byteCount: blockSize, alignment: 8) { flags in
                guard let flags = flags.baseAddress else { return }
                for position in 0..<count {
                    flags.storeBytes(of: passes(first &+ position) ? 1 : 0, toByteOffset: position, as: UInt8.self)
                }
                for position in count..<(words(count) << 6) {
                    flags.storeBytes(of: 0, toByteOffset: position, as: UInt8.self)
                }
                for word in 0..<words(count) {
                    var bits: UInt64 = 0
                    for byte in 0..<8 {
                        // Eight 0/1 bytes, the first lowest: bit k of the product's top byte is byte k.
                        let eight = UInt64(
                            littleEndian: flags.load(fromByteOffset: (word &* 8 &+ byte) &* 8, as: UInt64.self))
                        bits |= ((eight &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(byte &* 8)
                    }
                    mask[word] = bits
                }
            }
        }
    }
}

extension PipelineRunner {
    /// The measure ids among `rows` (all measures when nil) that pass `test`, a block at a time, in
    /// order; checks for a stop request between blocks (between rows for a condition tested row by
    /// row).
    func filtered(_ rows: [Int32]?, _ test: BlockPredicate) throws(StatementError) -> [Int32] {
        var check = stop.check()
        var interrupted = false
        let clock = ContinuousClock()
        var rowsPerBlock = test.readsOnlyColumns ? BlockPredicate.blockSize : 1
        let total = rows?.count ?? corpus.measures.count
        // Room for every row, uninitialised: only the pages the kept ids reach are ever touched.
        let kept = [Int32](unsafeUninitializedCapacity: total) { kept, keptCount in
            keptCount = 0
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: BlockPredicate.wordCount) { mask in
                guard let mask = mask.baseAddress else { return }
                // One block: its rows through the test, the ids of those that pass kept in order.
                func keep(_ block: BlockRows) {
                    test.evaluate(block, mask)
                    for word in 0..<BlockPredicate.words(block.count) {
                        var bits = mask[word]
                        let base = word << 6
                        if block.count - base < 64 { bits &= (1 &<< UInt64(block.count - base)) &- 1 }
                        while bits != 0 {
                            kept[keptCount] = Int32(truncatingIfNeeded: block[base + bits.trailingZeroBitCount])
                            keptCount += 1
                            bits &= bits &- 1
                        }
                    }
                }
                rows.withUnsafeBufferPointerIfPresent { listed in
                    var start = 0
                    while start < total {
                        if check.shouldStop() {
                            interrupted = true
                            return
                        }
                        let count = min(rowsPerBlock, total - start)
                        let began = clock.now
                        if let listed {
                            keep(.listed(UnsafeBufferPointer(rebasing: listed[start..<start + count])))
                        } else {
                            keep(.run(start: start, count: count))
                        }
                        start += count
                        if !test.readsOnlyColumns {
                            // Blocks of slow rows shrink, blocks of quick ones grow.
                            rowsPerBlock =
                                clock.now - began < .microseconds(500)
                                ? min(BlockPredicate.blockSize, rowsPerBlock * 2) : max(1, rowsPerBlock / 4)
                        }
                    }
                }
            }
        }
        if interrupted { throw .interrupted }
        // A few rows kept out of many: give the room back.
        return kept.count < total / 2 ? kept.withUnsafeBufferPointer { Array($0) } : kept
    }
}

extension Optional where Wrapped == [Int32] {
    /// `body` with the array's buffer, or with nil when there is no array.
    fileprivate func withUnsafeBufferPointerIfPresent(_ body: (UnsafeBufferPointer<Int32>?) -> Void) {
        if let array = self { array.withUnsafeBufferPointer { body($0) } } else { body(nil) }
    }
}
