/// How exactly a report states a figure: `4680万元` is exact, `30余次` is a lower bound, `约20万元` is rough.
public enum Approximation: UInt8, Sendable, Hashable, CaseIterable, Codable {
    /// The figure as written, with no qualifier.
    case exact
    /// `余`, `多`, `以上`, `超过`: the true figure is at least the value.
    case more
    /// `约`, `近`, `左右`: the true figure is near the value.
    case about
    /// `以内`, `以下`, `不到`, `不足`: the true figure is at most the value.
    case less

    /// The name used in queries and machine formats (`exact`, `more`, `about`, `less`).
    public var name: String {
        switch self {
        case .exact: "exact"
        case .more: "more"
        case .about: "about"
        case .less: "less"
        }
    }
}
