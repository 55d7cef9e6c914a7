import TallyKeys
import TallyQuery

/// The benchmark's results as tables for the terminal, drawn by TallyQuery's table renderer.
enum ResultTables {
    /// Every table, with the examples of extraction failures after them.
    static func text(_ result: BenchResult, maxWidth: Int?, color: Bool) -> String {
        var output = tables(result).map { render($0, as: .table, maxWidth: maxWidth, color: color) }
            .joined(separator: "\n")
        for size in result.sizes { output += failures(size) }
        return output
    }

    /// Every table, in the order they are shown: machine, start-up, the sizes, queries, growth.
    static func tables(_ result: BenchResult) -> [ResultTable] {
        var tables = [machine(result), startup(result.startup), summary(result.sizes), keys(result.keys)]
        tables += result.sizes.map(endToEnd)
        tables += result.sizes.map(queries)
        tables += result.sizes.map(yearQueries)
        if !result.growth.isEmpty { tables.append(growth(result)) }
        return tables
    }

    private static func machine(_ result: BenchResult) -> ResultTable {
        let machine = result.machine
        return ResultTable(
            title: "Machine", columns: ["item", "value"],
            rows: [
                [.text("cpu"), .text(machine.cpu)], [.text("cores"), .integer(machine.cores)],
                [.text("memory"), .text(NumberText.megabytes(machine.memoryBytes))],
                [.text("system"), .text(machine.system)], [.text("build"), .text(machine.build)],
                [.text("corpus seed"), .text("0x" + String(result.seed, radix: 16))],
            ])
    }

    private static func startup(_ startup: Result<StartupTiming, BenchFailure>) -> ResultTable {
        switch startup {
        case .success(let timing):
            var rows: [[Cell]] = [
                [.text("first output")] + cells(timing.tally.firstOutput) + [.text("< 5 ms")],
                [.text("exit")] + cells(timing.tally.exit) + [.text("")],
            ]
            if let sqlite = timing.sqlite, let ratio = timing.ratioToSQLite {
                rows += [
                    [.text(sqlite.command + ": first output")] + cells(sqlite.firstOutput) + [.text("")],
                    [.text(sqlite.command + ": exit")] + cells(sqlite.exit) + [.text("")],
                    [
                        .text("first output, tally / sqlite3"), .text(NumberText.fixed(ratio, 2) + "×"), .text(""),
                        .text(""), .integer(timing.tally.firstOutput.samples.count), .text("≤ 3×"),
                    ],
                ]
            } else {
                rows.append([.text("sqlite3 (not on PATH)"), .text(""), .text(""), .text(""), .integer(0), .text("")])
            }
            return ResultTable(
                title: "Start-up: \(timing.tally.command) on the bundled seeds, sqlite3 in the same run",
                columns: ["until", "median", "min", "max", "runs", "target"], rows: rows)
        case .failure(let failure):
            return ResultTable(title: "Start-up", columns: ["not measured"], rows: [[.text(failure.message)]])
        }
    }

    /// Median, min, max in milliseconds and the number of runs.
    private static func cells(_ timings: Timings) -> [Cell] {
        [
            .text(NumberText.milliseconds(timings.median)), .text(NumberText.milliseconds(timings.min)),
            .text(NumberText.milliseconds(timings.max)), .integer(timings.samples.count),
        ]
    }

    private static func summary(_ sizes: [SizeResult]) -> ResultTable {
        func row(_ name: String, _ target: String, _ value: (SizeResult) -> String) -> [Cell] {
            [.text(name)] + sizes.map { .text(value($0)) } + [.text(target)]
        }
        let runs = sizes.first.map { $0.parseSingleCore.timings.samples.count } ?? 0
        return ResultTable(
            title: "Parse, load, memory and accuracy (medians of \(runs) runs)",
            columns: ["measure"] + sizes.map { NumberText.grouped($0.documents) + " docs" } + ["target"],
            rows: [
                row("corpus size", "") { NumberText.megabytes($0.bytes) },
                row("figures written (truth)", "") { NumberText.grouped($0.truthFigures) },
                row("generate / write", "") {
                    NumberText.fixed($0.generateSeconds, 3) + " s / " + NumberText.fixed($0.writeSeconds, 3) + " s"
                },
                row("parse, 1 core", "≥ 300 MB/s") {
                    NumberText.fixed($0.parseSingleCore.megabytesPerSecond, 1) + " MB/s"
                },
                row("parse, all cores", "scales with cores") {
                    NumberText.fixed($0.parseAllCores.megabytesPerSecond, 1) + " MB/s"
                },
                row("load folder (read, decode, parse, build)", "< 1 s at 10,000 docs") {
                    NumberText.fixed($0.load.timings.median, 3) + " s"
                },
                row("measures loaded", "") { NumberText.grouped($0.load.measures) },
                row("measures per second (load)", "") { NumberText.grouped(Int($0.load.measuresPerSecond)) },
                row("files that failed to load", "0") { NumberText.grouped($0.load.failures.count) },
                row("peak RSS during load", "") {
                    NumberText.megabytes($0.load.memory.peakBytes)
                        + ($0.load.memory.peakIsWholeProcess ? " (whole process)" : "")
                },
                row("bytes per measure beyond the text (RSS)", "< 100") {
                    NumberText.fixed($0.load.memory.bytesPerMeasure, 1)
                },
                row("  of which measure columns", "") { NumberText.fixed($0.load.memory.columnBytesPerMeasure, 1) },
                row("  sentences / sections / subjects", "") {
                    [$0.load.memory.sentences, $0.load.memory.sections, $0.load.memory.distinctSubjects]
                        .map(NumberText.grouped).joined(separator: " / ")
                },
                row("export every measure to a CSV file", "< 1 s at 10,000 docs") {
                    NumberText.fixed($0.export.timings.median, 3) + " s"
                },
                row("  rows / file size", "") {
                    NumberText.grouped($0.export.rows) + " / " + NumberText.megabytes($0.export.bytes)
                },
                row("  peak RSS growth during export", "flat (streaming)") {
                    NumberText.megabytes($0.export.peakGrowth)
                        + ($0.export.peakIsWholeProcess ? " (whole process)" : "")
                },
                row("recall", "100%") { NumberText.percent($0.accuracy.recall) },
                row("precision", "100%") { NumberText.percent($0.accuracy.precision) },
                row("missed / spurious figures", "0 / 0") {
                    NumberText.grouped($0.accuracy.missed) + " / " + NumberText.grouped($0.accuracy.spurious)
                },
                row("matches in the right city", "100%") { NumberText.percent($0.accuracy.cityAgreement) },
                row("reports with the wrong city", "0") {
                    NumberText.grouped($0.accuracy.reportCityMismatches) + " of "
                        + NumberText.grouped($0.accuracy.reportsChecked)
                },
            ])
    }

    /// The scores on the answer keys of real reports, one row per key and their sum.
    private static func keys(_ keys: Result<[KeyScore], BenchFailure>) -> ResultTable {
        let title = "Accuracy on the hand-checked answer keys of real reports (Tests/Fixtures)"
        switch keys {
        case .success(let scores):
            var rows = scores.map { ($0.name, $0) }
            if scores.count > 1 { rows.append(("all", KeyScore.sum(scores))) }
            return ResultTable(
                title: title,
                columns: [
                    "key", "figures", "recall", "precision", "value", "unit", "subject", "change", "period", "target",
                    "reports right",
                ],
                rows: rows.map { name, score in
                    [.text(name), .integer(score.coreFigures)]
                        + [score.recall, score.precision].map { .text(NumberText.percent($0)) }
                        + [score.value, score.unit, score.subject, score.change, score.period, score.target].map {
                            .text(NumberText.percent(score.agreement($0)))
                        } + [.text("\(score.reportsRight)/\(score.reports)")]
                },
                notes: [
                    "recall over the figures each key marks core; value, unit, subject, change, period and target: "
                        + "the share of matched figures tally reads as the key does"
                ])
        case .failure(let failure):
            return ResultTable(title: title, columns: ["not measured"], rows: [[.text(failure.message)]])
        }
    }

    /// The end-to-end row of one size: tally loading the folder and answering a query, beside the
    /// Python extractor.
    private static func endToEnd(_ size: SizeResult) -> ResultTable {
        let title = "End to end on \(NumberText.grouped(size.documents)) documents: load the folder and total 元 by city"
        switch size.endToEnd {
        case .success(let timing):
            let columns = ["program", "median", "min", "max", "runs", "cities", "元 of tally's", "target"]
            func row(_ cells: [Cell]) -> [Cell] {
                cells + Array(repeating: .text(""), count: columns.count - cells.count)
            }
            var rows = [
                row([.text(timing.command)] + cells(timing.tally) + [.integer(timing.tallyCities), .text("100%")])
            ]
            switch timing.python {
            case .success(let python):
                rows.append(
                    row(
                        [.text("\(python.version) \(PythonExtractor.fileName) FOLDER")] + cells(python.timings)
                            + [.integer(python.cities), .text(NumberText.percent(python.shareOfTallyTotal))]))
                if let ratio = timing.ratio {
                    let blank = Cell.text("")
                    rows.append([
                        .text("Python / tally"), .text(NumberText.fixed(ratio, 2) + "×"), blank, blank,
                        .integer(timing.tally.samples.count), blank, blank, .text("≥ 20×"),
                    ])
                }
            case .failure(let failure):
                rows.append(row([.text("Python: " + failure.message)]))
            }
            return ResultTable(
                title: title, columns: columns, rows: rows,
                notes: [
                    "each timed from spawn to exit, the two in turns; the files come from the page cache; 元 of "
                        + "tally's: the sum of the Python totals over the sum of tally's (the regex reads no unit "
                        + "from context, such as 总投资6.7亿, and takes the city from the speaker's line only)"
                ])
        case .failure(let failure):
            return ResultTable(title: title, columns: ["not measured"], rows: [[.text(failure.message)]])
        }
    }

    private static func queries(_ size: SizeResult) -> ResultTable {
        queryTable(
            documents: size.documents, measures: size.load.measures, queries: size.queries,
            prepareSeconds: size.queryPrepareSeconds)
    }

    /// The query table alone, as `--queries-only` prints it.
    static func queryText(documents: Int, measures: Int, queries: [QueryTiming], prepareSeconds: Double) -> String {
        render(
            queryTable(documents: documents, measures: measures, queries: queries, prepareSeconds: prepareSeconds),
            as: .table, maxWidth: nil, color: false)
    }

    private static func queryTable(documents: Int, measures: Int, queries: [QueryTiming], prepareSeconds: Double)
        -> ResultTable
    {
        timingTable(
            title: "Queries on \(NumberText.grouped(documents)) documents "
                + "(\(NumberText.grouped(measures)) measures), \(runs(queries)) runs each; "
                + "target: median < 5 ms at 950,000 measures",
            queries: queries,
            note:
                "median, min and max: the query text run through the query engine; direct scan: the median "
                + "of a hand-written loop over the corpus columns computing the same answer; "
                + "preparing the corpus for queries took " + NumberText.milliseconds(prepareSeconds))
    }

    /// A table of query timings: one row per query with its name, text, rows and times.
    private static func timingTable(title: String, queries: [QueryTiming], note: String) -> ResultTable {
        ResultTable(
            title: title, columns: ["query", "text", "rows", "median", "min", "max", "direct scan"],
            rows: queries.map { query in
                [
                    .text(query.query.name), .text(query.query.text), .integer(query.answer.rows.count),
                    .text(NumberText.milliseconds(query.timings.median)),
                    .text(NumberText.milliseconds(query.timings.min)),
                    .text(NumberText.milliseconds(query.timings.max)),
                    .text(NumberText.milliseconds(query.referenceTimings.median)),
                ]
            }, notes: [note])
    }

    /// How many runs each query had.
    private static func runs(_ queries: [QueryTiming]) -> Int { queries.first?.timings.samples.count ?? 0 }

    private static func yearQueries(_ size: SizeResult) -> ResultTable {
        let corpus = size.yearsCorpus
        return timingTable(
            title: "Queries across years on \(NumberText.grouped(corpus.documents)) documents "
                + "(\(NumberText.grouped(corpus.districts)) districts × the 6 reports of 海拉尔区, "
                + "\(NumberText.grouped(corpus.measures)) measures), \(runs(size.yearQueries)) runs each; "
                + "target: median < 50 ms",
            queries: size.yearQueries,
            note: "each district is the bundled 海拉尔区 series with 海拉尔 renamed, so every series, target and "
                + "result is a real report's; direct scan: a hand-written loop over the corpus columns")
    }

    private static func growth(_ result: BenchResult) -> ResultTable {
        let small = result.sizes.first.map { NumberText.grouped($0.documents) } ?? ""
        let large = result.sizes.last.map { NumberText.grouped($0.documents) } ?? ""
        return ResultTable(
            title: "Growth from \(small) to \(large) documents: time per document (1.00 is linear)",
            columns: ["measure", "µs/doc at \(small)", "µs/doc at \(large)", "ratio"],
            rows: result.growth.map { row in
                [
                    .text(row.name), .text(NumberText.fixed(row.smallPerDocument * 1e6, 2)),
                    .text(NumberText.fixed(row.largePerDocument * 1e6, 2)), .text(NumberText.fixed(row.ratio, 2)),
                ]
            })
    }

    /// The examples of missed and spurious figures of one size, or nothing when there are none.
    private static func failures(_ size: SizeResult) -> String {
        let accuracy = size.accuracy
        guard accuracy.missed > 0 || accuracy.spurious > 0 || accuracy.reportCityMismatches > 0 else { return "" }
        var output = "\nExtraction failures on \(NumberText.grouped(size.documents)) documents\n"
        output += "missed \(NumberText.grouped(accuracy.missed)) (first \(accuracy.missedExamples.count)):\n"
        for example in accuracy.missedExamples {
            output += "  \(line(example))\n"
            if !example.sentence.isEmpty {
                output += "    parser found there: [\(example.parsedInSentence.joined(separator: ", "))]\n"
            }
        }
        output += "spurious \(NumberText.grouped(accuracy.spurious)) (first \(accuracy.spuriousExamples.count)):\n"
        for example in accuracy.spuriousExamples { output += "  \(line(example))\n" }
        output +=
            "reports with the wrong city \(NumberText.grouped(accuracy.reportCityMismatches)) "
            + "(first \(accuracy.cityMismatchExamples.count)):\n"
        for mismatch in accuracy.cityMismatchExamples {
            output +=
                "  \(mismatch.document) wrote \(mismatch.expected), parsed “\(mismatch.parsed)” from “\(mismatch.role)”\n"
        }
        return output
    }

    /// `report-00042.txt 七台河 “七台” = 7 台 in: 七台河市委、市政府…`
    private static func line(_ example: ExtractionAccuracy.Example) -> String {
        let value = NumberText.fixed(example.value, example.value == example.value.rounded() ? 0 : 3)
        var text =
            "\(example.document) \(example.city.isEmpty ? "(lead)" : example.city) “\(example.raw)” = \(value) \(example.unit)"
        if !example.sentence.isEmpty {
            let sentence = example.sentence.unicodeScalars
            text +=
                " in: "
                + (sentence.count > 120
                    ? String(String.UnicodeScalarView(sentence.prefix(120))) + "…" : example.sentence)
        }
        return text
    }
}
