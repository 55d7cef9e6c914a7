import ReportKit
import TallyQuery
import TallyTestSupport
import Testing

/// `CommandOutput.write(…to:)`: machine formats written a row at a time in chunks, the same bytes
/// `rendered()` gives and the renderers give for the whole table.
@Suite("Streaming output")
struct StreamingOutputTests {
    /// The chunks `output` hands its writer in `format`, and whether it said it wrote them all.
    private func chunks(
        of output: CommandOutput, in format: OutputFormat, forTerminal: Bool = false, stop: StopSignal = .never
    ) -> (chunks: [String], complete: Bool) {
        var chunks: [String] = []
        let complete = output.write(defaultFormat: format, forTerminal: forTerminal, stop: stop) { chunk in
            chunks.append(chunk)
            return true
        }
        return (chunks, complete)
    }

    /// A table with what quoting and escaping must get right: commas, quotes, line breaks, tabs, a
    /// backslash, an escape character, Chinese text, empty cells, a range and a lower bound.
    private static let awkward = ResultTable(
        columns: ["city", "note", "total"],
        rows: [
            [
                .text("合肥"), .text("a,b \"q\"\r\nend\ttab"),
                .quantity(Quantity(value: 46_800_000, unit: "元"), lowerBound: false),
            ],
            [
                .text("黄山\u{1B}[31m"), .empty,
                .quantity(Quantity(value: 1.5, high: 2.5, unit: "%", approximation: .about), lowerBound: false),
            ],
            [.text(""), .text("\\ back"), .quantity(Quantity(value: 30, unit: "次"), lowerBound: true)],
        ])

    /// `awkward`'s rows `times` times over, so that they take many chunks.
    private static func repeated(_ times: Int) -> ResultTable {
        var table = awkward
        table.rows = Array(repeating: awkward.rows, count: times).flatMap { $0 }
        return table
    }

    @Test(
        "Measures of 40 reports stream as they render, in chunks of about 64 KB that end where rows end",
        arguments: [OutputFormat.csv, .tsv, .json, .jsonl])
    func measuresStreamAsTheyRender(format: OutputFormat) throws {
        var session = Session(corpus: seedCopiesCorpus(40))
        let output = try session.run("measures")
        let (chunks, complete) = chunks(of: output, in: format)
        #expect(complete)
        #expect(chunks.count > 2)
        let whole = try #require(output.table)
        #expect(whole.rows.count == 4_080)
        #expect(chunks.joined() == render(whole, as: format))
        #expect(chunks.joined() == output.rendered(defaultFormat: format))
        for chunk in chunks.dropLast() {
            #expect((64 * 1024..<80 * 1024).contains(chunk.utf8.count))
            #expect(chunk.hasSuffix(format == .json ? "}" : "\n"))
        }
    }

    @Test(
        "Sentences and a table of values stream the bytes they render", arguments: ["sentences", "reports", "targets"])
    func otherSourcesStreamAsTheyRender(query: String) throws {
        var session = Session(corpus: seedCopiesCorpus(40))
        let output = try session.run(query)
        for format in [OutputFormat.csv, .json] {
            let (chunks, complete) = chunks(of: output, in: format)
            #expect(complete)
            #expect(chunks.joined() == render(try #require(output.table), as: format))
        }
    }

    @Test("Quoting, escapes, Chinese text, ranges and bounds stream byte for byte over many chunks")
    func awkwardCellsStreamExactly() {
        let times = 4_000
        let output = CommandOutput(body: .table(ResultRows(Self.repeated(times))))
        let expected: [(OutputFormat, String, String)] = [
            (
                .csv, "city,note,total,unit,approx,high\n",
                "合肥,\"a,b \"\"q\"\"\r\nend\ttab\",46800000,元,exact,\n" + "黄山\u{1B}[31m,,1.5,%,about,2.5\n"
                    + ",\\ back,30,次,more,\n"
            ),
            (
                .tsv, "city\tnote\ttotal\tunit\tapprox\thigh\n",
                "合肥\ta,b \"q\"  end tab\t46800000\t元\texact\t\n" + "黄山\u{1B}[31m\t\t1.5\t%\tabout\t2.5\n"
                    + "\t\\ back\t30\t次\tmore\t\n"
            ),
            (
                .jsonl, "",
                #"{"city":"合肥","note":"a,b \"q\"\r\nend\ttab","total":46800000,"unit":"元","approx":"exact","high":null}"#
                    + "\n"
                    + #"{"city":"黄山\u001b[31m","note":null,"total":1.5,"unit":"%","approx":"about","high":2.5}"#
                    + "\n" + #"{"city":"","note":"\\ back","total":30,"unit":"次","approx":"more","high":null}"# + "\n"
            ),
        ]
        for (format, header, rows) in expected {
            let (chunks, complete) = chunks(of: output, in: format)
            #expect(complete)
            #expect(chunks.count > 2, "\(format)")
            #expect(chunks.joined() == header + String(repeating: rows, count: times), "\(format)")
        }
    }

    @Test("Pretty JSON streams its rows between the array's brackets and the notes after them")
    func prettyJSONStreamsExactly() {
        var table = Self.repeated(2_000)
        table.notes = ["note \"one\""]
        let (chunks, complete) = chunks(of: CommandOutput(body: .table(ResultRows(table))), in: .json)
        #expect(complete)
        #expect(chunks.count > 2)
        let objects = [
            #"""
                {
                  "city": "合肥",
                  "note": "a,b \"q\"\r\nend\ttab",
                  "total": 46800000,
                  "unit": "元",
                  "approx": "exact",
                  "high": null
                }
            """#,
            #"""
                {
                  "city": "黄山\u001b[31m",
                  "note": null,
                  "total": 1.5,
                  "unit": "%",
                  "approx": "about",
                  "high": 2.5
                }
            """#,
            #"""
                {
                  "city": "",
                  "note": "\\ back",
                  "total": 30,
                  "unit": "次",
                  "approx": "more",
                  "high": null
                }
            """#,
        ]
        let rows = Array(repeating: objects, count: 2_000).flatMap { $0 }.joined(separator: ",\n")
        let expected = "{\n  \"rows\": [\n" + rows + "\n  ],\n  \"notes\": [\n    \"note \\\"one\\\"\"\n  ]\n}\n"
        #expect(chunks.joined() == expected)
    }

    @Test("On a terminal, every chunk shows its controls as visible escapes")
    func terminalChunksAreSanitised() {
        let output = CommandOutput(body: .table(ResultRows(Self.repeated(4_000))))
        let raw = chunks(of: output, in: .csv).chunks.joined()
        let (shown, complete) = chunks(of: output, in: .csv, forTerminal: true)
        #expect(complete)
        #expect(shown.count > 2)
        #expect(shown.joined() == TerminalText.shown(raw))
        #expect(!shown.joined().contains("\u{1B}"))
        #expect(shown.joined() == output.rendered(defaultFormat: .csv, forTerminal: true))
    }

    @Test("Empty results: a header, an empty array, or nothing at all")
    func emptyResults() throws {
        let empty = CommandOutput(body: .table(ResultRows(ResultTable(columns: ["city", "total"]))))
        #expect(chunks(of: empty, in: .csv).chunks == ["city,total\n"])
        #expect(chunks(of: empty, in: .tsv).chunks == ["city\ttotal\n"])
        #expect(chunks(of: empty, in: .json).chunks == ["{\n  \"rows\": [],\n  \"notes\": []\n}\n"])
        let (lines, complete) = chunks(of: empty, in: .jsonl)
        #expect(lines.isEmpty && complete)
        var session = seedSession()
        let none = try session.run("measures | take 0")
        #expect(chunks(of: none, in: .csv).chunks.joined() == "city,section,subject,value,unit,raw\n")
        #expect(chunks(of: none, in: .csv).chunks.joined() == none.rendered(defaultFormat: .csv))
    }

    @Test("A writer that fails part-way ends the writing: no chunk after it, and the write says so")
    func failedChunkEndsTheWriting() {
        let output = CommandOutput(body: .table(ResultRows(Self.repeated(10_000))))
        var calls = 0
        let complete = output.write(defaultFormat: .jsonl) { _ in
            calls += 1
            return calls < 2
        }
        #expect(!complete)
        #expect(calls == 2)
    }

    @Test("A stop part-way ends the writing, incomplete")
    func stopEndsTheWriting() {
        let output = CommandOutput(body: .table(ResultRows(Self.repeated(10_000))))
        var written = 0
        let stop = StopSignal { written > 0 }
        let complete = output.write(defaultFormat: .csv, stop: stop) { chunk in
            written += chunk.utf8.count
            return true
        }
        #expect(!complete)
        #expect(written < output.rendered(defaultFormat: .csv).utf8.count)
    }

    @Test("Formats for people and messages are written in one piece, as rendered")
    func peopleFormatsInOnePiece() throws {
        var session = seedSession()
        let output = try session.run("cities")
        for format in [OutputFormat.table, .markdown] {
            let (chunks, complete) = chunks(of: output, in: format)
            #expect(complete)
            #expect(chunks == [output.rendered(defaultFormat: format)])
        }
        let message = try session.run("let x = cities")
        #expect(chunks(of: message, in: .csv).chunks == ["x: 5 rows\n"])
    }
}
