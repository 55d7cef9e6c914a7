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
            let (code, keyCount) = Self.integerCode(fields.map(\.value), corpus: corpus, cities: cities)
        {
            if keyCount <= 1 << 20 {
                // Few enough combinations for a direct table: one array read per row, no hashing.
                var slotByCode = [Int32](repeating: -1, count: keyCount)
                for row in rows {
                    let key = code(row)
                    let slot = slotByCode[key]
                    if slot >= 0 {
                        groups[Int(slot)].append(row)
                    } else {
                        slotByCode[key] = Int32(groups.count)
                        groups.append([row])
                    }
                }
            } else {
                var slotByCode: [Int: Int] = [:]
                for row in rows {
                    let key = code(row)
                    if let slot = slotByCode[key] {
                        groups[slot].append(row)
                    } else {
                        slotByCode[key] = groups.count
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
        guard let (code, keyCount) = integerCode(fields.map(\.value), corpus: corpus, cities: cities),
            keyCount <= 1 << 20
        else {
            return nil
        }
        var slotByCode = [Int32](repeating: -1, count: keyCount)
        var slotOfRow = [Int32](repeating: 0, count: rows.count)
        var firstRows: [Int] = []
        for (position, row) in rows.enumerated() {
            let key = code(row)
            var slot = slotByCode[key]
            if slot < 0 {
                slot = Int32(firstRows.count)
                slotByCode[key] = slot
                firstRows.append(row)
            }
            slotOfRow[position] = slot
        }
        return (slotOfRow, firstRows)
    }

    /// A function giving each measure a single integer below `keyCount` for its combination of field
    /// values, or nil when a field has no integer column.
    private static func integerCode(
        _ fields: [FieldName], corpus: Corpus, cities: CityDirectory
    ) -> (code: (Int) -> Int, keyCount: Int)? {
        let measures = corpus.measures
        var codes: [(code: (Int) -> Int, radix: Int)] = []
        for field in fields {
            guard case .known(let known) = field else { return nil }
            switch known {
            case .city:
                let idOfMeasure = cities.idOfMeasure
                codes.append(({ Int(idOfMeasure[$0]) + 1 }, cities.names.count + 1))
            case .unit:
                let units = measures.unit
                codes.append(({ Int(units[$0]) }, corpus.units.count))
            case .kind:
                let kinds = measures.kind
                codes.append(({ Int(kinds[$0].rawValue) }, 256))
            case .approx:
                let approximations = measures.approximation
                codes.append(({ Int(approximations[$0].rawValue) }, 256))
            case .subject:
                let subjects = measures.subject
                codes.append(({ Int(subjects[$0]) }, corpus.subjects.count))
            case .section:
                let sections = measures.section
                codes.append(({ Int(sections[$0]) + 1 }, corpus.sections.count + 1))
            default:
                return nil
            }
        }
        let keyCount = codes.reduce(1) {
            $0.multipliedReportingOverflow(by: max($1.radix, 1)).overflow ? Int.max : $0 * max($1.radix, 1)
        }
        if codes.count == 1, let only = codes.first { return (only.code, keyCount) }
        return (
            { row in
                var key = 0
                for (code, radix) in codes { key = key &* max(radix, 1) &+ code(row) }
                return key
            }, keyCount
        )
    }
}
