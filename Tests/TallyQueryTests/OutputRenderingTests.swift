import ReportKit
import Testing

@testable import TallyQuery

@Suite struct OutputRenderingTests {
    /// Chinese and ASCII text, a range, an empty cell and every kind of number.
    private let mixed = ResultTable(
        columns: ["city", "note", "value", "range"],
        rows: [
            [
                .text("合肥"), .text("say \"hi\", ok"),
                .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: false),
                .quantity(Quantity(value: 5, high: 5.5, unit: "%"), lowerBound: false),
            ],
            [.text("line\nbreak"), .empty, .number(0.5), .integer(-3)],
        ])

    private let cities = ResultTable(
        columns: ["city", "unit", "total"],
        rows: [
            [.text("合肥"), .text("元"), .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: false)],
            [.text("Hefei"), .text("人次"), .quantity(Quantity(value: 12_000, unit: "人次"), lowerBound: false)],
            [.text("黄山"), .empty, .integer(3)],
        ])

    @Test func tableAlignsChineseAndASCIIByDisplayWidth() {
        let expected = """
            ┌───────┬──────┬───────────┐
            │ city  │ unit │     total │
            ├───────┼──────┼───────────┤
            │ 合肥  │ 元   │ 4,680万元 │
            │ Hefei │ 人次 │ 1.2万人次 │
            │ 黄山  │      │         3 │
            └───────┴──────┴───────────┘
            3 rows

            """
        let rendered = TableRenderer().render(cities)
        #expect(rendered == expected)
        let boxLines = rendered.split(separator: "\n").dropLast()
        #expect(boxLines.count == 7)
        #expect(boxLines.allSatisfy { DisplayWidth.of($0) == 28 })
    }

    @Test func tableShowsTitleRowCountNotesAndLowerBounds() {
        let table = ResultTable(
            title: "养老投入",
            columns: ["city", "total"],
            rows: [[.text("合肥"), .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: true)]],
            notes: ["≥ marks totals that include approximate figures", "source: seeds"])
        #expect(
            TableRenderer().render(table) == """
                养老投入
                ┌──────┬────────────┐
                │ city │      total │
                ├──────┼────────────┤
                │ 合肥 │ ≥4,680万元 │
                └──────┴────────────┘
                1 row
                ≥ marks totals that include approximate figures
                source: seeds

                """)
    }

    @Test func tableWithoutRows() {
        #expect(
            TableRenderer().render(ResultTable(columns: ["city"])) == """
                ┌──────┐
                │ city │
                ├──────┤
                └──────┘
                0 rows

                """)
    }

    @Test func tableWithoutColumnsShowsOnlyTheCount() {
        let table = ResultTable(columns: [], notes: ["nothing matched"])
        #expect(TableRenderer().render(table) == "0 rows\nnothing matched\n")
    }

    @Test func tableShortRowsEndInEmptyCellsTabsBecomeSpacesAndEscapesShow() {
        let table = ResultTable(columns: ["a", "b"], rows: [[.text("x\ty\u{1B}z")]])
        #expect(
            TableRenderer().render(table) == """
                ┌────────┬───┐
                │ a      │ b │
                ├────────┼───┤
                │ x y\\ez │   │
                └────────┴───┘
                1 row

                """)
    }

    @Test("A control in a Chinese cell is a visible escape, and the columns stay aligned by its printed width")
    func visibleEscapesKeepChineseColumnsAligned() {
        let table = ResultTable(
            columns: ["city", "heading"],
            rows: [
                [.text("合肥"), .text("工作\u{1B}[2J回顾")],
                [.text("蚌\u{202E}埠"), .text("发展目标")],
                [.text("阜阳"), .text("\u{9B}31m")],
            ])
        #expect(
            TableRenderer(color: true).render(table) == """
                \u{1B}[2m┌──────────────┬───────────────┐\u{1B}[0m
                \u{1B}[2m│\u{1B}[0m \u{1B}[1mcity\u{1B}[0m         \u{1B}[2m│\u{1B}[0m \u{1B}[1mheading\u{1B}[0m       \u{1B}[2m│\u{1B}[0m
                \u{1B}[2m├──────────────┼───────────────┤\u{1B}[0m
                \u{1B}[2m│\u{1B}[0m 合肥         \u{1B}[2m│\u{1B}[0m 工作\\e[2J回顾 \u{1B}[2m│\u{1B}[0m
                \u{1B}[2m│\u{1B}[0m 蚌\\u{202E}埠 \u{1B}[2m│\u{1B}[0m 发展目标      \u{1B}[2m│\u{1B}[0m
                \u{1B}[2m│\u{1B}[0m 阜阳         \u{1B}[2m│\u{1B}[0m \\x9B31m       \u{1B}[2m│\u{1B}[0m
                \u{1B}[2m└──────────────┴───────────────┘\u{1B}[0m
                3 rows

                """)
    }

    @Test func narrowTableCutsTheWidestTextColumnWithoutSplittingChinese() {
        let table = ResultTable(columns: ["name", "value"], rows: [[.text("合肥市民政局养老服务中心"), .integer(42)]])
        let rendered = TableRenderer(maxWidth: 20).render(table)
        #expect(
            rendered == """
                ┌──────────┬───────┐
                │ name     │ value │
                ├──────────┼───────┤
                │ 合肥市…  │    42 │
                └──────────┴───────┘
                1 row

                """)
        #expect(rendered.split(separator: "\n").dropLast().allSatisfy { DisplayWidth.of($0) == 20 })
    }

    @Test func narrowTableShrinksTheWidestColumnsFirstAndLeavesNumbers() {
        let table = ResultTable(
            columns: ["a", "b", "n"],
            rows: [[.text("abcdefghijklmnop"), .text("0123456789"), .integer(123_456)]])
        #expect(
            TableRenderer(maxWidth: 34).render(table) == """
                ┌───────────┬───────────┬────────┐
                │ a         │ b         │      n │
                ├───────────┼───────────┼────────┤
                │ abcdefgh… │ 01234567… │ 123456 │
                └───────────┴───────────┴────────┘
                1 row

                """)
    }

    @Test func tableWiderThanTheLimitWhenTextColumnsAreAtTheirNarrowest() {
        let table = ResultTable(columns: ["city", "n"], rows: [[.text("合肥"), .integer(1_234_567_890)]])
        #expect(
            TableRenderer(maxWidth: 5).render(table) == """
                ┌─────┬────────────┐
                │ ci… │          n │
                ├─────┼────────────┤
                │ 合… │ 1234567890 │
                └─────┴────────────┘
                1 row

                """)
    }

    @Test func colouredTableHasBoldHeaderAndDimBorders() {
        let table = ResultTable(columns: ["a"], rows: [[.integer(1)]])
        let dim = { (text: String) in "\u{1B}[2m\(text)\u{1B}[0m" }
        #expect(
            TableRenderer(color: true).render(table) == """
                \(dim("┌───┐"))
                \(dim("│")) \u{1B}[1ma\u{1B}[0m \(dim("│"))
                \(dim("├───┤"))
                \(dim("│")) 1 \(dim("│"))
                \(dim("└───┘"))
                1 row

                """)
        #expect(!TableRenderer(color: false).render(table).contains("\u{1B}"))
    }

    @Test func largeTablesRenderEveryRow() {
        let rows: [[Cell]] = (0..<10_000).map { index in
            [
                .text(index.isMultiple(of: 2) ? "合肥" : "Huangshan"), .integer(index),
                .quantity(Quantity(value: Double(index) * 10_000, unit: "元"), lowerBound: false),
            ]
        }
        let table = ResultTable(columns: ["city", "index", "total"], rows: rows)
        let clock = ContinuousClock()
        var lines = 0
        let elapsed = clock.measure {
            lines = render(table, as: .table).split(separator: "\n").count
        }
        #expect(lines == 10_005)
        #expect(elapsed < .seconds(5))
    }

    @Test func csvQuotesAsRFC4180AndPrintsExactValues() {
        #expect(
            CSVRenderer().render(mixed) == """
                city,note,value,range
                合肥,"say ""hi"", ok",46800000,5-5.5
                "line
                break",,0.5,-3

                """)
    }

    @Test func csvKeepsALoneEmptyFieldVisible() {
        let table = ResultTable(columns: ["a"], rows: [[.empty], [.text("x")]])
        #expect(CSVRenderer().render(table) == "a\n\"\"\nx\n")
    }

    @Test func tsvReplacesTabsAndLineBreaksInCells() {
        let table = ResultTable(columns: ["a\tb", "c"], rows: mixed.rows + [[.text("x\ty\r\nz"), .integer(1)]])
        #expect(
            TSVRenderer().render(table) == """
                a b\tc
                合肥\tsay "hi", ok
                line break\t
                x y  z\t1

                """)
    }

    @Test func tsvPrintsEveryColumn() {
        #expect(
            TSVRenderer().render(mixed) == """
                city\tnote\tvalue\trange
                合肥\tsay "hi", ok\t46800000\t5-5.5
                line break\t\t0.5\t-3

                """)
    }

    @Test func jsonIsAnObjectOfRowsWithKeysInColumnOrderAndNotes() {
        var table = mixed
        table.notes = ["a note"]
        #expect(
            JSONRenderer().render(table) == """
                {
                  "rows": [
                    {
                      "city": "合肥",
                      "note": "say \\"hi\\", ok",
                      "value": 46800000,
                      "range": [5, 5.5]
                    },
                    {
                      "city": "line\\nbreak",
                      "note": null,
                      "value": 0.5,
                      "range": -3
                    }
                  ],
                  "notes": [
                    "a note"
                  ]
                }

                """)
    }

    @Test func jsonEscapesControlCharactersAndBackslashes() {
        let table = ResultTable(
            columns: ["k\"ey"], rows: [[.text("a\\b\t\u{1}\u{1F}\u{8}\u{C}\r/é")], [.number(.nan)]])
        #expect(
            JSONLinesRenderer().render(table) == """
                {"k\\"ey":"a\\\\b\\t\\u0001\\u001f\\b\\f\\r/é"}
                {"k\\"ey":null}

                """)
    }

    @Test func jsonWithoutRowsIsAnEmptyArray() {
        #expect(JSONRenderer().render(ResultTable(columns: ["a"])) == "{\n  \"rows\": [],\n  \"notes\": []\n}\n")
        #expect(JSONLinesRenderer().render(ResultTable(columns: ["a"])) == "")
    }

    @Test func jsonLinesHasOneCompactObjectPerRow() {
        #expect(
            JSONLinesRenderer().render(mixed) == """
                {"city":"合肥","note":"say \\"hi\\", ok","value":46800000,"range":[5,5.5]}
                {"city":"line\\nbreak","note":null,"value":0.5,"range":-3}

                """)
    }

    @Test func markdownIsAPipeTableWithNumericColumnsRightAligned() {
        let table = ResultTable(
            title: "养老",
            columns: ["city", "total"],
            rows: [
                [.text("合肥"), .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: false)],
                [.text("a|b"), .quantity(Quantity(value: 30, unit: "次", approximation: .more), lowerBound: false)],
                [.text("two\nlines"), .empty],
            ],
            notes: ["first note", "second note"])
        #expect(
            MarkdownRenderer().render(table) == """
                **养老**

                | city | total |
                | --- | ---: |
                | 合肥 | 4,680万元 |
                | a\\|b | 30余次 |
                | two lines |  |

                first note

                second note

                """)
    }

    @Test func machineFormatsSplitEveryFigureIntoValueUnitQualifierAndHighEnd() {
        #expect(
            render(mixed, as: .csv) == """
                city,note,value,value_unit,value_approx,range,range_unit,range_approx,range_high
                合肥,"say ""hi"", ok",46800000,元,exact,5,%,exact,5.5
                "line
                break",,0.5,,,-3,,,

                """)
        let total = ResultTable(
            columns: ["unit", "total"],
            rows: [[.text("元"), .quantity(Quantity(value: 3_541_361_800, unit: "元"), lowerBound: true)]],
            notes: ["≥ marks a lower bound"])
        #expect(render(total, as: .csv) == "unit,total,approx\n元,3541361800,more\n")
        #expect(render(total, as: .jsonl) == #"{"unit":"元","total":3541361800,"approx":"more"}"# + "\n")
        #expect(render(total, as: .table).contains("≥35.41亿元"))
        let ratio = ResultTable(columns: ["ratio"], rows: [[.number(0.0005)], [.number(0.039885)]])
        #expect(render(ratio, as: .csv) == "ratio\n0.0005\n0.039885\n")
        #expect(render(ratio, as: .table).contains("│ 0.0005 │"))
        #expect(render(ratio, as: .table).contains("│ 0.0399 │"))
    }

    @Test func aColumnWithSomeFiguresIn万WritesEveryFigureFrom1万So() {
        let table = ResultTable(
            columns: ["total"],
            rows: [
                [.quantity(Quantity(value: 386_504, unit: "人"), lowerBound: false)],
                [.quantity(Quantity(value: 783_700, unit: "人"), lowerBound: false)],
                [.quantity(Quantity(value: 299, unit: "个"), lowerBound: false)],
            ])
        let text = render(table, as: .table)
        #expect(text.contains("38.65万人"))
        #expect(text.contains("78.37万人"))
        #expect(text.contains("299个"))
    }

    @Test func renderDispatchesOnTheFormat() {
        #expect(render(cities, as: .table) == TableRenderer().render(cities))
        #expect(
            render(cities, as: .table, maxWidth: 20, color: true)
                == TableRenderer(maxWidth: 20, color: true).render(cities))
        #expect(render(mixed, as: .csv) == CSVRenderer().render(mixed.lossless()))
        #expect(render(mixed, as: .tsv) == TSVRenderer().render(mixed.lossless()))
        #expect(render(mixed, as: .json) == JSONRenderer().render(mixed.lossless()))
        #expect(render(mixed, as: .jsonl) == JSONLinesRenderer().render(mixed.lossless()))
        #expect(render(mixed, as: .markdown) == MarkdownRenderer().render(mixed))
    }

    @Test func formatsAreNamedForTheCommandLine() {
        #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "csv", "tsv", "json", "jsonl", "markdown"])
    }

    @Test func numericColumnsHoldOnlyNumbersAndEmptyCells() {
        #expect(!mixed.isNumericColumn(0))
        #expect(!mixed.isNumericColumn(1))
        #expect(mixed.isNumericColumn(2))
        #expect(!ResultTable(columns: ["a"], rows: [[.empty]]).isNumericColumn(0))
    }
}
