import ReportKit
import TallySeeds

/// What a loaded corpus costs in memory, beyond its source text.
///
/// Method: the load runs in a fresh process (`tally-bench --load-memory FOLDER`), so that no heap
/// left over from the benchmark's own work (its generated corpus, the parse passes before) is
/// reused and hidden from the count; the process parses the bundled seed first, so that the fixed
/// cost of parsing at all (code paged in, keyword tables) is not counted. Just before the load,
/// freed heap memory is handed back to the system (`malloc_trim`), the resident set size (RSS) is
/// read and the kernel's peak counter is reset. After the load, with only the corpus alive (the
/// parsed documents and read buffers are gone), freed memory is handed back again and RSS is read
/// once more. The growth is the corpus; minus the bytes of the documents' text (the corpus keeps
/// one copy of each text, which every position refers to) it is the cost of the structure: measure
/// and sentence columns, reports, sections, interned strings, line starts. Divided by the number of
/// measures, that is the bytes per measure the target speaks of. RSS counts whole pages, so the
/// figure is exact to a few kilobytes over the whole corpus. As a cross-check, the measure columns
/// alone are counted from their capacities.
struct CorpusMemory: Sendable {
    /// The highest RSS during the load (read buffers, parsed documents and corpus at once), or of the
    /// whole process when the peak counter could not be reset.
    var peakBytes: Int
    /// Whether `peakBytes` covers the whole process rather than the load.
    var peakIsWholeProcess: Bool
    /// RSS after the load minus RSS before it.
    var residentGrowth: Int
    /// The bytes of the documents' text.
    var textBytes: Int
    /// The measures in the corpus.
    var measures: Int
    /// The bytes of the measure columns, from their capacities.
    var measureColumnBytes: Int
    /// What else the corpus holds per measure, to explain the rest: sentences, sections and
    /// distinct subjects (each an interned string with its dictionary entry).
    var sentences: Int
    var sections: Int
    var distinctSubjects: Int

    /// Bytes per measure beyond the source text, from RSS.
    var bytesPerMeasure: Double {
        measures > 0 ? Double(residentGrowth - textBytes) / Double(measures) : 0
    }

    /// Bytes per measure of the measure columns alone.
    var columnBytesPerMeasure: Double {
        measures > 0 ? Double(measureColumnBytes) / Double(measures) : 0
    }

    /// The memory of `corpus`, given the RSS growth and peak measured around its load.
    init(corpus: Corpus, residentGrowth: Int, peakBytes: Int, peakIsWholeProcess: Bool) {
        self.peakBytes = peakBytes
        self.peakIsWholeProcess = peakIsWholeProcess
        self.residentGrowth = residentGrowth
        textBytes = corpus.documents.reduce(0) { $0 + $1.text.count }
        measures = corpus.measures.count
        sentences = corpus.sentences.count
        sections = corpus.sections.count
        distinctSubjects = corpus.subjects.count
        let table = corpus.measures
        measureColumnBytes =
            Self.bytes(table.value) + table.high.storageBytes + Self.bytes(table.unit)
            + Self.bytes(table.kind) + Self.bytes(table.approximation) + Self.bytes(table.details)
            + Self.bytes(table.partOf) + Self.bytes(table.subject) + Self.bytes(table.document)
            + Self.bytes(table.report) + Self.bytes(table.section) + Self.bytes(table.sentence)
            + Self.bytes(table.rawStart) + Self.bytes(table.rawEnd)
    }

    /// The bytes an array's storage holds.
    private static func bytes<Element>(_ column: [Element]) -> Int {
        column.capacity * MemoryLayout<Element>.stride
    }
}

extension CorpusMemory {
    /// Loads `folder` in this process, which should have done nothing else, and measures the corpus.
    /// The bundled seed is parsed first, so that what every load costs once (the parser's code paged
    /// in, its keyword tables built) is not counted against the measures.
    static func ofLoad(_ folder: String) -> CorpusMemory {
        _ = ReportLoader.parse(BundledSeeds.files)
        MemoryProbe.releaseFreeMemory()
        let before = MemoryProbe.residentBytes()
        let peakWasReset = MemoryProbe.resetPeak()
        let corpus = ReportLoader.load(paths: [folder]).corpus
        let peak = MemoryProbe.peakBytes()
        MemoryProbe.releaseFreeMemory()
        return CorpusMemory(
            corpus: corpus, residentGrowth: MemoryProbe.residentBytes() - before, peakBytes: peak,
            peakIsWholeProcess: !peakWasReset)
    }

    /// The measurement as one line of `name=value` fields, as `--load-memory` prints it.
    var line: String {
        [
            ("peak", peakBytes), ("peak_whole", peakIsWholeProcess ? 1 : 0), ("growth", residentGrowth),
            ("text", textBytes), ("measures", measures), ("columns", measureColumnBytes), ("sentences", sentences),
            ("sections", sections), ("subjects", distinctSubjects),
        ].map { "\($0)=\($1)" }.joined(separator: " ")
    }

    /// The measurement `line` wrote; nil when a field is missing.
    init?(line: String) {
        var fields: [Substring: Int] = [:]
        for field in line.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = field.split(separator: "=")
            guard parts.count == 2, let value = Int(parts[1]) else { return nil }
            fields[parts[0]] = value
        }
        guard let peak = fields["peak"], let peakWhole = fields["peak_whole"], let growth = fields["growth"],
            let text = fields["text"], let measures = fields["measures"], let columns = fields["columns"],
            let sentences = fields["sentences"], let sections = fields["sections"], let subjects = fields["subjects"]
        else { return nil }
        (peakBytes, peakIsWholeProcess, residentGrowth, textBytes) = (peak, peakWhole == 1, growth, text)
        (self.measures, measureColumnBytes, self.sentences, self.sections) = (measures, columns, sentences, sections)
        distinctSubjects = subjects
    }

    /// `ofLoad(folder)` in a fresh process of this program.
    static func inFreshProcess(_ folder: String) throws(BenchFailure) -> CorpusMemory {
        guard let bench = ChildProcess.ownExecutable() else {
            throw BenchFailure("cannot find tally-bench's own binary to measure the load's memory")
        }
        let run = try ChildProcess.run(bench, ["--load-memory", folder])
        let output = String(decoding: run.output, as: UTF8.self)
        guard let memory = CorpusMemory(line: output) else {
            throw BenchFailure("tally-bench --load-memory printed no measurement: \(output)")
        }
        return memory
    }
}
