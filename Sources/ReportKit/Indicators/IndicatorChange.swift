/// Which figure of an indicator a measure is: its level, its growth rate (annual or not) or an
/// amount added. An indicator's full name carries it (`地区生产总值`, `地区生产总值增速`), so that a
/// series never sets a growth rate beside a level.
public enum IndicatorChange: Int, Sendable, CaseIterable {
    case level, growth, annualGrowth, increase

    /// The change a measure's details describe.
    public init(_ details: MeasureDetails) {
        switch details.change {
        case .none: self = .level
        case .increase: self = .increase
        case .growth:
            if case .annual = details.basis { self = .annualGrowth } else { self = .growth }
        }
    }

    /// What the full name adds to the subject's indicator: nothing for a level.
    public var suffix: String {
        switch self {
        case .level: ""
        case .growth: "增速"
        case .annualGrowth: "年均增速"
        case .increase: "增量"
        }
    }
}

extension Corpus {
    /// The number of distinct indicator codes (`indicatorCode(ofMeasure:)` is below it).
    public var indicatorCodeCount: Int { indicators.count * IndicatorChange.allCases.count }

    /// A measure's indicator as one integer: its subject's indicator and its change.
    @inline(__always)
    public func indicatorCode(ofMeasure index: Int) -> Int {
        Int(indicatorOfSubject[Int(measures.subject[index])]) * IndicatorChange.allCases.count
            + IndicatorChange(measures.details[index]).rawValue
    }

    /// The full name of an indicator code: `地区生产总值`, `地区生产总值增速`.
    public func indicatorName(ofCode code: Int) -> String {
        let changes = IndicatorChange.allCases.count
        let change = IndicatorChange.allCases[code % changes]
        return indicators[Int32(code / changes)] + change.suffix
    }

    /// The code of a full indicator name, if a loaded figure has it.
    public func indicatorCode(named name: String) -> Int? {
        for change in IndicatorChange.allCases.reversed() where name.hasSuffix(change.suffix) {
            if let id = indicators.id(of: String(name.dropLast(change.suffix.count))) {
                return Int(id) * IndicatorChange.allCases.count + change.rawValue
            }
        }
        return nil
    }
}
