import TallyKeys

/// `tally-bench --keys`: how right tally is on real reports, beside how fast.
enum KeyScoring {
    /// The scores of every key in `fixtures/keys` on the reports in `fixtures/reports`, as a table,
    /// with every disagreement after it when `misses` is set.
    static func run(fixtures: String, misses: Bool) throws(BenchFailure) -> String {
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
        var text = KeyScore.table(scores)
        if misses {
            for score in scores { text += score.misses.map { "\(score.name)\t\($0)\n" }.joined() }
        }
        return text
    }
}
