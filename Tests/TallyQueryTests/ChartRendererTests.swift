import ReportKit
import Testing

@testable import TallyQuery

@Suite struct ChartRendererTests {
    private func money(_ value: Double) -> Cell {
        .quantity(Quantity(value: value, unit: "元"), lowerBound: false)
    }

    @Test func barsUseEighthBlocksAndChineseLabelsAlign() throws {
        let table = ResultTable(
            columns: ["city", "unit", "total"],
            rows: [
                [.text("合肥"), .text("元"), money(46_800_000)],
                [.text("黄山"), .text("元"), money(14_040_000)],
                [.text("阜阳"), .text("元"), money(-5)],
            ])
        let chart = try ChartRenderer(maxWidth: 40).render(table)
        #expect(
            chart == """
                合肥 元 ██████████████████████ 4,680万元
                黄山 元 ██████▋                1,404万元
                阜阳 元                             -5元

                """)
        #expect(chart.split(separator: "\n").allSatisfy { DisplayWidth.of($0) == 40 })
    }

    @Test func everyEighthHasItsBlock() throws {
        let rows: [[Cell]] = (1...8).map { [.text("r\($0)"), .integer($0)] } + [[.text("r80"), .integer(80)]]
        let chart = try ChartRenderer(maxWidth: 17).render(ResultTable(columns: ["row", "n"], rows: rows))
        #expect(
            chart == """
                r1  ▏           1
                r2  ▎           2
                r3  ▍           3
                r4  ▌           4
                r5  ▋           5
                r6  ▊           6
                r7  ▉           7
                r8  █           8
                r80 ██████████ 80

                """)
    }

    @Test func theLastNumericColumnIsCharted() throws {
        let table = ResultTable(
            columns: ["city", "count", "share"],
            rows: [
                [.text("合肥"), .integer(100), .quantity(Quantity(value: 90, unit: "%"), lowerBound: false)],
                [.text("安庆"), .integer(1), .quantity(Quantity(value: 45, unit: "%"), lowerBound: false)],
            ])
        #expect(
            try ChartRenderer(maxWidth: 19).render(table) == """
                合肥 ██████████ 90%
                安庆 █████      45%

                """)
    }

    @Test func zeroValuesDrawNoBars() throws {
        let table = ResultTable(columns: ["city", "n"], rows: [[.text("合肥"), .integer(0)], [.text("黄山"), .empty]])
        #expect(try ChartRenderer(maxWidth: 17).render(table) == "合肥            0\n黄山\n")
    }

    @Test func longLabelsAreCutSoTheChartFits() throws {
        let table = ResultTable(columns: ["name", "n"], rows: [[.text("合肥市民政局养老服务中心"), .integer(5)]])
        let chart = try ChartRenderer(maxWidth: 30).render(table)
        #expect(chart == "合肥市民政局养老… ██████████ 5\n")
        #expect(DisplayWidth.of(chart.dropLast()) == 30)
    }

    @Test func titleAndNotesSurroundTheBars() throws {
        let table = ResultTable(
            title: "投入", columns: ["city", "n"], rows: [[.text("合肥"), .integer(1)]], notes: ["≥ marks lower bounds"])
        #expect(try ChartRenderer(maxWidth: 17).render(table) == "投入\n合肥 ██████████ 1\n≥ marks lower bounds\n")
    }

    @Test func colouredBarsUseSGRCodes() throws {
        let table = ResultTable(columns: ["city", "n"], rows: [[.text("合肥"), .integer(1)]])
        #expect(try ChartRenderer(maxWidth: 17, color: true).render(table) == "合肥 \u{1B}[36m██████████\u{1B}[0m 1\n")
    }

    @Test func tableWithoutRowsSaysSo() throws {
        #expect(try ChartRenderer().render(ResultTable(columns: ["city", "n"])) == "0 rows\n")
    }

    @Test func chartNeedsALabelAndANumber() {
        let textOnly = ResultTable(columns: ["city"], rows: [[.text("合肥")]])
        let numbersOnly = ResultTable(columns: ["n"], rows: [[.integer(1)]])
        for table in [textOnly, numbersOnly] {
            #expect(throws: ChartError("chart needs a label column and a number column")) {
                try ChartRenderer().render(table)
            }
        }
    }
}
