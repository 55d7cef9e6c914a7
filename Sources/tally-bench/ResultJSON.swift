import TallyKeys
import TallyQuery

/// The benchmark's results as JSON (`--json`, `--output`): one object, keys in a fixed order,
/// durations in seconds unless a key says `_ms`.
enum ResultJSON {
    /// The whole run as pretty-printed JSON text, ending with a newline.
    static func text(_ result: BenchResult) -> String {
        value(result).serialized() + "\n"
    }

    /// The whole run as a JSON value.
    static func value(_ result: BenchResult) -> JSONValue {
        .object([
            ("benchmark", .string("tally-bench")),
            ("machine", machine(result.machine)),
            ("seed", .string("0x" + String(result.seed, radix: 16))),
            ("startup", startup(result.startup)),
            ("runs", .array(result.sizes.map(size))),
            ("growth", .array(result.growth.map(growth))),
            ("answer_keys", keys(result.keys)),
        ])
    }

    private static func machine(_ machine: MachineInfo) -> JSONValue {
        .object([
            ("cpu", .string(machine.cpu)), ("cores", .integer(machine.cores)),
            ("memory_bytes", .integer(machine.memoryBytes)), ("system", .string(machine.system)),
            ("build", .string(machine.build)),
        ])
    }

    private static func startup(_ startup: Result<StartupTiming, BenchFailure>) -> JSONValue {
        switch startup {
        case .success(let timing):
            .object(
                program(timing.tally) + [
                    ("sqlite3", timing.sqlite.map { .object(program($0)) } ?? .null),
                    ("first_output_ratio_to_sqlite3", timing.ratioToSQLite.map { number($0) } ?? .null),
                ])
        case .failure(let failure):
            .object([("error", .string(failure.message))])
        }
    }

    /// One program's command line, binary and times.
    private static func program(_ program: StartupTiming.Program) -> [(key: String, value: JSONValue)] {
        [
            ("command", .string(program.command)), ("executable", .string(program.executable)),
            ("first_output_ms", timings(program.firstOutput, scale: 1000)),
            ("exit_ms", timings(program.exit, scale: 1000)),
        ]
    }

    private static func size(_ size: SizeResult) -> JSONValue {
        var pairs: [(key: String, value: JSONValue)] = [
            ("documents", .integer(size.documents)), ("bytes", .integer(size.bytes)),
            ("truth_figures", .integer(size.truthFigures)), ("generate_seconds", number(size.generateSeconds)),
            ("write_seconds", number(size.writeSeconds)),
        ]
        if let folder = size.keptFolder { pairs.append(("folder", .string(folder))) }
        pairs += [
            ("parse_single_core", throughput(size.parseSingleCore)),
            ("parse_all_cores", throughput(size.parseAllCores)),
            ("load", load(size.load)),
            ("end_to_end", endToEnd(size.endToEnd)),
            ("memory", memory(size.load.memory)),
            ("accuracy", accuracy(size.accuracy)),
            ("query_prepare_seconds", number(size.queryPrepareSeconds)),
            ("queries", .array(size.queries.map(query))),
            ("export", export(size.export)),
            (
                "years_corpus",
                .object([
                    ("documents", .integer(size.yearsCorpus.documents)),
                    ("districts", .integer(size.yearsCorpus.districts)),
                    ("measures", .integer(size.yearsCorpus.measures)),
                ])
            ),
            ("year_queries", .array(size.yearQueries.map(query))),
        ]
        return .object(pairs)
    }

    private static func endToEnd(_ endToEnd: Result<EndToEndTiming, BenchFailure>) -> JSONValue {
        switch endToEnd {
        case .success(let timing):
            let python: JSONValue
            switch timing.python {
            case .success(let run):
                python = .object([
                    ("interpreter", .string(run.interpreter)), ("version", .string(run.version)),
                    ("seconds", timings(run.timings, scale: 1)), ("cities", .integer(run.cities)),
                    ("share_of_tally_total", number(run.shareOfTallyTotal, decimals: 4)),
                ])
            case .failure(let failure): python = .object([("error", .string(failure.message))])
            }
            return .object([
                ("command", .string(timing.command)), ("seconds", timings(timing.tally, scale: 1)),
                ("cities", .integer(timing.tallyCities)), ("python", python),
                ("python_to_tally", timing.ratio.map { number($0, decimals: 3) } ?? .null),
            ])
        case .failure(let failure):
            return .object([("error", .string(failure.message))])
        }
    }

    private static func keys(_ keys: Result<[KeyScore], BenchFailure>) -> JSONValue {
        switch keys {
        case .success(let scores):
            return .array(
                scores.map { score in
                    .object([
                        ("key", .string(score.name)), ("core_figures", .integer(score.coreFigures)),
                        ("recall", number(score.recall, decimals: 4)),
                        ("precision", number(score.precision, decimals: 4)),
                        ("value", number(score.agreement(score.value), decimals: 4)),
                        ("unit", number(score.agreement(score.unit), decimals: 4)),
                        ("subject", number(score.agreement(score.subject), decimals: 4)),
                        ("change", number(score.agreement(score.change), decimals: 4)),
                        ("period", number(score.agreement(score.period), decimals: 4)),
                        ("target", number(score.agreement(score.target), decimals: 4)),
                        ("reports", .integer(score.reports)), ("reports_right", .integer(score.reportsRight)),
                    ])
                })
        case .failure(let failure):
            return .object([("error", .string(failure.message))])
        }
    }

    private static func throughput(_ throughput: ParseThroughput) -> JSONValue {
        .object([
            ("mb_per_s", number(throughput.megabytesPerSecond, decimals: 3)),
            ("seconds", timings(throughput.timings, scale: 1)),
            ("bytes", .integer(throughput.bytes)), ("measures", .integer(throughput.measures)),
            ("failures", .integer(throughput.failures)),
        ])
    }

    private static func load(_ load: LoadTiming) -> JSONValue {
        .object([
            ("seconds", timings(load.timings, scale: 1)), ("documents", .integer(load.documents)),
            ("measures", .integer(load.measures)),
            ("measures_per_second", number(load.measuresPerSecond, decimals: 0)),
            ("failures", .array(load.failures.prefix(10).map { .string($0.location.file + ": " + $0.message) })),
            ("failure_count", .integer(load.failures.count)),
        ])
    }

    private static func memory(_ memory: CorpusMemory) -> JSONValue {
        .object([
            ("peak_rss_bytes", .integer(memory.peakBytes)),
            ("peak_covers_whole_process", .bool(memory.peakIsWholeProcess)),
            ("rss_growth_bytes", .integer(memory.residentGrowth)), ("text_bytes", .integer(memory.textBytes)),
            ("bytes_per_measure", number(memory.bytesPerMeasure, decimals: 2)),
            ("measure_column_bytes_per_measure", number(memory.columnBytesPerMeasure, decimals: 2)),
            ("sentences", .integer(memory.sentences)), ("sections", .integer(memory.sections)),
            ("distinct_subjects", .integer(memory.distinctSubjects)),
        ])
    }

    private static func export(_ export: ExportTiming) -> JSONValue {
        .object([
            ("statement", .string(ExportTiming.statement)), ("seconds", timings(export.timings, scale: 1)),
            ("rows", .integer(export.rows)), ("bytes", .integer(export.bytes)),
            ("peak_rss_growth_bytes", .integer(export.peakGrowth)),
            ("peak_covers_whole_process", .bool(export.peakIsWholeProcess)),
        ])
    }

    private static func accuracy(_ accuracy: ExtractionAccuracy) -> JSONValue {
        .object([
            ("truth", .integer(accuracy.truthCount)), ("extracted", .integer(accuracy.extractedCount)),
            ("matched", .integer(accuracy.matched)), ("missed", .integer(accuracy.missed)),
            ("spurious", .integer(accuracy.spurious)), ("recall", number(accuracy.recall, decimals: 9)),
            ("precision", number(accuracy.precision, decimals: 9)),
            ("city_agreement", number(accuracy.cityAgreement, decimals: 9)),
            ("reports_checked", .integer(accuracy.reportsChecked)),
            ("report_city_mismatches", .integer(accuracy.reportCityMismatches)),
            ("report_city_examples", .array(accuracy.cityMismatchExamples.map(cityMismatch))),
            ("missed_examples", .array(accuracy.missedExamples.map(example))),
            ("spurious_examples", .array(accuracy.spuriousExamples.map(example))),
        ])
    }

    private static func example(_ example: ExtractionAccuracy.Example) -> JSONValue {
        .object([
            ("document", .string(example.document)), ("city", .string(example.city)), ("raw", .string(example.raw)),
            ("value", .number(example.value)), ("unit", .string(example.unit)),
            ("sentence", .string(example.sentence)),
            ("parsed_in_sentence", .array(example.parsedInSentence.map(JSONValue.string))),
        ])
    }

    private static func cityMismatch(_ mismatch: ExtractionAccuracy.CityMismatch) -> JSONValue {
        .object([
            ("document", .string(mismatch.document)), ("expected", .string(mismatch.expected)),
            ("parsed", .string(mismatch.parsed)), ("role", .string(mismatch.role)),
        ])
    }

    private static func query(_ query: QueryTiming) -> JSONValue {
        .object([
            ("name", .string(query.query.name)), ("query", .string(query.query.text)),
            ("rows", .integer(query.answer.rows.count)), ("ms", timings(query.timings, scale: 1000)),
            ("answer", answer(query.answer)), ("direct_scan_ms", timings(query.referenceTimings, scale: 1000)),
            ("direct_scan_answer", answer(query.reference)),
        ])
    }

    /// A query's answer as columns and rows of values, to check the evaluator's answers against:
    /// figures by their exact base value (the low end of a range), empty cells as null.
    private static func answer(_ table: ResultTable) -> JSONValue {
        .object([
            ("columns", .array(table.columns.map(JSONValue.string))),
            ("rows", .array(table.rows.map { row in .array(row.map(cellValue)) })),
        ])
    }

    private static func cellValue(_ cell: Cell) -> JSONValue {
        switch cell {
        case .text(let text): .string(text)
        case .integer(let integer): .integer(integer)
        case .number(let number): .number(number)
        case .quantity(let quantity, _): .number(quantity.value)
        case .bool(let flag): .bool(flag)
        case .empty: .null
        }
    }

    private static func growth(_ row: GrowthRow) -> JSONValue {
        .object([
            ("measure", .string(row.name)),
            ("small_seconds_per_document", number(row.smallPerDocument, decimals: 9)),
            ("large_seconds_per_document", number(row.largePerDocument, decimals: 9)),
            ("ratio", number(row.ratio, decimals: 3)),
        ])
    }

    /// Median, min and max (times `scale`: 1000 for milliseconds) and the number of runs.
    private static func timings(_ timings: Timings, scale: Double) -> JSONValue {
        .object([
            ("median", number(timings.median * scale)), ("min", number(timings.min * scale)),
            ("max", number(timings.max * scale)), ("runs", .integer(timings.samples.count)),
        ])
    }

    /// A number rounded to `decimals` places (six by default) so the JSON stays readable.
    private static func number(_ value: Double, decimals: Int = 6) -> JSONValue {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return .number((value * scale).rounded() / scale)
    }
}
