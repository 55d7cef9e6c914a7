import ReportKit

/// A value while a query runs: one field of one row, or the result of an expression.
enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case text(String)
    /// A figure with its unit; compares and computes as its value, shows as `4,680万元`.
    case quantity(Quantity, lowerBound: Bool)

    /// The number this value stands for, if it is numeric.
    var number: Double? {
        switch self {
        case .number(let number): number
        case .quantity(let quantity, _): quantity.value
        case .null, .bool, .text: nil
        }
    }

    /// The value as a table cell.
    var cell: Cell {
        switch self {
        case .null: .empty
        case .bool(let flag): .bool(flag)
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? .integer(Int(number)) : .number(number)
        case .text(let text): .text(text)
        case .quantity(let quantity, let lowerBound): .quantity(quantity, lowerBound: lowerBound)
        }
    }

    /// The value as text, for `~` and for comparing a text field with a number (`section == 2`).
    var text: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): HumanNumber.plain(number)
        case .text(let text): text
        case .quantity(let quantity, _): HumanNumber.plain(quantity.value)
        }
    }

    /// Orders values for `sort` and `min`/`max`: numbers numerically, text by Unicode scalars, nothing
    /// last.
    static func ascending(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs.number, rhs.number) {
        case (let left?, let right?): return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): break
        }
        if lhs.isNull { return false }
        if rhs.isNull { return true }
        return lhs.text.unicodeScalars.lexicographicallyPrecedes(rhs.text.unicodeScalars)
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
