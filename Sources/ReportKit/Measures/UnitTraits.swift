/// What the parser's rules ask of a unit, read once per unit of `UnitTable` when the matcher is
/// built, so that a rule tests a bit instead of comparing strings (a failed comparison of two
/// Chinese strings costs hundreds of instructions, and every figure asks several).
struct UnitTraits: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `年`: a count of years, or part of a date.
    static let year = UnitTraits(rawValue: 1 << 0)
    /// `周`: weeks, or an anniversary (`80周年`).
    static let week = UnitTraits(rawValue: 1 << 1)
    /// `次`: times, or a session (`七次全会`).
    static let times = UnitTraits(rawValue: 1 << 2)
    /// `期`: issues, or a phase (`二期工程`).
    static let phase = UnitTraits(rawValue: 1 << 3)
    /// `位`, `名`: people, or a rank (`前8位`, `两位数`).
    static let rank = UnitTraits(rawValue: 1 << 4)
    /// `项`, `条`: items, or a named rule (`八项规定`).
    static let article = UnitTraits(rawValue: 1 << 5)
    /// `元`: money, or a name (`三元乳业`).
    static let yuan = UnitTraits(rawValue: 1 << 6)
    /// `人`: people, or a denominator (`每10万人`).
    static let person = UnitTraits(rawValue: 1 << 7)
    /// `级`: a grade, or a class (`500亿级产业集群`).
    static let grade = UnitTraits(rawValue: 1 << 8)
    /// `%`, `‰`, `倍`: a ratio that a change may be a rate of.
    static let ratio = UnitTraits(rawValue: 1 << 9)
    /// `百分点`, `个百分点`: a change of a rate.
    static let points = UnitTraits(rawValue: 1 << 10)
    /// One of `UnitTable.standaloneUnits`.
    static let standalone = UnitTraits(rawValue: 1 << 11)
    /// One of `UnitTable.arabicOnlyUnits`.
    static let arabicOnly = UnitTraits(rawValue: 1 << 12)

    /// The traits of `unit` as the table spells it (a rate such as `元/月` has none).
    init(of unit: String) {
        var traits: UnitTraits = []
        switch unit {
        case "年": traits.insert(.year)
        case "周": traits.insert(.week)
        case "次": traits.insert(.times)
        case "期": traits.insert(.phase)
        case "位", "名": traits.insert(.rank)
        case "项", "条": traits.insert(.article)
        case "元": traits.insert(.yuan)
        case "人": traits.insert(.person)
        case "级": traits.insert(.grade)
        case "%", "‰", "倍": traits.insert(.ratio)
        case "百分点", "个百分点": traits.insert(.points)
        default: break
        }
        if UnitTable.standaloneUnits.contains(unit) { traits.insert(.standalone) }
        if UnitTable.arabicOnlyUnits.contains(unit) { traits.insert(.arabicOnly) }
        self = traits
    }
}

/// A unit as the matcher reads it: its name, its kind and its traits, all taken from the table
/// entry, with the offset just past it.
struct UnitMatch: Sendable {
    let unit: String
    let kind: Kind
    let traits: UnitTraits
    let end: Int

}

extension UnitTraits {
    /// The kind and traits of a measure's unit name, by one table lookup (a rate such as `元/月`
    /// takes the kind of its numerator and no traits).
    static func facts(of unit: String) -> (kind: Kind, traits: UnitTraits) {
        factsByUnit[unit] ?? (UnitTable.kind(of: unit), [])
    }

    private static let factsByUnit: [String: (kind: Kind, traits: UnitTraits)] = Dictionary(
        UnitTable.entries.map { ($0.unit, ($0.kind, UnitTraits(of: $0.unit))) }, uniquingKeysWith: { first, _ in first }
    )
}
