/// The scalars one step of a regular expression accepts: `.`, a class `[…]`, `\d`, `\w`, `\s` and
/// their negations, or a letter in either case under `(?i)`.
struct ScalarSet: Sendable {
    /// A class of scalars named by an escape.
    enum Property: Sendable {
        /// `\d`: a decimal digit of any script.
        case digit
        /// `\w`: a letter, digit, mark or `_`, of any script (Chinese characters included).
        case word
        /// `\s`: white space, full-width space included.
        case space

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .digit: scalar.properties.numericType == .decimal
            case .word: Self.isWord(scalar)
            case .space: scalar.properties.isWhitespace
            }
        }

        /// Whether `scalar` is a word scalar, for `\w` and `\b`.
        static func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
                || scalar.properties.generalCategory == .nonspacingMark
        }
    }

    /// A property, or its negation (`\D`).
    struct PropertyTest: Sendable {
        var property: Property
        var negated: Bool
    }

    /// Ranges of scalar values, inclusive.
    var ranges: [ClosedRange<UInt32>] = []
    /// Properties, any of which admits a scalar.
    var properties: [PropertyTest] = []
    /// Whether the set is everything the ranges and properties do not admit (`[^…]`).
    var negated = false

    /// `.`: any scalar but a line feed.
    static let anyButNewline = ScalarSet(ranges: [0x0A...0x0A], negated: true)

    /// The set of one property (`\d`) or its negation (`\D`).
    static func property(_ property: Property, negated: Bool) -> ScalarSet {
        ScalarSet(properties: [PropertyTest(property: property, negated: negated)])
    }

    /// Whether this is `.`, which the matcher tests without looking at the set.
    var isAnyButNewline: Bool {
        negated && properties.isEmpty && ranges == [0x0A...0x0A]
    }

    /// Whether the set admits `scalar`.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        for range in ranges where range.contains(value) { return !negated }
        for test in properties where test.property.contains(scalar) != test.negated { return !negated }
        return negated
    }

    /// Adds the ranges and properties of an escape's set (`\d`, `\S`) as one item of a class (`[\d,]`).
    mutating func add(_ other: ScalarSet) {
        ranges += other.ranges
        properties += other.properties
    }

    /// The set with the other case of each letter in its ranges added, for `(?i)`. Ranges of more
    /// than `maximumFoldedRange` scalars are kept as written.
    func caseFolded() -> ScalarSet {
        var folded = self
        for range in ranges where range.count <= Self.maximumFoldedRange {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                folded.ranges += Self.otherCases(of: scalar).map { $0.value...$0.value }
            }
        }
        return folded
    }

    /// The widest range whose letters `(?i)` gives their other case.
    static let maximumFoldedRange = 1_000

    /// The lowercase and uppercase forms of `scalar` that are one scalar and differ from it.
    static func otherCases(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let forms = [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping]
        return forms.compactMap { form in
            let scalars = form.unicodeScalars
            guard scalars.count == 1, let only = scalars.first, only != scalar else { return nil }
            return only
        }
    }
}
