/// A time limit for one fuzz input: queries poll it through `Session.run(_:origin:stop:)`,
/// so an input that makes a query slow stops it instead of hanging the fuzzer.
public struct TimeBudget: Sendable {
    private let end: ContinuousClock.Instant

    /// A budget that runs out `seconds` from now.
    public init(seconds: Double) {
        end = ContinuousClock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
    }

    /// Whether the time is up.
    public var isSpent: Bool { ContinuousClock.now >= end }
}
