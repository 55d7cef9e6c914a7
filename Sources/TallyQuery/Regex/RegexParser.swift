import TallyText

/// Reads a pattern into a `RegexNode` tree, one method per rule:
///
///     alternation := concatenation ('|' concatenation)*
///     concatenation := repetition*
///     repetition := atom ['*' | '+' | '?' | '{m}' | '{m,}' | '{m,n}'] ['?']
///     atom := '(' ['?:' | '?i:' | '?<name>'] alternation ')' | '(?i)' | '[' class ']' | '.' | '^' | '$'
///           | '\' escape | scalar
///
/// Back-references and look-around cannot be matched in one pass over the text, so they are refused
/// with their position, as is every other mistake.
struct RegexParser {
    /// The most groups one pattern may nest, so that the tree's depth stays small.
    static let maximumNesting = 100
    /// The largest count of a counted repetition (`{1000}`).
    static let maximumCount = 1_000

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var nesting = 0
    private var caseInsensitive = false

    private init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    /// The tree of `pattern`, or its first mistake.
    static func parse(_ pattern: String) throws(RegexPattern.Failure) -> RegexNode {
        var parser = RegexParser(pattern)
        let node = try parser.parseAlternation()
        if parser.index < parser.scalars.count {
            throw parser.failure(Phrase.regexUnmatchedParen(), at: parser.index..<parser.index + 1)
        }
        return node
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func failure(_ reason: String, at range: Range<Int>, hint: String? = nil) -> RegexPattern.Failure {
        RegexPattern.Failure(message: Phrase.invalidRegex(reason), hint: hint, range: range)
    }

    private func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
    }

    // MARK: - Rules

    private mutating func parseAlternation() throws(RegexPattern.Failure) -> RegexNode {
        var alternatives = [try parseConcatenation()]
        while peek == "|" {
            index += 1
            alternatives.append(try parseConcatenation())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseConcatenation() throws(RegexPattern.Failure) -> RegexNode {
        var parts: [RegexNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            if let part = try parseRepetition() { parts.append(part) }
        }
        switch parts.count {
        case 0: return .empty
        case 1: return parts[0]
        default: return .concatenation(parts)
        }
    }

    /// An atom and the repetitions after it; nil for `(?i)`, which only sets a flag.
    private mutating func parseRepetition() throws(RegexPattern.Failure) -> RegexNode? {
        guard let node = try parseAtom() else { return nil }
        guard let bounds = try parseQuantifier() else { return node }
        if peek == "?" { index += 1 }  // lazy: the same matches for a yes-or-no answer
        let start = index
        if try parseQuantifier() != nil {
            throw failure(Phrase.regexNothingToRepeat(text(start..<index)), at: start..<index)
        }
        return .repetition(node, minimum: bounds.minimum, maximum: bounds.maximum)
    }

    /// A quantifier at the current position, or nil when there is none (a `{` that does not start
    /// a count is a scalar).
    private mutating func parseQuantifier() throws(RegexPattern.Failure) -> (minimum: Int, maximum: Int?)? {
        switch peek {
        case "*":
            index += 1
            return (0, nil)
        case "+":
            index += 1
            return (1, nil)
        case "?":
            index += 1
            return (0, 1)
        case "{":
            return try parseCount()
        default:
            return nil
        }
    }

    /// `{m}`, `{m,}` or `{m,n}`, or nil (moving nothing) when the `{` does not start one.
    private mutating func parseCount() throws(RegexPattern.Failure) -> (minimum: Int, maximum: Int?)? {
        let open = index
        var cursor = index + 1
        guard let minimum = number(at: &cursor) else { return nil }
        var maximum: Int? = minimum
        if cursor < scalars.count, scalars[cursor] == "," {
            cursor += 1
            maximum = number(at: &cursor)
        }
        guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
        index = cursor + 1
        let range = open..<index
        if minimum > Self.maximumCount || (maximum ?? 0) > Self.maximumCount {
            throw failure(Phrase.regexCountTooLarge(Self.maximumCount), at: range)
        }
        if let maximum, maximum < minimum {
            throw failure(Phrase.regexCountsReversed(text(range)), at: range)
        }
        return (minimum, maximum)
    }

    /// The decimal number at `cursor` (capped just over `maximumCount`), moving past it; nil when
    /// no digit is there.
    private func number(at cursor: inout Int) -> Int? {
        let first = cursor
        var value = 0
        while cursor < scalars.count, let digit = scalars[cursor].asciiDigit {
            value = min(value * 10 + digit, Self.maximumCount + 1)
            cursor += 1
        }
        return cursor == first ? nil : value
    }

    private mutating func parseAtom() throws(RegexPattern.Failure) -> RegexNode? {
        let start = index
        guard let scalar = peek else { return .empty }
        index += 1
        switch scalar {
        case "(":
            return try parseGroup(at: start)
        case "[":
            return .set(try parseClass(at: start))
        case ".":
            return .set(.anyButNewline)
        case "^":
            return .assertion(.start)
        case "$":
            return .assertion(.end)
        case "\\":
            return try parseEscape(at: start)
        case "*", "+", "?":
            throw failure(Phrase.regexNothingToRepeat(String(scalar)), at: start..<index)
        case "{":
            index = start
            if try parseCount() != nil {
                throw failure(Phrase.regexNothingToRepeat(text(start..<index)), at: start..<index)
            }
            index = start + 1
            return literal(scalar)
        default:
            return literal(scalar)
        }
    }

    /// A scalar as written, or in either case under `(?i)`.
    private func literal(_ scalar: Unicode.Scalar) -> RegexNode {
        let others = caseInsensitive ? ScalarSet.otherCases(of: scalar) : []
        guard !others.isEmpty else { return .scalar(scalar) }
        return .set(ScalarSet(ranges: ([scalar] + others).map { $0.value...$0.value }))
    }

    /// What follows `(`: a group, a non-capturing or named group, `(?i)` or `(?i:…)`; look-around
    /// and other `(?` forms are refused.
    private mutating func parseGroup(at start: Int) throws(RegexPattern.Failure) -> RegexNode? {
        let savedCase = caseInsensitive
        if peek == "?" {
            switch (peek(1), peek(2)) {
            case (":", _):
                index += 2
            case ("i", ")"):
                index += 3
                caseInsensitive = true
                return nil
            case ("i", ":"):
                index += 3
                caseInsensitive = true
            case ("=", _), ("!", _):
                throw failure(
                    Phrase.regexLookaround(text(start..<start + 3)), at: start..<start + 3, hint: Phrase.regexOnePass())
            case ("<", "="), ("<", "!"):
                throw failure(
                    Phrase.regexLookaround(text(start..<start + 4)), at: start..<start + 4, hint: Phrase.regexOnePass())
            case ("<", _), ("P", "<"):
                guard let close = scalars[index...].firstIndex(of: ">") else {
                    throw failure(Phrase.regexUnclosedGroup(), at: start..<start + 1)
                }
                index = close + 1
            default:
                let end = min(start + 3, scalars.count)
                throw failure(Phrase.regexUnsupportedGroup(text(start..<end)), at: start..<end)
            }
        }
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting {
            throw failure(Phrase.regexNestedTooDeeply(Self.maximumNesting), at: start..<start + 1)
        }
        let inner = try parseAlternation()
        caseInsensitive = savedCase
        guard peek == ")" else { throw failure(Phrase.regexUnclosedGroup(), at: start..<start + 1) }
        index += 1
        return inner
    }

    /// A class `[…]` whose `[` is at `start`: scalars, ranges `a-z`, escapes `\d`, `\]`; `^` first
    /// negates it and `]` first is a scalar.
    private mutating func parseClass(at start: Int) throws(RegexPattern.Failure) -> ScalarSet {
        var set = ScalarSet()
        if peek == "^" {
            set.negated = true
            index += 1
        }
        var first = true
        while true {
            guard let scalar = peek else { throw failure(Phrase.regexUnclosedClass(), at: start..<start + 1) }
            if scalar == "]" && !first { break }
            first = false
            let itemStart = index
            index += 1
            var low = scalar
            if scalar == "\\" {
                switch try classEscape(at: itemStart) {
                case .scalar(let escaped): low = escaped
                case .set(let escaped):
                    set.add(escaped)
                    continue
                }
            }
            guard peek == "-", let next = peek(1), next != "]" else {
                set.ranges.append(low.value...low.value)
                continue
            }
            index += 1
            let highStart = index
            index += 1
            var high = next
            if next == "\\" {
                guard case .scalar(let escaped) = try classEscape(at: highStart) else {
                    throw failure(Phrase.regexBadRange(text(itemStart..<index)), at: itemStart..<index)
                }
                high = escaped
            }
            guard low.value <= high.value else {
                throw failure(Phrase.regexBadRange(text(itemStart..<index)), at: itemStart..<index)
            }
            set.ranges.append(low.value...high.value)
        }
        index += 1
        return caseInsensitive ? set.caseFolded() : set
    }

    /// What an escape inside a class stands for.
    private enum ClassItem {
        case scalar(Unicode.Scalar)
        case set(ScalarSet)
    }

    private mutating func classEscape(at start: Int) throws(RegexPattern.Failure) -> ClassItem {
        switch try parseEscape(at: start) {
        case .scalar(let scalar): return .scalar(scalar)
        case .set(let set): return .set(set)
        default: throw failure(Phrase.regexUnknownEscape(text(start..<index)), at: start..<index)
        }
    }

    /// The escape whose `\` is at `start`.
    private mutating func parseEscape(at start: Int) throws(RegexPattern.Failure) -> RegexNode {
        guard let scalar = peek else {
            throw failure(Phrase.regexTrailingBackslash(), at: start..<start + 1)
        }
        index += 1
        switch scalar {
        case "d": return .set(.property(.digit, negated: false))
        case "D": return .set(.property(.digit, negated: true))
        case "w": return .set(.property(.word, negated: false))
        case "W": return .set(.property(.word, negated: true))
        case "s": return .set(.property(.space, negated: false))
        case "S": return .set(.property(.space, negated: true))
        case "b": return .assertion(.wordBoundary)
        case "B": return .assertion(.notWordBoundary)
        case "n": return .scalar("\n")
        case "t": return .scalar("\t")
        case "r": return .scalar("\r")
        case "1"..."9", "k", "g":
            throw failure(
                Phrase.regexBackreference(text(start..<index)), at: start..<index, hint: Phrase.regexOnePass())
        default:
            guard scalar.isASCII, scalar.properties.isAlphabetic || scalar.asciiDigit != nil else {
                return literal(scalar)
            }
            throw failure(Phrase.regexUnknownEscape(text(start..<index)), at: start..<index)
        }
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit, or nil.
    fileprivate var asciiDigit: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }
}
