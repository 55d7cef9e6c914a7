import Foundation
import ReportKit
import TallyKeys
import Testing

/// tally on six real reports against their hand-checked answer keys (`Tests/Fixtures/keys`): each
/// figure must stay at or above its floor. `tally-bench --keys --misses` lists every disagreement.
@Suite struct AnswerKeyScoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// The lowest share allowed for each measure, over all keys together.
    static let floors: [(name: String, share: @Sendable (KeyScore) -> Double, floor: Double)] = [
        ("recall", { $0.recall }, 0.995),
        ("precision", { $0.precision }, 0.995),
        ("value", { $0.agreement($0.value) }, 0.995),
        ("unit", { $0.agreement($0.unit) }, 0.995),
        ("subject", { $0.agreement($0.subject) }, 0.915),
        ("change", { $0.agreement($0.change) }, 0.97),
        ("period", { $0.agreement($0.period) }, 0.98),
        ("target", { $0.agreement($0.target) }, 0.99),
        ("structure", { Double($0.reportsRight) / Double(max(1, $0.reports)) }, 1.0),
    ]

    static func scores() throws -> [KeyScore] {
        try AnswerKey.names(in: fixtures + "/keys").map { name in
            try KeyScore.score(AnswerKey.read(name: name, keys: fixtures + "/keys"), reports: fixtures + "/reports")
        }
    }

    @Test func everyKeyIsScored() throws {
        let names = AnswerKey.names(in: Self.fixtures + "/keys")
        #expect(
            names == ["beijing-2026", "hailar-2014", "hailar-2015", "jilin-2026", "neimenggu-2026", "shaanxi-2026"])
        let figures = try names.reduce(0) {
            $0 + (try AnswerKey.read(name: $1, keys: Self.fixtures + "/keys")).figures.count
        }
        #expect(figures >= 800)
    }

    @Test func theScoresHoldTheirFloors() throws {
        let scores = try Self.scores()
        let all = KeyScore.sum(scores)
        for (name, share, floor) in Self.floors {
            #expect(share(all) >= floor, "\(name): \(share(all)) is below \(floor)\n\(KeyScore.table(scores))")
        }
    }

    @Test func bigramDiceNamesTheSameIndicator() {
        #expect(KeyScore.bigramDice("地区生产总值", "地区生产总值") == 1)
        #expect(KeyScore.bigramDice("全区地区生产总值", "地区生产总值") >= 0.5)
        #expect(KeyScore.bigramDice("增长", "地区生产总值") == 0)
    }
}
