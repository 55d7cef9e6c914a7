import Foundation
import ReportKit
import TallyExport
import TallyQuery
import TallyTestSupport
import Testing

@Suite("Excel workbooks")
struct WorkbookTests {
    @Test("A workbook opened by Python's zipfile: one sheet per table, numbers as numbers, header frozen")
    func readByAnIndependentReader() throws {
        var workbook = Workbook()
        workbook.add(
            ResultTable(
                columns: ["city", "total"],
                rows: [
                    [.text("合肥"), .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: false)],
                    [.text("安庆 <&>"), .quantity(Quantity(value: 1_173_361_800, unit: "元"), lowerBound: true)],
                ]),
            title: "measures | total by city")
        workbook.add(ResultTable(columns: ["ratio"], rows: [[.number(0.0005)]]), title: "measures | total by city")
        let data = try workbook.data()
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("results.xlsx").path
            try data.write(to: URL(fileURLWithPath: path))
            let listing = try python(XLSXReader.script, path)
            #expect(
                listing == """
                    sheet measures | total by city
                    frozen 1
                    row city|total|unit|approx
                    row 合肥|n:46800000|元|exact
                    row 安庆 <&>|n:1173361800|元|more
                    sheet measures | total by city (2)
                    frozen 1
                    row ratio
                    row n:0.0005

                    """)
        }
    }

    @Test("Sheet names are made valid and unique")
    func sheetNames() throws {
        var workbook = Workbook()
        workbook.add(ResultTable(columns: ["a"]), title: "a/b [c]: d*?" + String(repeating: "x", count: 40))
        workbook.add(ResultTable(columns: ["a"]), title: "")
        #expect(workbook.sheets.map(\.name) == ["a b  c   d  xxxxxxxxxxxxxxxxxxx", "Sheet"])
    }
}

/// Runs `python3 -c script argument` and returns what it printed.
func python(_ script: String, _ argument: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, argument]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// A reader of `.xlsx` files written with nothing but Python's standard library (zipfile and the XML
/// parser): each sheet's name, its frozen rows and its cells, numbers marked `n:`.
enum XLSXReader {
    static let script = #"""
        import sys, zipfile, xml.etree.ElementTree as ET
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
              "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        for sheet in book.find("m:sheets", ns):
            print("sheet", sheet.get("name"))
            rid = sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            root = ET.fromstring(z.read("xl/" + targets[rid]))
            pane = root.find("m:sheetViews/m:sheetView/m:pane", ns)
            print("frozen", pane.get("ySplit") if pane is not None and pane.get("state") == "frozen" else 0)
            for row in root.find("m:sheetData", ns):
                cells = []
                for c in row:
                    if c.get("t") == "inlineStr":
                        cells.append("".join(t.text or "" for t in c.iter("{%s}t" % ns["m"])))
                    elif c.get("t") == "b":
                        cells.append("b:" + c.find("m:v", ns).text)
                    else:
                        cells.append("n:" + c.find("m:v", ns).text)
                print("row", "|".join(cells))
        """#
}
