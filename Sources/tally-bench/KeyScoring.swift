import TallyKeys

/// How right tally is on real reports, beside how fast: the hand-checked answer keys scored, alone
/// (`tally-bench --keys`) or as a table of the full run.
enum KeyScoring {
    /// The fixtures folder the full run scores, relative to the folder tally-bench runs in (the
    /// repository's root).
    static let defaultFixtures = "Tests/Fixtures"

    /// The scores of every key in `fixtures/keys` on the reports in `fixtures/reports`, as a table,
    /// with every disagreement after it when `misses` is set.
    static func run(fixtures: String, misses: Bool) throws(BenchFailure) -> String {
        let scores = try self.scores(fixtures: fixtures)
        var text = KeyScore.table(scores)
        if misses {
            for score in scores { text += score.misses.map { "\(score.name)\t\($0)\n" }.joined() }
        }
        return text
    }

    /// The score of every key in `fixtures/keys` on its report in `fixtures/reports`.
    static func scores(fixtures: String) throws(BenchFailure) -> [KeyScore] {
        let names = AnswerKey.names(in: fixtures + "/keys")
        guard !names.isEmpty else { throw BenchFailure("no answer keys in \(fixtures)/keys") }
        var scores: [KeyScore] = []
        do throws(KeyError) {
            for name in names {
                let key = try AnswerKey.read(name: name, keys: fixtures + "/keys")
                scores.append(try KeyScore.score(key, reports: fixtures + "/reports"))
            }
        } catch {
            throw BenchFailure(error.description)
        }
        return scores
    }
}
