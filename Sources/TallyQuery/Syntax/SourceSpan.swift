/// A stretch of a statement's text, as offsets in Unicode scalars: `start..<end`.
///
/// For the statement `measures | where cty == 合肥`, the token `cty` has the span `17..<20` and
/// `合肥` has `24..<26` (each Chinese character is one scalar). Spans are relative to the statement,
/// never to the file; line and column are worked out only when an error becomes a `Diagnostic`.
public struct SourceSpan: Sendable, Hashable {
    /// The offset of the first scalar.
    public var start: Int
    /// The offset just past the last scalar; equal to `start` for an empty span (the end of input).
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Creates a span from a range of scalar offsets.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// The span as a range of scalar offsets.
    public var range: Range<Int> { start..<end }

    /// The smallest span covering both `self` and `other`.
    public func merged(with other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }
}

extension SourceSpan: CustomDebugStringConvertible {
    /// The span as `start..<end`.
    public var debugDescription: String { "\(start)..<\(end)" }
}

/// A value together with the span of text it was read from, such as a name after `as` or a city
/// after `compare`.
public struct Spanned<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value.
    public var value: Value
    /// Where the value was written.
    public var span: SourceSpan

    /// Creates a spanned value.
    public init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }
}
