/// What a figure is, beyond its quantity: a level or a change and on what basis, the period it
/// describes, whether it is a result or a target, and whether its unit was inferred.
///
/// The scanner and the document parser fill one of these per measure, and the corpus stores it as it
/// is (`MeasureTable.details`), so a new fact about figures is one property here plus the rule that
/// sets it, and one field definition in the query language.
public struct MeasureDetails: Sendable, Hashable {
    // Stored packed (10 bytes, not 48) because the corpus keeps one per measure and queries over
    // a million of them read `period` and `target` row by row: flags, the change, the basis's case
    // and year, and the period's years as `Int16` (0 for none).
    private var flags: UInt8 = 0
    /// A level, or what kind of change the figure is.
    public var change: Change = .none
    private var basisCase: UInt8 = 0
    private var basisYear: Int16 = 0
    private var periodStart: Int16 = 0
    private var periodEnd: Int16 = 0

    private static let impliedUnitFlag: UInt8 = 1
    private static let targetFlag: UInt8 = 2

    /// The unit was inferred from context (`总投资5.6亿` → 元), not written.
    public var impliedUnit: Bool {
        get { flags & Self.impliedUnitFlag != 0 }
        set { flags = newValue ? flags | Self.impliedUnitFlag : flags & ~Self.impliedUnitFlag }
    }

    /// A planned figure (预期目标, 力争, 计划) rather than a result.
    public var target: Bool {
        get { flags & Self.targetFlag != 0 }
        set { flags = newValue ? flags | Self.targetFlag : flags & ~Self.targetFlag }
    }

    /// What a change is measured against. A named year outside 1…32767 is kept as no basis.
    public var basis: Basis {
        get {
            switch basisCase {
            case 1: .yearOnYear
            case 2: .annual
            case 3: .versus(year: Int(basisYear))
            default: .none
            }
        }
        set {
            basisYear = 0
            switch newValue {
            case .none: basisCase = 0
            case .yearOnYear: basisCase = 1
            case .annual: basisCase = 2
            case .versus(let year):
                if let stored = Self.storedYear(year) {
                    basisCase = 3
                    basisYear = stored
                } else {
                    basisCase = 0
                }
            }
        }
    }

    /// The year or span of years the figure describes; nil when nothing says. A period with a year
    /// outside 1…32767 is kept as none.
    public var period: Period? {
        get { periodStart == 0 ? nil : Period(start: Int(periodStart), end: Int(periodEnd)) }
        set {
            if let newValue, let start = Self.storedYear(newValue.start), let end = Self.storedYear(newValue.end) {
                (periodStart, periodEnd) = (start, end)
            } else {
                (periodStart, periodEnd) = (0, 0)
            }
        }
    }

    /// The single year the figure describes, or nil for none or a span, read without building a
    /// `Period` (the comparison of years asks this of every measure).
    public var year: Int? {
        periodStart != 0 && periodStart == periodEnd ? Int(periodStart) : nil
    }

    /// Details with nothing known: an exact level, a result, no period.
    public init(
        impliedUnit: Bool = false, change: Change = .none, basis: Basis = .none, period: Period? = nil,
        target: Bool = false
    ) {
        self.change = change
        self.impliedUnit = impliedUnit
        self.basis = basis
        self.period = period
        self.target = target
    }

    private static func storedYear(_ year: Int) -> Int16? {
        (1...Int(Int16.max)).contains(year) ? Int16(year) : nil
    }
}

/// Whether a figure is a level or a change. A growth rate is never added to a level.
public enum Change: UInt8, Sendable, Hashable, CaseIterable {
    /// A level: how much there is (`地区生产总值5.3万亿元`, `城镇化率70%`).
    case none
    /// A rate of change (`增长5.5%`, `下降2.3%` as −2.3, `年均增长7%`).
    case growth
    /// An amount added or removed (`新增12家`, `增加3万人`, `提高2个百分点`).
    case increase

    /// The name used in queries and machine formats.
    public var name: String {
        switch self {
        case .none: "none"
        case .growth: "growth"
        case .increase: "increase"
        }
    }

    /// The Chinese name, accepted in queries beside the English one.
    public var chineseName: String {
        switch self {
        case .none: "水平"
        case .growth: "增速"
        case .increase: "增量"
        }
    }
}

/// What a change is measured against: the year before (同比), an annual average (年均), a named year
/// (比2020年), or nothing stated.
public enum Basis: Sendable, Hashable {
    case none
    /// 同比, 比上年: against the same period of the year before.
    case yearOnYear
    /// 年均: the average yearly change over a span.
    case annual
    /// 比2020年: against a named year.
    case versus(year: Int)

    /// The name used in queries and machine formats: `none`, `yoy`, `annual`, `vs2020`.
    public var name: String {
        switch self {
        case .none: "none"
        case .yearOnYear: "yoy"
        case .annual: "annual"
        case .versus(let year): "vs\(year)"
        }
    }
}

/// A year or a span of years (`2025`, `2021-2025`).
public struct Period: Sendable, Hashable, Comparable {
    /// The first year.
    public var start: Int
    /// The last year (the same as `start` for one year).
    public var end: Int

    /// One year.
    public init(year: Int) {
        self.init(start: year, end: year)
    }

    /// A span of years; `end` below `start` is read as one year.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// `2025` or `2021-2025`.
    public var name: String { start == end ? String(start) : "\(start)-\(end)" }

    /// Whether this is one year.
    public var isYear: Bool { start == end }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.end, lhs.start) < (rhs.end, rhs.start)
    }
}

extension MeasureDetails {
    /// Writes the stored fields as they are, for `Corpus.archived()`.
    func write(to writer: inout ArchiveWriter) {
        writer.write(flags)
        writer.write(change.rawValue)
        writer.write(basisCase)
        writer.write(basisYear)
        writer.write(periodStart)
        writer.write(periodEnd)
    }

    /// The details `write(to:)` wrote.
    init(from reader: inout ArchiveReader) throws(ArchiveFailure) {
        flags = try reader.read()
        guard let change = Change(rawValue: try reader.read()) else {
            throw ArchiveFailure.invalid("a change", at: reader.position)
        }
        self.change = change
        basisCase = try reader.read()
        basisYear = try reader.read()
        periodStart = try reader.read()
        periodEnd = try reader.read()
    }
}
