import ReportKit

extension KeyScore {
    /// The scores of several keys and their sum, one line each, as a Markdown table.
    public static func table(_ scores: [KeyScore]) -> String {
        var rows = scores.map { ($0.name, $0) }
        if scores.count > 1 { rows.append(("all", sum(scores))) }
        var text =
            "| key | figures (core) | recall | precision | value | unit | subject | change | period | target | reports right |\n"
        text += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for (name, score) in rows {
            let cells = [
                name, "\(score.coreFigures)", percent(score.recall), percent(score.precision),
                percent(score.agreement(score.value)), percent(score.agreement(score.unit)),
                percent(score.agreement(score.subject)), percent(score.agreement(score.change)),
                percent(score.agreement(score.period)), percent(score.agreement(score.target)),
                "\(score.reportsRight)/\(score.reports)",
            ]
            text += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// The counts of several scores added up, under the name `all`.
    public static func sum(_ scores: [KeyScore]) -> KeyScore {
        scores.reduce(KeyScore(name: "all")) { $0.adding($1) }
    }

    /// This score with another's counts added.
    public func adding(_ other: KeyScore) -> KeyScore {
        var sum = self
        sum.coreFigures += other.coreFigures
        sum.coreFound += other.coreFound
        sum.found += other.found
        sum.foundInKey += other.foundInKey
        sum.matched += other.matched
        sum.value += other.value
        sum.unit += other.unit
        sum.subject += other.subject
        sum.change += other.change
        sum.period += other.period
        sum.target += other.target
        sum.reports += other.reports
        sum.reportsRight += other.reportsRight
        sum.misses += other.misses.map { "\(other.name)\t\($0)" }
        return sum
    }

    private static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
    }
}
