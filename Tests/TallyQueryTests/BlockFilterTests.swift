import ReportKit
import TallyQuery
import TallySeeds
import Testing

/// `where` over measures runs a block of rows at a time over the columns (`BlockPredicate`); over a
/// table it tests each row's values. The two must keep the same rows, in the same order, for every
/// shape of condition — across several blocks, a partial last word and a filter after a filter.
@Suite struct BlockFilterTests {
    /// The seed, the 海拉尔区 series and a long generated report: more than two blocks of 1,024.
    static let corpus: Corpus = {
        var lines = ["合肥市民政工作报告", ""]
        for line in 1...1_500 {
            lines.append("第\(line)项：养老服务投入\(line * 7 % 997)万元，新增床位\(line % 83)张，增长\(line % 19).5%。")
        }
        let generated = (name: "generated.txt", bytes: Array(lines.joined(separator: "\n").utf8))
        let documents = ReportLoader.parse(BundledSeeds.files + BundledSeeds.hailar + [generated])
            .compactMap { try? $0.get() }
        return Corpus(documents)
    }()

    /// The rows a condition keeps, as (line, column, value) text.
    private func kept(_ query: String) throws -> [[String]] {
        var session = Session(corpus: Self.corpus)
        return try #require(try session.run(query).table).rows.map { $0.map { "\($0)" } }
    }

    @Test(arguments: [
        #"unit == "元""#, #"unit != "元""#, "kind == money", "kind != count", "value > 1000000",
        "value <= 50", #"subject ~ "养老""#, #"subject !~ "养老""#, "subject ~ /床位|资金/",
        #"city == 合肥 or unit == "张""#, #"not (unit == "元" and value >= 2000000)"#,
        #"kind == money and (subject ~ "投入" or value < 100)"#, #"indicator == 地区生产总值"#,
        "period == 2016 or change == growth",
    ])
    func columnsAndValuesKeepTheSameRows(condition: String) throws {
        let fields = "line, column, value"
        let byColumns = try kept("measures | where \(condition) | select \(fields)")
        let byValues = try kept(
            "measures | select \(fields), city, unit, kind, subject, indicator, period, change | where \(condition)"
                + " | select \(fields)")
        #expect(Self.corpus.measures.count > 2 * 1_024)
        #expect(!byColumns.isEmpty)
        #expect(byColumns == byValues)
    }

    @Test func aFilterAfterAFilterReadsOnlyTheRowsKept() throws {
        let twice = try kept(#"measures | where kind == money | where value > 3000000 | select line, value"#)
        let once = try kept(#"measures | where kind == money and value > 3000000 | select line, value"#)
        #expect(!twice.isEmpty)
        #expect(twice == once)
    }
}
