import ReportKit

/// A comparison of one measure column with a constant, resolved once per query — a city name to
/// its id, a unit to its id, a subject pattern to the subjects it matches — and read either row by
/// row (`rowTest`) or a block of rows at a time (`blockTest`).
enum MeasureColumnTest {
    /// `value OP number`.
    case value(ComparisonOperator, Double)
    /// `city == NAME` (or `!=`), by the city id of each measure.
    case city(Int32, equal: Bool)
    /// `kind == NAME` (or `!=`).
    case kind(Kind, equal: Bool)
    /// `unit == NAME` (or `!=`), by unit id.
    case unit(Int32, equal: Bool)
    /// A test of the subject decided once per distinct subject (`subject ~ "养老"`, `subject ~ /…/`).
    case subject(passes: [Bool])
    /// `indicator == NAME` (or `!=`): the subjects that have the indicator, and its change.
    case indicator(subjectHolds: [Bool], change: Int, equal: Bool)

    /// The test of one measure id.
    func rowTest(_ corpus: Corpus, cityOfMeasure: [Int32]) -> (Int) -> Bool {
        let measures = corpus.measures
        switch self {
        case .value(let op, let number):
            let values = measures.value
            return { Self.holds(op, values[$0], number) }
        case .city(let id, let equal):
            return { (cityOfMeasure[$0] == id) == equal }
        case .kind(let kind, let equal):
            let kinds = measures.kind
            return { (kinds[$0] == kind) == equal }
        case .unit(let id, let equal):
            let ids = measures.unit
            return { (ids[$0] == id) == equal }
        case .subject(let passes):
            let subjects = measures.subject
            return { passes[Int(subjects[$0])] }
        case .indicator(let subjectHolds, let change, let equal):
            let (subjects, details) = (measures.subject, measures.details)
            return { (subjectHolds[Int(subjects[$0])] && IndicatorChange(details[$0]).rawValue == change) == equal }
        }
    }

    /// The same test over a block of measure ids at a time, each case one tight loop over its column
    /// (written out per case so that the comparison is inlined into the loop).
    func blockTest(_ corpus: Corpus, cityOfMeasure: [Int32]) -> BlockPredicate {
        let measures = corpus.measures
        switch self {
        case .value(let op, let number):
            let values = measures.value
            return BlockPredicate { rows, mask in
                values.withUnsafeBufferPointer { values in
                    BlockPredicate.fill(rows, mask) { Self.holds(op, values[$0], number) }
                }
            }
        case .city(let id, let equal):
            return BlockPredicate { rows, mask in
                cityOfMeasure.withUnsafeBufferPointer { cities in
                    BlockPredicate.fill(rows, mask) { (cities[$0] == id) == equal }
                }
            }
        case .kind(let kind, let equal):
            let kinds = measures.kind
            return BlockPredicate { rows, mask in
                kinds.withUnsafeBufferPointer { kinds in
                    BlockPredicate.fill(rows, mask) { (kinds[$0] == kind) == equal }
                }
            }
        case .unit(let id, let equal):
            let units = measures.unit
            return BlockPredicate { rows, mask in
                units.withUnsafeBufferPointer { units in
                    BlockPredicate.fill(rows, mask) { (units[$0] == id) == equal }
                }
            }
        case .subject(let passes):
            let subjects = measures.subject
            return BlockPredicate { rows, mask in
                subjects.withUnsafeBufferPointer { subjects in
                    passes.withUnsafeBufferPointer { passes in
                        BlockPredicate.fill(rows, mask) { passes[Int(subjects[$0])] }
                    }
                }
            }
        case .indicator(let subjectHolds, let change, let equal):
            let (subjects, details) = (measures.subject, measures.details)
            return BlockPredicate { rows, mask in
                subjects.withUnsafeBufferPointer { subjects in
                    details.withUnsafeBufferPointer { details in
                        subjectHolds.withUnsafeBufferPointer { holds in
                            BlockPredicate.fill(rows, mask) {
                                (holds[Int(subjects[$0])] && IndicatorChange(details[$0]).rawValue == change) == equal
                            }
                        }
                    }
                }
            }
        }
    }

    /// `left OP right` for numbers.
    @inline(__always)
    static func holds(_ op: ComparisonOperator, _ left: Double, _ right: Double) -> Bool {
        switch op {
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        case .equal: left == right
        case .notEqual: left != right
        case .contains, .notContains: false
        }
    }
}
