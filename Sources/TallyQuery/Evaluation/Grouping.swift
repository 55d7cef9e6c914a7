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
        if case .measures = frame,
            let (keys, keyCount) = Self.integerKeys(fields.map(\.value), rows: rows, corpus: corpus, cities: cities)
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
        var slotByKey: [[Value]: Int] = [:]
        for row in rows {
            let key = accessors.map { $0(row) }
            if let slot = slotByKey[key] {
                groups[slot].append(row)
            } else {
                slotByKey[key] = groups.count
                groups.append([row])
            }
        }
    }

    /// For measures grouped by interned columns: the group of each row (in the order of `rows`) and
    /// each group's first row, without building a list of rows per group; nil when a field has no
    /// integer column. Aggregates that only add and count use it to stay one pass over the columns.
    static func slots(
        rows: [Int], by fields: [Spanned<FieldName>], corpus: Corpus, cities: CityDirectory
    ) -> (slotOfRow: [Int32], firstRows: [Int])? {
        guard let (keys, keyCount) = integerKeys(fields.map(\.value), rows: rows, corpus: corpus, cities: cities),
            keyCount <= 1 << 20
        else {
            return nil
        }
        var slotByKey = [Int32](repeating: -1, count: keyCount)
        var slotOfRow = [Int32](repeating: 0, count: rows.count)
        var firstRows: [Int] = []
        for (position, key) in keys.enumerated() {
            var slot = slotByKey[key]
            if slot < 0 {
                slot = Int32(firstRows.count)
                slotByKey[key] = slot
                firstRows.append(rows[position])
            }
            slotOfRow[position] = slot
        }
        return (slotOfRow, firstRows)
    }

    /// Each row's combination of field values as one integer below `keyCount`, computed a column at
    /// a time (one tight loop per field, no call per row); nil when a field has no integer column or
    /// the combinations do not fit in an `Int`.
    private static func integerKeys(
        _ fields: [FieldName], rows: [Int], corpus: Corpus, cities: CityDirectory
    ) -> (keys: [Int], keyCount: Int)? {
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
        var keys = [Int](repeating: 0, count: rows.count)
        for (field, scale) in known {
            switch field {
            case .city: mix(&keys, rows, scale, cities.idOfMeasure) { Int($0) + 1 }
            case .unit: mix(&keys, rows, scale, measures.unit) { Int($0) }
            case .kind: mix(&keys, rows, scale, measures.kind) { Int($0.rawValue) }
            case .approx: mix(&keys, rows, scale, measures.approximation) { Int($0.rawValue) }
            case .subject: mix(&keys, rows, scale, measures.subject) { Int($0) }
            case .section: mix(&keys, rows, scale, measures.section) { Int($0) + 1 }
            default: return nil
            }
        }
        return (keys, keyCount)
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

    /// `keys[i] = keys[i] * scale + code(column[rows[i]])` for every row.
    @inline(__always)
    private static func mix<Element>(
        _ keys: inout [Int], _ rows: [Int], _ scale: Int, _ column: [Element], _ code: (Element) -> Int
    ) {
        keys.withUnsafeMutableBufferPointer { keys in
            column.withUnsafeBufferPointer { column in
                for (position, row) in rows.enumerated() {
                    keys[position] = keys[position] &* scale &+ code(column[row])
                }
            }
        }
    }
}
