import ReportKit

/// Splits rows into groups by the values of some fields, keeping groups in the order they first
/// appear. Measure fields that are interned columns (city, unit, kind, approx, subject, section) group
/// by integer codes, without building a value per row.
struct Grouping {
    /// Each group's rows (row ids), in first-seen order.
    var groups: [[Int]] = []

    init(
        rows: [Int], by fields: [Spanned<FieldName>], in frame: Frame, accessors: [(Int) -> Value], corpus: Corpus,
        cities: CityDirectory
    ) {
        guard !fields.isEmpty else {
            groups = [rows]
            return
        }
        if let (keys, keyCount) = Self.allKeys(
            fields.map(\.value), rows: rows, in: frame, corpus: corpus, cities: cities)
        {
            if keyCount <= 1 << 20 {
                // Few enough combinations for a direct table: one array read per row, no hashing.
                var slotByKey = [Int32](repeating: -1, count: keyCount)
                for (row, key) in zip(rows, keys) {
                    let slot = slotByKey[key]
                    if slot >= 0 {
                        groups[Int(slot)].append(row)
                    } else {
                        slotByKey[key] = Int32(groups.count)
                        groups.append([row])
                    }
                }
            } else {
                var slotByKey: [Int: Int] = [:]
                for (row, key) in zip(rows, keys) {
                    if let slot = slotByKey[key] {
                        groups[slot].append(row)
                    } else {
                        slotByKey[key] = groups.count
                        groups.append([row])
                    }
                }
            }
            return
        }
        if accessors.count == 1 {
            groups = Self.groups(of: rows, key: accessors[0])
        } else {
            groups = Self.groups(of: rows) { row in accessors.map { $0(row) } }
        }
    }

    /// The rows grouped by the value of `key`, in first-seen order.
    private static func groups<Key: Hashable>(of rows: [Int], key: (Int) -> Key) -> [[Int]] {
        var groups: [[Int]] = []
        var slotByKey: [Key: Int] = [:]
        for row in rows {
            let value = key(row)
            if let slot = slotByKey[value] {
                groups[slot].append(row)
            } else {
                slotByKey[value] = groups.count
                groups.append([row])
            }
        }
        return groups
    }

    /// Rows split into groups without a list of rows per group: the group of each row, each group's
    /// first row and how many rows it has.
    struct Slots {
        /// The group of each row, in the order of the rows.
        var slotOfRow: [Int32]
        /// Each group's first row, in first-seen order.
        var firstRows: [Int]
        /// Each group's number of rows.
        var counts: [Int]
    }

    /// For measures grouped by interned columns (or computed rows by coded columns): the groups as
    /// `Slots`; nil when a field has no integer column. Aggregates that only add and count use it to
    /// stay one pass over the columns.
    static func slots<Row: FixedWidthInteger>(
        rows: [Row], by fields: [Spanned<FieldName>], in frame: Frame, corpus: Corpus, cities: CityDirectory
    ) -> Slots? {
        guard
            let writer: KeyWriter<Row> = keyWriter(fields.map(\.value), in: frame, corpus: corpus, cities: cities),
            var table = SlotTable(keyCount: writer.keyCount)
        else {
            return nil
        }
        // The keys a block at a time, in a buffer on the stack: no array of a key per row.
        let slotOfRow = [Int32](unsafeUninitializedCapacity: rows.count) { slotOfRow, initialized in
            guard let slotOfRow = slotOfRow.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: keyBlock) { keys in
                rows.withUnsafeBufferPointer { rows in
                    var start = 0
                    while start < rows.count {
                        let end = min(start + keyBlock, rows.count)
                        let block = UnsafeBufferPointer(rebasing: rows[start..<end])
                        writer.write(block, keys)
                        table.assign(block, keys: keys, into: slotOfRow + start)
                        start = end
                    }
                }
            }
            initialized = rows.count
        }
        var counts = [Int](repeating: 0, count: table.firstRows.count)
        counts.withUnsafeMutableBufferPointer { counts in
            for slot in slotOfRow { counts[Int(slot)] &+= 1 }
        }
        return Slots(slotOfRow: slotOfRow, firstRows: table.firstRows, counts: counts)
    }

    /// The rows in a block of keys.
    static let keyBlock = 4_096

    /// Writes each row's combination of field values as one integer below `keyCount`, for a block of
    /// rows at a time: a column at a time (one tight loop per field, no call per row).
    struct KeyWriter<Row: FixedWidthInteger> {
        let keyCount: Int
        /// Writes the keys of the rows into the first `rows.count` places of the buffer.
        let write: (_ rows: UnsafeBufferPointer<Row>, _ keys: UnsafeMutableBufferPointer<Int>) -> Void
    }

    /// Group slots handed out in the order their keys are first seen, with each group's first row: a
    /// direct table from key to slot (one array read per row, no hashing).
    struct SlotTable {
        private var slotByKey: [Int32]
        /// Each group's first row, by slot.
        private(set) var firstRows: [Int] = []

        /// A table for keys below `keyCount`; nil when there are too many keys for a direct table.
        init?(keyCount: Int) {
            guard keyCount <= 1 << 20 else { return nil }
            slotByKey = [Int32](repeating: -1, count: keyCount)
        }

        /// Writes the slot of each row of a block, whose keys are in `keys`, to `slots`.
        mutating func assign<Row: FixedWidthInteger>(
            _ rows: UnsafeBufferPointer<Row>, keys: UnsafeMutableBufferPointer<Int>,
            into slots: UnsafeMutablePointer<Int32>
        ) {
            var firstRows = self.firstRows
            self.firstRows = []
            slotByKey.withUnsafeMutableBufferPointer { slotByKey in
                for (position, row) in rows.enumerated() {
                    let key = keys[position]
                    var slot = slotByKey[key]
                    if slot < 0 {
                        slot = Int32(truncatingIfNeeded: firstRows.count)
                        slotByKey[key] = slot
                        firstRows.append(Int(row))
                    }
                    slots[position] = slot
                }
            }
            self.firstRows = firstRows
        }
    }

    /// The key of every row at once, and how many keys there are; nil as for `keyWriter`.
    private static func allKeys<Row: FixedWidthInteger>(
        _ fields: [FieldName], rows: [Row], in frame: Frame, corpus: Corpus, cities: CityDirectory
    ) -> (keys: [Int], keyCount: Int)? {
        guard let writer: KeyWriter<Row> = keyWriter(fields, in: frame, corpus: corpus, cities: cities) else {
            return nil
        }
        let keys = [Int](unsafeUninitializedCapacity: rows.count) { keys, initialized in
            rows.withUnsafeBufferPointer { writer.write($0, keys) }
            initialized = rows.count
        }
        return (keys, writer.keyCount)
    }

    /// The keys of rows by their fields' integer columns; nil when a field has no integer column or
    /// the combinations do not fit in an `Int`.
    static func keyWriter<Row: FixedWidthInteger>(
        _ fields: [FieldName], in frame: Frame, corpus: Corpus, cities: CityDirectory
    ) -> KeyWriter<Row>? {
        switch frame {
        case .measures: return measureKeys(fields, corpus: corpus, cities: cities)
        case .computed(let table): return codedKeys(fields, in: table)
        case .sentences, .table: return nil
        }
    }

    /// `keyWriter` for measures, from their interned columns.
    private static func measureKeys<Row: FixedWidthInteger>(
        _ fields: [FieldName], corpus: Corpus, cities: CityDirectory
    ) -> KeyWriter<Row>? {
        let measures = corpus.measures
        var known: [(field: Field, scale: Int)] = []
        var keyCount = 1
        for field in fields {
            guard case .known(let field) = field, let radix = radix(of: field, corpus: corpus, cities: cities) else {
                return nil
            }
            let scale = max(radix, 1)
            let (product, overflow) = keyCount.multipliedReportingOverflow(by: scale)
            guard !overflow else { return nil }
            keyCount = product
            known.append((field, scale))
        }
        let cityOfMeasure = cities.idOfMeasure
        return KeyWriter(keyCount: keyCount) { rows, keys in
            // The first field writes the keys, the others mix into them.
            if known.isEmpty, let base = keys.baseAddress { base.initialize(repeating: 0, count: rows.count) }
            for (index, (field, scale)) in known.enumerated() {
                let first = index == 0
                switch field {
                case .city: mix(keys, first, rows, scale, cityOfMeasure) { Int($0) + 1 }
                case .unit: mix(keys, first, rows, scale, measures.unit) { Int($0) }
                case .kind: mix(keys, first, rows, scale, measures.kind) { Int($0.rawValue) }
                case .approx: mix(keys, first, rows, scale, measures.approximation) { Int($0.rawValue) }
                case .subject: mix(keys, first, rows, scale, measures.subject) { Int($0) }
                default: mix(keys, first, rows, scale, measures.section) { Int($0) + 1 }
                }
            }
        }
    }

    /// `keyWriter` for computed rows, from the codes of their columns.
    private static func codedKeys<Row: FixedWidthInteger>(_ fields: [FieldName], in table: ComputedTable)
        -> KeyWriter<Row>?
    {
        var coded: [(codes: [Int32], count: Int)] = []
        var keyCount = 1
        for field in fields {
            guard let column = table.columnIndex(of: field), let codes = table.source.codes(column: column) else {
                return nil
            }
            let (product, overflow) = keyCount.multipliedReportingOverflow(by: max(codes.count + 1, 1))
            guard !overflow else { return nil }
            keyCount = product
            coded.append(codes)
        }
        return KeyWriter(keyCount: keyCount) { rows, keys in
            if coded.isEmpty, let base = keys.baseAddress { base.initialize(repeating: 0, count: rows.count) }
            // Code + 1, so that -1 (no value) has a key too.
            for (index, (codes, count)) in coded.enumerated() {
                mix(keys, index == 0, rows, count + 1, codes) { Int($0) + 1 }
            }
        }
    }

    /// How many codes a field's integer column has, or nil for a field without one.
    private static func radix(of field: Field, corpus: Corpus, cities: CityDirectory) -> Int? {
        switch field {
        case .city: return cities.names.count + 1
        case .unit: return corpus.units.count
        case .kind, .approx: return 256
        case .subject: return corpus.subjects.count
        case .section: return corpus.sections.count + 1
        default: return nil
        }
    }

    /// `keys[i] = keys[i] * scale + code(column[rows[i]])` for the rows of a block; with `first`, the
    /// keys are not yet initialised and become `code(…)`.
    @inline(__always)
    private static func mix<Row: FixedWidthInteger, Element>(
        _ keys: UnsafeMutableBufferPointer<Int>, _ first: Bool, _ rows: UnsafeBufferPointer<Row>, _ scale: Int,
        _ column: [Element], _ code: (Element) -> Int
    ) {
        column.withUnsafeBufferPointer { column in
            if first {
                for (position, row) in rows.enumerated() {
                    keys.initializeElement(at: position, to: code(column[Int(truncatingIfNeeded: row)]))
                }
            } else {
                for (position, row) in rows.enumerated() {
                    keys[position] = keys[position] &* scale &+ code(column[Int(truncatingIfNeeded: row)])
                }
            }
        }
    }
}
