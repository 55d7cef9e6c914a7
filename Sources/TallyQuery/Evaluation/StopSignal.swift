/// Ctrl-C as long-running work sees it: a question — should I stop? — that the query engine and
/// the renderers ask through a `StopCheck`, all at the same cadence.
public struct StopSignal {
    private let asked: () -> Bool

    /// A signal that is raised whenever `isRaised` returns true (the shell's Ctrl-C flag, or a test's
    /// own condition).
    public init(_ isRaised: @escaping () -> Bool) {
        asked = isRaised
    }

    /// A signal that is never raised.
    public static var never: StopSignal { StopSignal { false } }

    /// Whether a stop is asked for now.
    public var isRaised: Bool { asked() }

    /// A check for one loop over this signal.
    public func check() -> StopCheck { StopCheck(self) }

    /// The positions `0..<count` sorted by `before` (which must order them strictly), asking for a
    /// stop between comparisons; once one is asked for, the remaining comparisons are trivial and the
    /// sort throws `interrupted`.
    func sorted(_ count: Int, by before: (Int, Int) -> Bool) throws(StatementError) -> [Int] {
        var check = check()
        var stopped = false
        let order = (0..<count).sorted { left, right in
            if stopped || check.shouldStop() {
                stopped = true
                return left < right
            }
            return before(left, right)
        }
        if stopped { throw .interrupted }
        return order
    }
}

/// One loop's checks of a `StopSignal`, at the cadence every loop shares: a loop calls `step()` (or
/// `shouldStop()`) once per row, comparison or bar, and the signal is asked only every so many steps.
///
/// The stride starts at one step, doubles while the steps between two asks take under 10 ms and
/// shrinks eightfold when they take longer, up to `longestStride`; so a loop over cheap rows asks
/// once every 4,096, and one over slow rows (a regular expression over long sentences) about once a
/// row, answering Ctrl-C within about 10 ms either way.
public struct StopCheck {
    /// The most steps between two asks.
    public static let longestStride = 4_096
    /// The time the steps between two asks should stay under.
    static let interval = Duration.milliseconds(10)

    private let signal: StopSignal
    private let clock = ContinuousClock()
    private var stride = 1
    private var countdown = 1
    private var lastAsked: ContinuousClock.Instant

    init(_ signal: StopSignal) {
        self.signal = signal
        lastAsked = clock.now
    }

    /// Counts one step; true when the signal was due to be asked and is raised. The count is inlined
    /// into the loop; only the ask, every `stride` steps, is a call.
    @inline(__always)
    public mutating func shouldStop() -> Bool {
        countdown -= 1
        return countdown == 0 && ask()
    }

    /// Asks the signal, and sets the stride to the next ask by how long the last steps took.
    private mutating func ask() -> Bool {
        let now = clock.now
        stride = now - lastAsked > Self.interval ? max(1, stride / 8) : min(Self.longestStride, stride * 2)
        countdown = stride
        lastAsked = now
        return signal.isRaised
    }

    /// Counts one step; throws `interrupted` when the signal was due to be asked and is raised.
    @inline(__always)
    mutating func step() throws(StatementError) {
        if shouldStop() { throw .interrupted }
    }
}
