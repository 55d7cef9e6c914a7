import ReportKit
import TallyTestSupport
import Testing

@testable import TallyQuery

/// Results shown on a screen keep their first and last rows (`rowLimit`), and rendering and sorting
/// stop when asked.
@Suite struct RowLimitTests {
    @Test func aLongResultKeepsItsFirstAndLastRowsAndCountsTheRest() throws {
        var session = seedSession()
        let output = try session.run("measures | select city, raw", rowLimit: 4)
        let table = try #require(output.table)
        #expect(table.rows.count == 4)
        #expect(table.omitted == OmittedRows(position: 2, count: 98))
        #expect(table.totalRowCount == 102)
        #expect(
            output.rendered() == """
                ┌──────┬──────────┐
                │ city │ raw      │
                ├──────┼──────────┤
                │ 合肥 │ 4680万元 │
                │ 合肥 │ 90%      │
                │ …    │ …        │
                │ 黄山 │ 500余名  │
                │ 黄山 │ 80多个   │
                └──────┴──────────┘
                102 rows, 4 shown

                """)
    }

    @Test func measuresAndSentencesAreCutBeforeTheirCellsAreMade() throws {
        var session = seedSession()
        let measures = try #require(try session.run("measures", rowLimit: 3).table)
        #expect(measures.rows.map { $0[5] } == [.text("4680万元"), .text("90%"), .text("80多个")])
        #expect(measures.omitted == OmittedRows(position: 2, count: 99))
        let sentences = try #require(try session.run("sentences", rowLimit: 1).table)
        #expect(sentences.rows.count == 1)
        #expect(sentences.omitted == OmittedRows(position: 1, count: 135))
        #expect(CommandOutput(body: .table(ResultRows(sentences))).rendered().contains("│ …    │ …       │"))
    }

    @Test func aResultWithinTheLimitOrAMachineFormatIsWhole() throws {
        var session = seedSession()
        #expect(try session.run("measures | count by city", rowLimit: 5).table?.omitted == nil)
        let csv = try session.run("measures | format csv", rowLimit: 5)
        #expect(csv.table?.rows.count == 102)
        #expect(csv.table?.omitted == nil)
        #expect(try session.run("measures", rowLimit: nil).table?.rows.count == 102)
    }

    @Test func hitsAndChartsSayWhatWasLeftOut() throws {
        var session = seedSession()
        let hits = try session.run("find 养老", rowLimit: 2).rendered(width: 200)
        #expect(hits.contains("\n… 10 more sentences …\n"))
        #expect(hits.hasSuffix("12 sentences, 2 shown\n"))
        let chart = try session.run("measures | where city == 合肥 | chart", rowLimit: 2).rendered(width: 60)
        #expect(chart.contains("\n… 13 more rows …\n"))
        #expect(chart.hasSuffix("15 rows, 2 shown\n"))
    }

    @Test func rowCountsGroupThousands() {
        #expect(CellText.rowCount(1) == "1 row")
        #expect(CellText.rowCount(1_020_000) == "1,020,000 rows")
        #expect(CellText.omissionLine(OmittedRows(position: 20, count: 1_019_960)) == "… 1,019,960 more rows …")
    }

    @Test func renderingStopsWhenAsked() {
        let table = ResultTable(columns: ["n"], rows: (0..<10_000).map { [.integer($0)] })
        for format in OutputFormat.allCases {
            let whole = render(table, as: format)
            let stopped = render(table, as: format, stop: StopSignal { true })
            #expect(stopped.count < whole.count / 2, "\(format)")
        }
        var asked = 0
        _ = render(
            table, as: .table,
            stop: StopSignal {
                asked += 1
                return false
            })
        #expect(asked > 1 && asked < 200, "asked at StopCheck's cadence, not once a row: \(asked) times")
    }

    @Test func aLongSortStopsWhenAsked() throws {
        var session = seedSession()
        #expect(throws: StatementError.interrupted) {
            _ = try session.run("measures | sort subject, city", stop: StopSignal { true })
        }
    }

    /// A regular expression that is slow on long sentences (a large program with nothing to search
    /// for first runs every thread over every scalar, so each row takes milliseconds): the filter
    /// (and the condition of `compare`, and `select`) asks `StopCheck` about once a row and stops
    /// within about one row of the request.
    @Test(
        .slow,
        arguments: [
            "sentences | where sentence ~ /(.{0,20}){0,20}[z]/ | count",
            "compare cities on sentence ~ /(.{0,20}){0,20}[z]/",
            "measures | select sentence ~ /(.{0,20}){0,20}[z]/ as slow",
        ])
    func aFilterOverSlowRowsStopsSoonAfterItIsAsked(_ query: String) throws {
        let line = String(repeating: "a", count: 2_000) + "建成机构5个。\n"
        let text = "合肥市人民政府副市长 刘卫宝\n一、一行\n" + String(repeating: line, count: 24)
        let document = try ReportParser.parse(name: "slow.txt", bytes: Array(text.utf8)).get()
        var session = Session(corpus: Corpus([document]))
        let clock = ContinuousClock()
        let whole = try clock.measure { _ = try session.run(query) }
        let start = clock.now
        let stopAt = start + whole / 8
        #expect(throws: StatementError.interrupted) {
            _ = try session.run(query, stop: StopSignal { clock.now > stopAt })
        }
        let stopped = clock.now - start
        #expect(stopped < whole / 2, "stopped after \(stopped) of \(whole)")
    }

    @Test func sortingByTextThenNumberKeepsTiesInTheirOrder() throws {
        let sorted = try output("measures | where city == 合肥 | sort unit, value desc | select unit, raw")
        let rows = sorted.split(separator: "\n").dropFirst(3).prefix(15).map { $0.filter { $0 != " " } }
        #expect(
            rows == [
                "│%│90%│", "│个│294个│", "│个│5个│", "│人│59.5万│", "│人│56.5万人│", "│人│18.87万人│", "│人│3万人│",
                "│人次│1.2万人次│", "│元│4680万元│", "│家│14家│", "│类│7类│", "│类│3类│", "│类│三类│", "│项│6项│",
                "│项│6项│",
            ])
    }
}
