/// An expression: a condition after `where`, a key after `sort`, a column of `select`.
public struct Expr: Sendable, Hashable {
    /// What the expression is.
    public var kind: Kind
    /// The whole expression, operands included (parentheses included when written).
    public var span: SourceSpan

    /// Creates an expression.
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The shapes of expression.
    public indirect enum Kind: Sendable, Hashable {
        /// A number, its magnitude word applied: `1000万` is 10,000,000. `isPercent` is set for
        /// `5%`, whose value is 5 (percent figures are stored as 5 for 5%).
        case number(Double, isPercent: Bool)
        /// A quoted string, or a bare word that is a value (`合肥`, `money`). Values of `kind` and
        /// `approx` are canonical English names (`金额` becomes `money`).
        case string(String)
        /// `true` or `false`.
        case boolean(Bool)
        /// A regular expression `/…/`, only on the right of `~` and `!~`, compiled when it was read.
        case regex(RegexPattern)
        /// A field or a column named earlier in the pipeline.
        case field(FieldName)
        /// `-x`
        case negate(Expr)
        /// `not x` (非)
        case not(Expr)
        /// `a and b` (且), `a or b` (或)
        case logical(LogicalOperator, Expr, Expr)
        /// `a + b`, `a - b`, `a * b`, `a / b`
        case arithmetic(ArithmeticOperator, Expr, Expr)
        /// `a == b`, `a ~ "养老"`, `a ~ /养老|助餐/`, …
        case comparison(ComparisonOperator, Expr, Expr)
        /// `a in (x, y)` (属于), or `a not in (x, y)` when `negated`.
        case membership(Expr, [Expr], negated: Bool)
    }
}

/// A field reference: one of the known fields, or a column a stage introduced.
public enum FieldName: Sendable, Hashable {
    /// A field from the vocabulary (`city`, or its alias `城市`).
    case known(Field)
    /// A column named by `as`, or an aggregate's default column (`sum`, `total`).
    case column(String)

    /// The name as the evaluator and the output show it: the English field name or the column name.
    public var name: String {
        switch self {
        case .known(let field): field.english
        case .column(let name): name
        }
    }
}

/// `and`, `or`.
public enum LogicalOperator: String, Sendable, Hashable {
    /// Both hold.
    case and
    /// Either holds.
    case or
}

/// `+ - * /`.
public enum ArithmeticOperator: String, Sendable, Hashable {
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`
    case divide = "/"
}

/// The comparison operators.
public enum ComparisonOperator: String, Sendable, Hashable {
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `~`: the left side contains the right (a string), or matches it (a regular expression).
    case contains = "~"
    /// `!~`: the negation of `~`.
    case notContains = "!~"
}
