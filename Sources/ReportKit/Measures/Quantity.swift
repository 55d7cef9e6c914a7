/// A figure as a report states it: a value in base units (or a range), its unit and how exact it is.
///
/// `4680万元` is `Quantity(value: 46_800_000, unit: "元")`; `5%—5.5%` has `value` 5 and `high` 5.5;
/// `30余次` has `approximation == .more`.
public struct Quantity: Sendable, Hashable {
    /// The value in base units (the low end of a range).
    public var value: Double
    /// The high end of a range, or `nil` for a single figure.
    public var high: Double?
    /// The base unit after the magnitude word is removed (`元`, `人次`, `%`, `元/月`); empty when unknown.
    public var unit: String
    /// Whether the figure is exact, a lower bound or approximate.
    public var approximation: Approximation

    /// Creates a quantity.
    public init(value: Double, high: Double? = nil, unit: String, approximation: Approximation = .exact) {
        self.value = value
        self.high = high
        self.unit = unit
        self.approximation = approximation
    }

    /// The kind of the unit.
    public var kind: Kind { UnitTable.kind(of: unit) }
}
