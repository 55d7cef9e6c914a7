import ReportKit
import TallyTestSupport
import Testing

/// Long runs of numerals and figure words are read once each, never once per scalar: a scan stays
/// linear in the text however the run is made (a quadratic scan of 256 KB takes many minutes).
@Suite struct NumeralRunTests {
    @Test(arguments: ["十四五", "一二三", "超千万", "一点一", "2×", "三分之", "七次、"])
    func aQuarterMegabyteRunIsScannedInLinearTime(unit: String) throws {
        let text = String(repeating: unit, count: 1 << 18 / unit.utf8.count) + "，累计投入资金4680万元。"
        let found = try #require(finishing(within: 60) { (try? measures(in: text)) ?? [] })
        #expect(found.last.map(summary) == "4680万元=46800000元")
    }
}
