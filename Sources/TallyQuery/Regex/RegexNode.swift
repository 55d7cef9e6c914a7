/// A regular expression read into a tree by `RegexParser`. Groups leave no node of their own:
/// matching only answers whether the text holds a match, so nothing is captured.
indirect enum RegexNode: Sendable {
    /// Matches the empty text (`()`, an empty alternative).
    case empty
    /// One scalar, as written.
    case scalar(Unicode.Scalar)
    /// One scalar of a set: `.`, `[…]`, `\d`, or a letter in either case under `(?i)`.
    case set(ScalarSet)
    /// A position: `^`, `$`, `\b`, `\B`.
    case assertion(RegexAssertion)
    /// The parts one after the other.
    case concatenation([RegexNode])
    /// Any one of the alternatives (`a|b`).
    case alternation([RegexNode])
    /// The node `minimum` times and at most `maximum` times, or without end when `maximum` is nil.
    case repetition(RegexNode, minimum: Int, maximum: Int?)

    /// The longest run of scalars every match must contain, for a byte search before matching:
    /// `养老` for `养老.*服务|养老院` is not found (alternatives give nothing), `服务` for `\d+服务`.
    var requiredLiteral: [Unicode.Scalar] {
        switch self {
        case .scalar(let scalar):
            return [scalar]
        case .concatenation(let parts):
            var best: [Unicode.Scalar] = []
            var run: [Unicode.Scalar] = []
            for part in parts {
                if case .scalar(let scalar) = part {
                    run.append(scalar)
                    continue
                }
                if run.count > best.count { best = run }
                run = []
                let inner = part.requiredLiteral
                if inner.count > best.count { best = inner }
            }
            return run.count > best.count ? run : best
        case .repetition(let node, let minimum, _) where minimum > 0:
            return node.requiredLiteral
        case .empty, .set, .assertion, .alternation, .repetition:
            return []
        }
    }

    /// Whether the node is scalars only, so a match is exactly an occurrence of `requiredLiteral`.
    var isLiteral: Bool {
        switch self {
        case .scalar: true
        case .concatenation(let parts): parts.allSatisfy { if case .scalar = $0 { true } else { false } }
        default: false
        }
    }
}

/// A condition on the position between two scalars.
enum RegexAssertion: Sendable {
    /// `^`: the start of the text.
    case start
    /// `$`: the end of the text.
    case end
    /// `\b`: a word scalar on one side only.
    case wordBoundary
    /// `\B`: a word scalar on both sides or on neither.
    case notWordBoundary

    /// Whether the position between `previous` and `next` (nil at the ends of the text) holds.
    func holds(previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
        switch self {
        case .start: return previous == nil
        case .end: return next == nil
        case .wordBoundary, .notWordBoundary:
            let before = previous.map(ScalarSet.Property.isWord) ?? false
            let after = next.map(ScalarSet.Property.isWord) ?? false
            return (before != after) == (self == .wordBoundary)
        }
    }
}
