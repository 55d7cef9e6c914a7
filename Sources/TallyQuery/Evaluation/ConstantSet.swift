/// The constants of an `in (…)` list, held so that a value is looked up in them at once, matching
/// exactly when `value == constant` would for one of them (`ExpressionCompiler.compare`): numbers
/// numerically, anything else by its text, a missing value never.
struct ConstantSet {
    /// The numbers among the constants.
    private var numbers: Set<Double> = []
    /// The texts of the constants that are no number (what a number compares with by text).
    private var texts: Set<String> = []
    /// The texts of every constant (what a value that is no number compares with).
    private var allTexts: Set<String> = []

    var isEmpty: Bool { allTexts.isEmpty }

    mutating func insert(_ constant: Value) {
        guard !constant.isNull else { return }
        if let number = constant.number { numbers.insert(number) } else { texts.insert(constant.text) }
        allTexts.insert(constant.text)
    }

    /// Whether `value` equals one of the constants.
    func contains(_ value: Value) -> Bool {
        if let number = value.number { return numbers.contains(number) || texts.contains(value.text) }
        return !value.isNull && allTexts.contains(value.text)
    }
}
