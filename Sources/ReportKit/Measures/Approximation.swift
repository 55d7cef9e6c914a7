/// How exactly a report states a figure: `4680万元` is exact, `30余次` is a lower bound, `约20万元` is rough.
public enum Approximation: UInt8, Sendable, Hashable, CaseIterable, Codable {
    /// The figure as written, with no qualifier.
    case exact
    /// `余`, `多`, `以上`, `超过`: the true figure is at least the value.
    case more
    /// `约`, `近`, `左右`: the true figure is near the value.
    case about

    /// The name used in queries and machine formats (`exact`, `more`, `about`).
    public var name: String {
        switch self {
        case .exact: "exact"
        case .more: "more"
        case .about: "about"
        }
    }
}
