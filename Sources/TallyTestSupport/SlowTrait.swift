// Testing is there when tests are built; a release build with the static Swift runtime (`./tally`,
// the benchmark) has no Testing module and builds this target without the trait.
#if canImport(Testing)
import Foundation
import Testing

extension Trait where Self == ConditionTrait {
    /// Marks a test or suite that takes more than about ten seconds (the 10,000-document corpus, the
    /// 200 MB file). `./test` and CI run it; `TALLY_SKIP_SLOW=1 swift test` skips it for a quick loop.
    public static var slow: Self {
        .disabled(
            if: ProcessInfo.processInfo.environment["TALLY_SKIP_SLOW"] == "1",
            "slow: TALLY_SKIP_SLOW=1 skips it")
    }
}
#endif
