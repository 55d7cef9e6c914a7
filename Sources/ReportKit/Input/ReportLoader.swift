import Dispatch
import Synchronization
import TallyText

/// Loads report files and folders into a corpus, parsing in parallel, and lists every file that could
/// not be loaded with its reason; one bad file never stops the others.
///
/// Memory stays bounded: files are read and parsed a batch at a time (at most `batchBytes` of file
/// bytes, or one file larger than that), and each parsed document joins the corpus — which keeps
/// only its text and columns — while the next batch is parsed. Peak memory is the corpus plus two
/// batches, however many files a folder holds.
///
/// A confined load (safe mode: `within` some `ReadRoots`) resolves every path it reaches — named,
/// or found by the folder walk through links — and reads only those that really lie inside a root;
/// each other one is skipped with a warning naming where it leads.
public enum ReportLoader {
    /// File name endings loaded from folders (a file named directly is always tried).
    public static let reportExtensions: Set<String> = ["txt", "text", "html", "htm"]

    /// The file bytes read and parsed at once, at most (unless one file is larger). Small enough that
    /// the two batches in flight add little to the peak (at 10,000 documents, 32 MB batches peaked at
    /// 474–493 MB, 8 MB ones at 419–421 MB, loading as fast), large enough to keep every core busy.
    public static let batchBytes = 8 << 20

    /// What loading produced: the corpus and the failures.
    public struct Outcome: Sendable {
        /// The documents loaded, in the order of the paths (folders in name order).
        public var corpus: Corpus
        /// One diagnostic per file or path that could not be loaded.
        public var failures: [Diagnostic]
        /// One warning per path a confined load did not read because it leads outside its roots.
        public var skipped: [Diagnostic] = []
    }

    /// Loads files and folders (recursively; symbolic link loops are detected) into a new corpus;
    /// with `roots`, only what lies inside them (see `ReadRoots`). `shouldStop` is asked before
    /// each batch, as in `load(paths:into:until:)`.
    public static func load(
        paths: [String], within roots: ReadRoots? = nil, until shouldStop: () -> Bool = { false }
    ) -> Outcome {
        var corpus = Corpus()
        let addition = add(paths: paths, to: &corpus, within: roots, until: shouldStop)
        return Outcome(corpus: corpus, failures: addition.failures, skipped: addition.skipped)
    }

    /// Adds the documents of files and folders to `corpus`, in path order; returns the failures (files
    /// and paths that could not be loaded, in path order). `shouldStop` is asked before each batch;
    /// when it says yes, the files not yet read are left out and the last failure says how many.
    public static func load(
        paths: [String], into corpus: inout Corpus, until shouldStop: () -> Bool = { false }
    ) -> [Diagnostic] {
        add(paths: paths, to: &corpus, until: shouldStop).failures
    }

    /// What adding files to a corpus did: the files that failed, and those left out because the
    /// same bytes were loaded already.
    public struct Addition: Sendable {
        /// One diagnostic per file or path that could not be loaded.
        public var failures: [Diagnostic] = []
        /// The files whose bytes were loaded already (under this name or another), in path order.
        public var alreadyLoaded: [String] = []
        /// One warning per path a confined load did not read because it leads outside its roots.
        public var skipped: [Diagnostic] = []
    }

    /// `load(paths:into:until:)`, also saying which files were loaded already and added nothing;
    /// with `roots`, only what lies inside them is read (see `ReadRoots`).
    public static func add(
        paths: [String], to corpus: inout Corpus, within roots: ReadRoots? = nil,
        until shouldStop: () -> Bool = { false }
    ) -> Addition {
        add(paths: paths, to: &corpus, batchBytes: batchBytes, within: roots, until: shouldStop)
    }

    /// `load(paths:into:until:)` with batches of at most `batchBytes` of files (one file when larger).
    static func load(
        paths: [String], into corpus: inout Corpus, batchBytes: Int, until shouldStop: () -> Bool = { false }
    ) -> [Diagnostic] {
        add(paths: paths, to: &corpus, batchBytes: batchBytes, within: nil, until: shouldStop).failures
    }

    private static func add(
        paths: [String], to corpus: inout Corpus, batchBytes: Int, within roots: ReadRoots?,
        until shouldStop: () -> Bool
    ) -> Addition {
        var addition = Addition()
        var walk = Walk(roots: roots)
        for path in paths { walk.collect(path, named: true, until: shouldStop) }
        let files = walk.files
        addition.failures = walk.failures
        addition.skipped = walk.skipped
        if let path = walk.stoppedAt {
            addition.failures.append(
                Diagnostic(Phrase.loadInterruptedWalk(), at: SourceLocation(file: path, line: 1, column: 1)))
            return addition
        }
        // The batches, each at most `batchBytes` of files (or one larger file).
        var batches: [Range<Int>] = []
        var batchStart = 0
        while batchStart < files.count {
            var batchEnd = batchStart + 1
            var bytes = files[batchStart].size
            while batchEnd < files.count && bytes + files[batchEnd].size <= batchBytes {
                bytes += files[batchEnd].size
                batchEnd += 1
            }
            batches.append(batchStart..<batchEnd)
            batchStart = batchEnd
        }
        // A pipeline: while the main thread adds one batch to the corpus, the next is parsed.
        var next = 0
        func start() -> ParallelParse? {
            guard next < batches.count, !shouldStop() else { return nil }
            defer { next += 1 }
            return ParallelParse(Array(files[batches[next]]))
        }
        var parsing = start()
        var added = 0
        while let batch = parsing {
            let results = batch.results(until: shouldStop)
            let complete = results.count == batch.count
            parsing = complete ? start() : nil
            for result in results {
                switch result {
                case .success(let document):
                    if !corpus.add(document) { addition.alreadyLoaded.append(document.name) }
                case .failure(let diagnostic): addition.failures.append(diagnostic)
                }
            }
            added += results.count
            if !complete { break }
        }
        if added < files.count {
            addition.failures.append(notLoaded(files.count - added, at: files[added].path))
        }
        corpus.trimCapacity()
        return addition
    }

    /// Parses in-memory files (such as the bundled seeds) in parallel, in order.
    public static func parse(_ files: [(name: String, bytes: [UInt8])]) -> [Result<ParsedDocument, Diagnostic>] {
        Parallel.map(files.count) { ReportParser.parse(name: files[$0].name, bytes: files[$0].bytes) }
    }

    /// The failure saying Ctrl-C left `count` files unloaded, at `path` (the first of them, or where
    /// the folder walk stopped).
    private static func notLoaded(_ count: Int, at path: String) -> Diagnostic {
        Diagnostic(
            count == 1 ? Phrase.loadInterruptedOne() : Phrase.loadInterruptedMany(HumanNumber.grouped(Double(count))),
            at: SourceLocation(file: path, line: 1, column: 1))
    }

    /// One batch of files read and parsed on all cores, on other threads from the moment it is made;
    /// a file too large to parse is not read. `results(until:)` waits for them.
    private final class ParallelParse: Sendable {
        /// The files in the batch.
        let count: Int
        private let stopped = Atomic<Bool>(false)
        /// The results, nil for a file left out after a stop; filled when the batch is done.
        private let parsed = Mutex<[Result<ParsedDocument, Diagnostic>?]>([])
        private let done = DispatchSemaphore(value: 0)

        init(_ files: [FileToLoad]) {
            count = files.count
            let language = Language.current
            DispatchQueue.global().async { [self] in
                let results = Language.$current.withValue(language) {
                    Parallel.map(files.count) { index in self.isStopped ? nil : ReportLoader.parse(files[index]) }
                }
                parsed.withLock { $0 = results }
                done.signal()
            }
        }

        private var isStopped: Bool { stopped.load(ordering: .relaxed) }

        /// Waits for the batch, asking `shouldStop` every 10 ms; once it says yes, files not yet
        /// started are left out, and the results are those of the files before the first one left out.
        func results(until shouldStop: () -> Bool) -> [Result<ParsedDocument, Diagnostic>] {
            while done.wait(timeout: .now() + .milliseconds(10)) == .timedOut {
                if !isStopped && shouldStop() { stopped.store(true, ordering: .relaxed) }
            }
            return parsed.withLock { parsed in Array(parsed.prefix { $0 != nil }.compactMap { $0 }) }
        }
    }

    /// One file read and parsed; a file too large to parse is not read.
    private static func parse(_ file: FileToLoad) -> Result<ParsedDocument, Diagnostic> {
        let path = file.path
        guard file.size <= ReportParser.maximumFileBytes else {
            return .failure(ReportParser.tooLarge(name: path, size: file.size))
        }
        switch FileSystem.read(path) {
        case .success(let bytes):
            return ReportParser.parse(name: path, bytes: bytes)
        case .failure(let error):
            return .failure(
                Diagnostic(Phrase.cannotReadFile(error.message), at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }
}
