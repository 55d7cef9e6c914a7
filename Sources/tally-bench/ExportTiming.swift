import ReportKit
import TallyQuery

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exporting every measure to CSV as `.output FILE` does in the shell: `measures | format csv` run
/// through the query engine and written to a file in the scratch folder as its rows are rendered,
/// in chunks (`CommandOutput.write`). Issue 17's target: under a second for a million measures,
/// memory flat.
///
/// Memory: before each run freed heap memory is handed back (`malloc_trim`), RSS is read and the
/// kernel's peak counter reset; the growth is the highest RSS during the run minus RSS before it,
/// the largest of the runs. Streaming keeps it at the buffers of one chunk, whatever the rows.
struct ExportTiming: Sendable {
    /// The statement timed.
    static let statement = "measures | format csv"

    /// The duration of each export, from the statement to the last byte written.
    var timings: Timings
    /// The rows exported (every measure).
    var rows: Int
    /// The size of the CSV file.
    var bytes: Int
    /// The largest growth of RSS during an export.
    var peakGrowth: Int
    /// Whether `peakGrowth` is from the whole process's peak (the peak counter could not be reset).
    var peakIsWholeProcess: Bool

    /// Exports every measure of `corpus` to `export.csv` in `folder` `runs` times (at least once).
    static func run(on corpus: Corpus, in folder: ScratchFolder, runs: Int) throws(BenchFailure) -> ExportTiming {
        var session = Session(corpus: corpus)
        var samples: [Double] = []
        var bytes = 0
        var peakGrowth = 0
        var peakIsWholeProcess = false
        for _ in 0..<max(runs, 1) {
            let descriptor = try folder.create("export.csv")
            defer { close(descriptor) }
            MemoryProbe.releaseFreeMemory()
            let before = MemoryProbe.residentBytes()
            peakIsWholeProcess = !MemoryProbe.resetPeak() || peakIsWholeProcess
            let start = Clock.seconds()
            bytes = try export(with: &session, to: descriptor)
            samples.append(Clock.seconds() - start)
            peakGrowth = max(peakGrowth, MemoryProbe.peakBytes() - before)
        }
        return ExportTiming(
            timings: Timings(samples: samples), rows: corpus.measures.count, bytes: bytes, peakGrowth: peakGrowth,
            peakIsWholeProcess: peakIsWholeProcess)
    }

    /// One export to `descriptor`; returns the bytes written.
    private static func export(with session: inout Session, to descriptor: Int32) throws(BenchFailure) -> Int {
        let output: CommandOutput
        do {
            output = try session.run(statement)
        } catch {
            throw BenchFailure("\(statement): \(error.message)")
        }
        var bytes = 0
        let written = output.write { chunk in
            var chunk = chunk
            bytes += chunk.utf8.count
            return chunk.withUTF8 { ScratchFolder.writeAll($0, to: descriptor) }
        }
        guard written else { throw BenchFailure("cannot write the export: \(SystemText.errorMessage())") }
        return bytes
    }
}
