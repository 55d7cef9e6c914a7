import ReportKit
import TallyText

/// A regular expression for `~` and `!~`, compiled once and matched in time proportional to the
/// pattern's program times the text (never more), so no pattern can make a query run away.
///
/// The syntax: scalars (Chinese included), `.`, classes `[a-z]` and `[^…]`, `\d \w \s` and
/// `\D \W \S`, `\b \B`, anchors `^ $`, groups `( )`, `(?: )` and `(?<name> )`, alternation `|`,
/// repetitions `* + ?`, `{m}`, `{m,}`, `{m,n}` (up to 1000, each maybe lazy with `?`), and `(?i)`
/// or `(?i:…)` for either case. Back-references and look-around are refused.
public struct RegexPattern: Sendable, Hashable, CustomStringConvertible {
    /// The longest pattern, in scalars.
    public static let maximumLength = 1_000

    /// The pattern as written (between the slashes, `\/` read as `/`).
    public let source: String
    private let program: RegexProgram
    /// The UTF-8 bytes every match contains, searched for before matching (empty when none).
    private let requiredBytes: [UInt8]
    /// Whether a match is exactly an occurrence of `requiredBytes`, so the search is the answer.
    private let isLiteral: Bool

    /// Compiles `source`.
    ///
    /// - Throws: A `RegexPattern.Failure` naming the mistake, or the limit passed, and where it is.
    public init(_ source: String) throws(Failure) {
        guard source.unicodeScalars.count <= Self.maximumLength else {
            throw Failure(
                message: Phrase.regexTooLarge(Phrase.regexPatternTooLong(Self.maximumLength)),
                hint: Phrase.simplerRegex(), range: nil)
        }
        let node = try RegexParser.parse(source)
        self.source = source
        program = try RegexProgram(node)
        requiredBytes = Array(String(String.UnicodeScalarView(node.requiredLiteral)).utf8)
        isLiteral = node.isLiteral
    }

    /// Whether `text` holds a match somewhere.
    public func matches(_ text: String) -> Bool {
        makeMatcher()(text)
    }

    /// A test for many texts in turn (the rows of a query), reusing one matcher's memory; it is not
    /// to be shared between threads.
    public func makeMatcher() -> (String) -> Bool {
        let matcher = RegexMatcher(program)
        let required = requiredBytes
        let isLiteral = isLiteral
        return { text in
            if !required.isEmpty {
                let found = text.utf8.withContiguousStorageIfAvailable { bytes in
                    ByteSearch.firstOccurrence(of: required, in: bytes, from: 0) != nil
                }
                if found == false { return false }
                if found == true && isLiteral { return true }
            }
            return matcher.matches(Substring(text).unicodeScalars)
        }
    }

    public var description: String { "/\(source)/" }

    public static func == (lhs: RegexPattern, rhs: RegexPattern) -> Bool { lhs.source == rhs.source }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// A mistake in a pattern, or a limit it passes.
    public struct Failure: Error, Sendable {
        /// The message, in the language current when the pattern was compiled.
        public var message: String
        /// A hint, if any.
        public var hint: String?
        /// The offsets, in the pattern's scalars, of what the message is about; nil for the whole
        /// pattern.
        public var range: Range<Int>?
    }
}
