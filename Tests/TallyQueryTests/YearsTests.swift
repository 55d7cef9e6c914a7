import Foundation
import ReportKit
import TallyQuery
import TallyTestSupport
import Testing

/// Time as a dimension on the six 海拉尔区 reports: series by period, targets against results,
/// comparisons of years, and the failures issue 12 lists.
@Suite struct YearsTests {
    /// The rows of the last statement's table, each cell as text.
    private func rows(_ statement: String, session: Session = hailarSession()) throws -> [[String]] {
        var session = session
        let table = try #require(try session.run(statement).table)
        return table.rows.map { $0.map(\.plainText) }
    }

    @Test("地区生产总值 by period is the reports' own figures, with a gap for 2015 and where each was read")
    func grossProductSeries() throws {
        let series = try rows(
            "measures | where indicator == 地区生产总值 | trend | select period, value, growth, reported, source")
        #expect(
            series == [
                ["2011", "198.5亿元", "", "22.3%", "海拉尔区 2012, line 21"],
                ["2012", "235.2亿元", "18.5%", "18.5%", "海拉尔区 2013, line 13"],
                ["2013", "253.7亿元", "7.9%", "10.1%", "海拉尔区 2014, line 15"],
                ["2014", "274.4亿元", "8.2%", "9.1%", "海拉尔区 2015, line 12"],
                ["2015", "", "", "", "no figure for this year"],
                ["2016", "303.6亿元", "", "7.2%", "海拉尔区 2017, line 13"],
            ])
        var session = hailarSession()
        let notes = try #require(try session.run("measures | where indicator == 地区生产总值 | trend").table).notes
        #expect(notes.contains("地区生产总值 (海拉尔区): average annual growth 8.9% from 2011 to 2016"))
        let sentences = try rows("measures | where indicator == 地区生产总值 | trend | select sentence")
        #expect(sentences[3] == ["2014年，全区地区生产总值完成274.4亿元，同比增长9.1%;"])
    }

    @Test("The indicator drops place prefixes and verbs and merges synonyms")
    func indicatorNames() {
        #expect(IndicatorName.of("全区地区生产总值") == "地区生产总值")
        #expect(IndicatorName.of("地区生产总值完成") == "地区生产总值")
        #expect(IndicatorName.of("生产总值") == "地区生产总值")
        #expect(IndicatorName.of("社会消费品零售总额预计") == "社会消费品零售总额")
        #expect(IndicatorName.of("城镇常住居民人均可支配收入") == "城镇居民人均可支配收入")
        #expect(IndicatorName.of("一般公共财政预算收入") == "一般公共预算收入")
    }

    @Test("targets lines each target up with the next report's result, checked by hand")
    func targetsAgainstResults() throws {
        let pairs = try rows(
            "targets | where status in (met, missed) and indicator in (地区生产总值, 地方财政总收入, 社会消费品零售总额) "
                + "| select indicator, period, planned, result, status, planned_in, reported_in")
        let expected: [[String]] = [
            ["地区生产总值", "2012", "240亿元", "235.2亿元", "missed", "海拉尔区 2012, line 47", "海拉尔区 2013, line 13"],
            ["地方财政总收入", "2012", "20亿元", "20.67亿元", "met", "海拉尔区 2012, line 47", "海拉尔区 2013, line 13"],
            ["社会消费品零售总额", "2012", "100.8亿元", "97.9亿元", "missed", "海拉尔区 2012, line 47", "海拉尔区 2013, line 13"],
            ["地区生产总值", "2013", "282亿元", "253.7亿元", "missed", "海拉尔区 2013, line 20", "海拉尔区 2014, line 15"],
            ["地方财政总收入", "2013", "24.8亿元", "24.85亿元", "met", "海拉尔区 2013, line 20", "海拉尔区 2014, line 15"],
            ["社会消费品零售总额", "2013", "120亿元", "110.6亿元", "missed", "海拉尔区 2013, line 20", "海拉尔区 2014, line 19"],
            ["地区生产总值", "2014", "282亿元", "274.4亿元", "missed", "海拉尔区 2014, line 61", "海拉尔区 2015, line 12"],
            ["地方财政总收入", "2014", "28.8亿元", "24.9亿元", "missed", "海拉尔区 2014, line 61", "海拉尔区 2015, line 12"],
            ["社会消费品零售总额", "2014", "126亿元", "123.4亿元", "missed", "海拉尔区 2014, line 61", "海拉尔区 2015, line 14"],
            ["社会消费品零售总额", "2017", "164.1亿元", "159.5亿元", "missed", "海拉尔区 2017, line 35", "海拉尔区 2018, line 27"],
        ]
        #expect(pairs == expected)
        // The 2015 and 2017 targets have no result: there is no 2016 report, and the 2018 report
        // gives no level for 2017.
        let unreported = try rows("targets | where indicator == 地区生产总值 and status == 未报告 | select period")
        #expect(unreported == [["2015"], ["2017"]])
    }

    @Test("sort desc puts the largest first and the empty cells last, as asc does")
    func sortKeepsEmptyCellsLast() throws {
        let query = "targets | where indicator == 地区生产总值 | sort result %@ | select period, result"
        let descending = try rows(query.replacingOccurrences(of: "%@", with: "desc"))
        #expect(descending.prefix(3) == [["2014", "274.4亿元"], ["2013", "253.7亿元"], ["2012", "235.2亿元"]])
        #expect(descending.suffix(2).allSatisfy { $0[1].isEmpty })
        let ascending = try rows(query.replacingOccurrences(of: "%@", with: "asc"))
        #expect(ascending.prefix(3) == [["2012", "235.2亿元"], ["2013", "253.7亿元"], ["2014", "274.4亿元"]])
        #expect(ascending.suffix(2).allSatisfy { $0[1].isEmpty })
    }

    @Test("targets makes its cells when they are read, with the same answers as the whole table")
    func targetsComputesCellsWhenRead() throws {
        var session = hailarSession()
        let whole = try #require(try session.run("targets").table)
        let statusColumn = try #require(whole.columns.firstIndex(of: "status"))
        var counts: [String: Int] = [:]
        for row in whole.rows { counts[row[statusColumn].plainText, default: 0] += 1 }
        let counted = try rows("targets | count by status")
        #expect(Dictionary(uniqueKeysWithValues: counted.map { ($0[0], Int($0[1]) ?? -1) }) == counts)
        #expect(try rows("targets | where status == met | count") == [[String(counts["met"] ?? 0)]])
        // A field targets lacks is still an error naming every column targets has.
        #expect(throws: (any Error).self) { try rows("targets | count by speaker") }
    }

    @Test("compare puts years side by side, the later against the earlier, without targets")
    func compareYears() throws {
        let compared = try rows(
            "compare 2013, 2014 on indicator == 地区生产总值 by indicator | select indicator, 2013, 2014, difference, ratio")
        #expect(compared == [["地区生产总值", "253.7亿元", "274.4亿元", "20.7亿元", "1.08"]])
        let everyYear = try rows("compare years on indicator == 地区生产总值 | select 2011, 2015, 2016")
        #expect(everyYear == [["198.5亿元", "", "303.6亿元"]])
    }

    @Test("compare results compose: city columns, difference and ratio are numbers later stages use")
    func compareComposes() throws {
        let seed = seedSession()
        #expect(try rows("compare 合肥, 安庆 | select unit, 合肥 | take 1", session: seed) == [["元", "4,680万元"]])
        #expect(
            try rows("compare 合肥, 安庆 | where 安庆 > 300000 and 安庆 < 500000 | select unit, 安庆", session: seed) == [
                ["人", "386,504人"]
            ])
        #expect(
            try rows("compare 合肥, 安庆 | where ratio > 0 | sort 安庆 desc | take 1 | select unit", session: seed) == [["元"]]
        )
        #expect(try rows("compare 合肥, 安庆 | select difference | take 1", session: seed) == [["约-11.27亿元"]])
        #expect(try rows("compare cities | select unit, 黄山 | take 1", session: seed).count == 1)
    }

    @Test("count of nothing is one row with 0; sum and total of nothing are empty with a note")
    func aggregatesOfNothing() throws {
        let seed = seedSession()
        #expect(try rows("measures | where city == 合肥 and kind == area | count", session: seed) == [["0"]])
        #expect(try rows("measures | where city == 合肥 and kind == area | sum value", session: seed) == [[""]])
        var session = seed
        let total = try #require(try session.run("measures | where city == 合肥 and kind == area | total").table)
        #expect(total.rows.isEmpty)
        #expect(total.notes == ["no figures: the total of nothing is empty"])
    }

    @Test("Time is a dimension: where, by and sort take period and year; sections name the year")
    func timeIsADimension() throws {
        #expect(try rows("measures | where period == 2016 and target == false | count") == [["71"]])
        #expect(
            try rows("measures | count by year | select year") == [
                ["2012"], ["2013"], ["2014"], ["2015"], ["2017"], ["2018"],
            ])
        #expect(try rows("sections 海拉尔区 | take 1 | select city, year, section") == [["海拉尔区", "2012", "1"]])
    }
}

extension Cell {
    /// The cell as a table shows it, without alignment.
    fileprivate var plainText: String { humanText }
}
