import TallyKeys

/// Everything measured on one corpus size.
struct SizeResult: Sendable {
    /// The documents generated.
    var documents: Int
    /// Their total size in bytes.
    var bytes: Int
    /// The figures in the truth.
    var truthFigures: Int
    /// Seconds to generate the corpus in memory, and to write it to the folder.
    var generateSeconds: Double
    var writeSeconds: Double
    /// The folder, when it was kept (`--keep`).
    var keptFolder: String?
    /// Parse speed on one core and on all cores.
    var parseSingleCore: ParseThroughput
    var parseAllCores: ParseThroughput
    /// Loading the folder, with the corpus's memory.
    var load: LoadTiming
    /// The `tally` binary loading the folder and answering a query, beside the Python extractor, or
    /// why it could not run.
    var endToEnd: Result<EndToEndTiming, BenchFailure>
    /// Extraction against the truth.
    var accuracy: ExtractionAccuracy
    /// Seconds to prepare the loaded corpus for queries.
    var queryPrepareSeconds: Double
    /// Each query's timings (those of issue 5).
    var queries: [QueryTiming]
    /// Exporting every measure to CSV (issue 17).
    var export: ExportTiming
    /// The shelf across years the queries of issue 12 ran on (`YearsCorpus`).
    var yearsCorpus: YearsCorpusSize
    /// The timings of the queries across years.
    var yearQueries: [QueryTiming]
}

/// The size of the corpus across years: its reports, districts and measures.
struct YearsCorpusSize: Sendable {
    var documents: Int
    var districts: Int
    var measures: Int
}

/// The whole benchmark run.
struct BenchResult: Sendable {
    /// Where it ran.
    var machine: MachineInfo
    /// The corpus seed number.
    var seed: UInt64
    /// Start-up of the `tally` binary, or why it could not be measured.
    var startup: Result<StartupTiming, BenchFailure>
    /// The sizes measured, smallest first.
    var sizes: [SizeResult]
    /// The scores on the answer keys of real reports, or why they could not be read.
    var keys: Result<[KeyScore], BenchFailure>

    /// How cost grows from the smallest to the largest size, when two sizes differ.
    var growth: [GrowthRow] {
        guard let small = sizes.first, let large = sizes.last, large.documents > small.documents else { return [] }
        return GrowthRow.rows(small: small, large: large)
    }
}

/// How one cost grows between two corpus sizes: seconds per document at each, and their ratio
/// (1 is linear growth; above 1, worse than linear).
struct GrowthRow: Sendable {
    /// What was timed.
    var name: String
    /// Median seconds per document at the small and the large size.
    var smallPerDocument: Double
    var largePerDocument: Double

    /// Large per-document cost ÷ small per-document cost.
    var ratio: Double { smallPerDocument > 0 ? largePerDocument / smallPerDocument : 0 }

    /// The rows for parsing, loading, each query and the export.
    static func rows(small: SizeResult, large: SizeResult) -> [GrowthRow] {
        func row(_ name: String, _ seconds: (SizeResult) -> Double) -> GrowthRow {
            GrowthRow(
                name: name, smallPerDocument: seconds(small) / Double(small.documents),
                largePerDocument: seconds(large) / Double(large.documents))
        }
        var rows = [
            row("parse, 1 core") { $0.parseSingleCore.timings.median },
            row("parse, all cores") { $0.parseAllCores.timings.median },
            row("load folder") { $0.load.timings.median },
        ]
        for (position, query) in small.queries.enumerated() where position < large.queries.count {
            rows.append(row("query: " + query.query.name) { $0.queries[position].timings.median })
        }
        rows.append(row("export every measure to CSV") { $0.export.timings.median })
        return rows
    }
}
