/// What a unit measures. Totals never add different units, and ratios are never summed.
public enum Kind: UInt8, Sendable, Hashable, CaseIterable, Codable {
    case money, people, count, ratio, area, length, time, other

    /// The English name used in queries (`kind == money`).
    public var name: String {
        switch self {
        case .money: "money"
        case .people: "people"
        case .count: "count"
        case .ratio: "ratio"
        case .area: "area"
        case .length: "length"
        case .time: "time"
        case .other: "other"
        }
    }

    /// The Chinese name, accepted in queries beside the English one (`kind == 金额`).
    public var chineseName: String {
        switch self {
        case .money: "金额"
        case .people: "人数"
        case .count: "数量"
        case .ratio: "比例"
        case .area: "面积"
        case .length: "长度"
        case .time: "时间"
        case .other: "其他"
        }
    }

    /// Finds a kind by its English or Chinese name.
    public init?(name: String) {
        guard let kind = Kind.allCases.first(where: { $0.name == name || $0.chineseName == name }) else {
            return nil
        }
        self = kind
    }

    /// Whether figures of this kind may be added up (ratios may not).
    public var isAdditive: Bool { self != .ratio }
}

/// The units tally recognises after a number, each with its kind. One table, easy to extend:
/// add a row and the scanner, the queries and the formatting all know the unit.
public enum UnitTable {
    /// Every known unit with its kind. The scanner takes the longest unit that matches, so `人次`
    /// wins over `人` and `个月` over `个`.
    public static let entries: [(unit: String, kind: Kind)] = [
        ("元", .money), ("美元", .money),
        ("人", .people), ("人次", .people), ("名", .people), ("户", .people), ("户次", .people),
        ("位", .people), ("对", .people),
        ("个", .count), ("家", .count), ("项", .count), ("类", .count), ("次", .count), ("件", .count),
        ("条", .count), ("例", .count), ("份", .count), ("批次", .count), ("批", .count), ("所", .count),
        ("张", .count), ("床", .count), ("座", .count), ("栋", .count), ("间", .count), ("辆", .count),
        ("台", .count), ("套", .count), ("场", .count), ("期", .count), ("支", .count), ("册", .count),
        ("篇", .count), ("本", .count), ("部", .count), ("处", .count), ("块", .count), ("只", .count),
        ("头", .count), ("吨", .other), ("倍", .ratio),
        ("%", .ratio), ("‰", .ratio), ("个百分点", .ratio), ("百分点", .ratio),
        ("亩", .area), ("平方米", .area), ("平方公里", .area), ("公顷", .area), ("平米", .area),
        ("公里", .length), ("千米", .length), ("米", .length),
        ("小时", .time), ("天", .time), ("年", .time), ("个月", .time), ("周", .time),
        ("分钟", .time), ("岁", .time),
        ("千瓦", .other), ("立方米", .other),
        // counts, lengths, weights, energy and volumes the corpus shows
        ("款", .count), ("颗", .count), ("枚", .count), ("种", .count), ("列", .count), ("起", .count),
        ("架次", .count), ("场次", .count), ("标箱", .count), ("方面", .count), ("市", .count),
        ("金", .count), ("银", .count), ("铜", .count),
        ("厘米", .length), ("英寸", .length),
        ("克", .other), ("千克", .other), ("公斤", .other), ("斤", .other), ("微克", .other), ("蒸吨", .other),
        ("千伏", .other), ("千瓦时", .other), ("兆瓦", .other), ("吉瓦时", .other), ("度", .other), ("方", .other),
        ("亩次", .area), ("级", .count),
        // classifiers common in other reports
        ("艘", .count), ("架", .count), ("口", .count), ("眼", .count), ("宗", .count), ("笔", .count),
        ("株", .count), ("棵", .count), ("盏", .count), ("羽", .count), ("门", .count), ("台套", .count),
        ("车次", .count), ("班次", .count), ("家次", .count), ("课时", .count), ("学时", .count),
        ("毫米", .length), ("平方千米", .area), ("兆瓦时", .other),
    ]

    /// Units that stand alone: they count only when no Han character follows (`9金、5银`, `10市PM2.5`,
    /// `10亿方以上`), since the same character often starts a word after a number (`3.0方案`, `5市场`).
    /// `以上`, `以下`, `以内` and `左右` may follow.
    public static let standaloneUnits: Set<String> = ["金", "银", "铜", "市", "方", "度"]

    /// Units that follow Arabic digits only: after a Chinese numeral the character means something
    /// else (`三方` parties, `两度` twice, `一起` together, `三级医院` a class, `两口子`, `一门心思`).
    public static let arabicOnlyUnits: Set<String> = [
        "方", "度", "起", "市", "金", "银", "铜", "级", "口", "眼", "门", "笔", "架",
    ]

    private static let kindByUnit: [String: Kind] = Dictionary(
        entries.map { ($0.unit, $0.kind) }, uniquingKeysWith: { first, _ in first })

    /// The kind of a unit; a rate such as `元/月` takes the kind of its numerator; unknown units are `.other`.
    public static func kind(of unit: String) -> Kind {
        if let kind = kindByUnit[unit] { return kind }
        if let slash = unit.firstIndex(of: "/"), let kind = kindByUnit[String(unit[..<slash])] {
            return kind == .money ? .money : .other
        }
        return .other
    }
}
