import TallyText

/// One step of a compiled regular expression.
enum RegexInstruction: Sendable {
    /// Consume this scalar.
    case scalar(Unicode.Scalar)
    /// Consume a scalar of `RegexProgram.sets[index]`.
    case set(Int)
    /// Go on at both places.
    case split(Int, Int)
    /// Go on at this place.
    case jump(Int)
    /// Go on only where the position holds.
    case assertion(RegexAssertion)
    /// A match.
    case match
}

/// A regular expression compiled for `RegexMatcher`: a list of instructions (a Thompson NFA),
/// counted repetitions written out, at most `maximumSize` instructions.
struct RegexProgram: Sendable {
    /// The most instructions a program may have besides its match; the matcher's work per scalar
    /// grows with it, so this bounds a match to this many steps per scalar of the text.
    static let maximumSize = 1_000

    private(set) var instructions: [RegexInstruction] = []
    private(set) var sets: [ScalarSet] = []
    /// Whether every match starts at the start of the text (`^…`), so no thread starts later.
    private(set) var anchoredAtStart = false

    /// The program for `node`, or a failure when it would have more than `maximumSize` instructions.
    init(_ node: RegexNode) throws(RegexPattern.Failure) {
        try compile(node)
        instructions.append(.match)  // not counted: a pattern of `maximumSize` scalars compiles
        anchoredAtStart = Self.startsAnchored(node)
    }

    private static func startsAnchored(_ node: RegexNode) -> Bool {
        switch node {
        case .assertion(.start): true
        case .concatenation(let parts): parts.first.map(startsAnchored) ?? false
        default: false
        }
    }

    @discardableResult
    private mutating func emit(_ instruction: RegexInstruction) throws(RegexPattern.Failure) -> Int {
        guard instructions.count < Self.maximumSize else {
            throw RegexPattern.Failure(
                message: Phrase.regexTooLarge(Phrase.regexProgramTooLarge(Self.maximumSize)),
                hint: Phrase.simplerRegex(), range: nil)
        }
        instructions.append(instruction)
        return instructions.count - 1
    }

    /// Points the split or jump at `place` to `target` (its second branch for a split).
    private mutating func patch(_ place: Int, to target: Int) {
        switch instructions[place] {
        case .split(let first, _): instructions[place] = .split(first, target)
        case .jump: instructions[place] = .jump(target)
        default: break
        }
    }

    private mutating func compile(_ node: RegexNode) throws(RegexPattern.Failure) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar):
            try emit(.scalar(scalar))
        case .set(let set):
            sets.append(set)
            try emit(.set(sets.count - 1))
        case .assertion(let assertion):
            try emit(.assertion(assertion))
        case .concatenation(let parts):
            for part in parts { try compile(part) }
        case .alternation(let alternatives):
            try compileAlternation(alternatives[...])
        case .repetition(let inner, let minimum, let maximum):
            for _ in 0..<minimum { try compile(inner) }
            if let maximum {
                try compileOptional(inner, times: maximum - minimum)
            } else {
                try compileStar(inner)
            }
        }
    }

    /// `a|b|c` as `split(a, split(b, c))`, each alternative jumping past the rest.
    private mutating func compileAlternation(_ alternatives: ArraySlice<RegexNode>) throws(RegexPattern.Failure) {
        guard let first = alternatives.first else { return }
        guard alternatives.count > 1 else { return try compile(first) }
        var jumps: [Int] = []
        var rest = alternatives
        while let alternative = rest.popFirst() {
            if rest.isEmpty {
                try compile(alternative)
                break
            }
            let split = try emit(.split(instructions.count + 1, 0))
            try compile(alternative)
            jumps.append(try emit(.jump(0)))
            patch(split, to: instructions.count)
        }
        for jump in jumps { patch(jump, to: instructions.count) }
    }

    /// `a*`: a split into the node or past it, the node jumping back to the split.
    private mutating func compileStar(_ inner: RegexNode) throws(RegexPattern.Failure) {
        let split = try emit(.split(instructions.count + 1, 0))
        try compile(inner)
        try emit(.jump(split))
        patch(split, to: instructions.count)
    }

    /// Up to `times` more copies of the node, nested (`(a(a)?)?`) so a thread that stops taking
    /// copies leaves at once.
    private mutating func compileOptional(_ inner: RegexNode, times: Int) throws(RegexPattern.Failure) {
        var splits: [Int] = []
        for _ in 0..<times {
            splits.append(try emit(.split(instructions.count + 1, 0)))
            try compile(inner)
        }
        for split in splits { patch(split, to: instructions.count) }
    }
}
