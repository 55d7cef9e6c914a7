import Foundation
import TallyTestSupport
import Testing

/// The files for other programs through the real binary, opened by independent readers: the
/// `sqlite3` command-line tool and Python's zipfile with the sheet XML.
@Suite("Exports")
struct ExportTests {
    static let hasSQLite = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")

    private func sqlite(_ database: URL, _ query: String) throws -> String {
        try TallyProcess.run(
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"), [database.path, query],
            directory: database.deletingLastPathComponent()
        ).output
    }

    @Test(
        ".save and tally export --sqlite: counts, figures and foreign keys as tally gives them", .enabled(if: hasSQLite)
    )
    func sqliteDatabase() throws {
        try withTemporaryFolder { folder in
            let saved = try TallyProcess.run(["-c", ".save reports.sqlite"], directory: folder)
            #expect(saved.status == 0)
            #expect(saved.output == "saved 5 reports, 136 sentences and 102 figures to reports.sqlite\n")
            let database = folder.appendingPathComponent("reports.sqlite")
            #expect(
                try sqlite(
                    database,
                    "select (select count(*) from documents), (select count(*) from reports), "
                        + "(select count(*) from sections), (select count(*) from sentences), "
                        + "(select count(*) from measures)") == "1|5|23|136|102\n")
            #expect(try sqlite(database, "PRAGMA foreign_key_check") == "")
            // The same totals as `measures | where kind == money | total by city`.
            let tally = try TallyProcess.run(
                ["--format", "csv", "-c", "measures | where kind == money | total by city"], directory: folder)
            #expect(
                tally.output
                    == "city,unit,total,approx,count\n合肥,元,46800000,exact,1\n蚌埠,元,2321200000,exact,6\n安庆,元,1173361800,more,9\n"
            )
            #expect(
                try sqlite(
                    database,
                    "select r.city, m.unit, cast(sum(m.value) as integer), max(m.approx = 'more'), count(*) "
                        + "from measures m join reports r on r.id = m.report_id where m.kind = 'money' "
                        + "group by r.id order by r.id")
                    == "合肥|元|46800000|0|1\n蚌埠|元|2321200000|0|6\n安庆|元|1173361800|1|9\n")
            #expect(
                try sqlite(database, "select raw, value, unit, approx, subject from measures where raw = '500余万元'")
                    == "500余万元|5000000.0|元|more|\(try subjectOf("500余万元", in: folder))\n")
            let exported = try TallyProcess.run(["export", "--sqlite", "again.sqlite"], directory: folder)
            #expect(exported.status == 0)
            #expect(
                try sqlite(folder.appendingPathComponent("again.sqlite"), "select count(*) from measures") == "102\n")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                    "again.sqlite", "reports.sqlite",
                ])
        }
    }

    /// The subject tally gives the figure written `raw`.
    private func subjectOf(_ raw: String, in folder: URL) throws -> String {
        let result = try TallyProcess.run(
            ["--format", "tsv", "-c", "measures | where raw == \"\(raw)\" | select subject"], directory: folder)
        return String(result.output.split(separator: "\n").last ?? "")
    }

    @Test(".output results.xlsx: one sheet per result, numbers as numbers, the header frozen")
    func workbook() throws {
        try withTemporaryFolder { folder in
            let result = try TallyProcess.run(
                [
                    "-c", ".output results.xlsx", "-c", "measures | where kind == money | total by city",
                    "-c", "let x = cities", "-c", "cities | select city, speaker | take 2", "-c", ".output",
                    "-c", ".once one.xlsx", "-c", "compare 合肥, 安庆 on kind == money",
                ], directory: folder)
            #expect(result.status == 0)
            #expect(result.output == "x: 5 rows\n")
            let listing = try python(XLSXListing.script, folder.appendingPathComponent("results.xlsx").path)
            #expect(
                listing == """
                    sheet measures | where kind == money
                    frozen 1
                    row city|unit|total|approx|count
                    row 合肥|元|n:46800000|exact|n:1
                    row 蚌埠|元|n:2321200000|exact|n:6
                    row 安庆|元|n:1173361800|more|n:9
                    sheet cities | select city, speaker |
                    frozen 1
                    row city|speaker
                    row 合肥|刘卫宝
                    row 蚌埠|张晓静

                    """)
            let once = try python(XLSXListing.script, folder.appendingPathComponent("one.xlsx").path)
            #expect(once.hasPrefix("sheet compare 合肥, 安庆 on kind == money\nfrozen 1\n"))
            #expect(
                once.contains("row money|元|n:46800000|exact|n:1|n:1173361800|more|n:9|n:-1126561800|about|n:0.0398"))
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                    "one.xlsx", "results.xlsx",
                ])
        }
    }
}

/// Runs `python3 -c script argument` and returns what it printed.
private func python(_ script: String, _ argument: String) throws -> String {
    try TallyProcess.run(
        executable: URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, argument]
    ).output
}

/// Each sheet of an `.xlsx` read with Python's standard library only: its name, frozen rows, cells.
private enum XLSXListing {
    static let script = #"""
        import sys, zipfile, xml.etree.ElementTree as ET
        m = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
        z = zipfile.ZipFile(sys.argv[1])
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        for sheet in ET.fromstring(z.read("xl/workbook.xml")).find(m + "sheets"):
            print("sheet", sheet.get("name"))
            root = ET.fromstring(z.read("xl/" + rels[sheet.get(rid)]))
            pane = root.find(m + "sheetViews/" + m + "sheetView/" + m + "pane")
            print("frozen", pane.get("ySplit") if pane is not None and pane.get("state") == "frozen" else 0)
            for row in root.find(m + "sheetData"):
                cells = []
                for c in row:
                    if c.get("t") == "inlineStr":
                        cells.append("".join(t.text or "" for t in c.iter(m + "t")))
                    else:
                        cells.append("n:" + c.find(m + "v").text)
                print("row", "|".join(cells))
        """#
}
