import Dispatch
import Synchronization

/// Loads report files and folders into a corpus, parsing in parallel, and lists every file that could
/// not be loaded with its reason; one bad file never stops the others.
///
/// Memory stays bounded: files are read and parsed a batch at a time (at most `batchBytes` of file
/// bytes, or one file larger than that), and each parsed document joins the corpus — which keeps
/// only its text and columns — before the next batch is read. Peak memory is the corpus plus one
/// batch, however many files a folder holds.
public enum ReportLoader {
    /// File name endings loaded from folders (a file named directly is always tried).
    public static let reportExtensions: Set<String> = ["txt", "text", "html", "htm"]

    /// The file bytes read and parsed at once, at most (unless one file is larger).
    public static let batchBytes = 32 << 20

    /// What loading produced: the corpus and the failures.
    public struct Outcome: Sendable {
        /// The documents loaded, in the order of the paths (folders in name order).
        public var corpus: Corpus
        /// One diagnostic per file or path that could not be loaded.
        public var failures: [Diagnostic]
    }

    /// Loads files and folders (recursively; symbolic link loops are detected) into a new corpus.
    public static func load(paths: [String]) -> Outcome {
        var corpus = Corpus()
        let failures = load(paths: paths, into: &corpus)
        return Outcome(corpus: corpus, failures: failures)
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
    }

    /// `load(paths:into:until:)`, also saying which files were loaded already and added nothing.
    public static func add(
        paths: [String], to corpus: inout Corpus, until shouldStop: () -> Bool = { false }
    ) -> Addition {
        add(paths: paths, to: &corpus, batchBytes: batchBytes, until: shouldStop)
    }

    /// `load(paths:into:until:)` with batches of at most `batchBytes` of files (one file when larger).
    static func load(
        paths: [String], into corpus: inout Corpus, batchBytes: Int, until shouldStop: () -> Bool = { false }
    ) -> [Diagnostic] {
        add(paths: paths, to: &corpus, batchBytes: batchBytes, until: shouldStop).failures
    }

    private static func add(
        paths: [String], to corpus: inout Corpus, batchBytes: Int, until shouldStop: () -> Bool
    ) -> Addition {
        var addition = Addition()
        var files: [FileToLoad] = []
        var visited = Set<[UInt64]>()
        for path in paths {
            collect(path, named: true, into: &files, failures: &addition.failures, visited: &visited)
        }
        var batchStart = 0
        while batchStart < files.count {
            if shouldStop() {
                let left = files.count - batchStart
                addition.failures.append(
                    Diagnostic(
                        "interrupted: \(HumanNumber.grouped(Double(left))) \(left == 1 ? "file was" : "files were") not loaded",
                        at: SourceLocation(file: files[batchStart].path, line: 1, column: 1)))
                break
            }
            var batchEnd = batchStart + 1
            var bytes = files[batchStart].size
            while batchEnd < files.count && bytes + files[batchEnd].size <= batchBytes {
                bytes += files[batchEnd].size
                batchEnd += 1
            }
            for result in parseInParallel(Array(files[batchStart..<batchEnd])) {
                switch result {
                case .success(let document):
                    if !corpus.add(document) { addition.alreadyLoaded.append(document.name) }
                case .failure(let diagnostic): addition.failures.append(diagnostic)
                }
            }
            batchStart = batchEnd
        }
        corpus.trimCapacity()
        return addition
    }

    /// Parses in-memory files (such as the bundled seeds) in parallel, in order.
    public static func parse(_ files: [(name: String, bytes: [UInt8])]) -> [Result<ParsedDocument, Diagnostic>] {
        parallelMap(files.count) { ReportParser.parse(name: files[$0].name, bytes: files[$0].bytes) }
    }

    /// A file found while collecting, with its size from `stat`.
    private struct FileToLoad: Sendable {
        var path: String
        var size: Int
    }

    /// Reads and parses files on all cores; a file too large to parse is not read.
    private static func parseInParallel(_ files: [FileToLoad]) -> [Result<ParsedDocument, Diagnostic>] {
        parallelMap(files.count) { index in
            let path = files[index].path
            guard files[index].size <= ReportParser.maximumFileBytes else {
                return .failure(ReportParser.tooLarge(name: path, size: files[index].size))
            }
            switch FileSystem.read(path) {
            case .success(let bytes):
                return ReportParser.parse(name: path, bytes: bytes)
            case .failure(let error):
                return .failure(
                    Diagnostic("cannot read file: \(error.message)", at: SourceLocation(file: path, line: 1, column: 1))
                )
            }
        }
    }

    /// `transform` applied to 0..<count on all cores, results in index order.
    private static func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Mutex([T?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(index)
            slots.withLock { $0[index] = value }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }

    private static func collect(
        _ path: String, named: Bool, into files: inout [FileToLoad], failures: inout [Diagnostic],
        visited: inout Set<[UInt64]>
    ) {
        guard let entry = FileSystem.entry(at: path) else {
            failures.append(
                Diagnostic(
                    "cannot open: \(FileSystem.systemMessage())", at: SourceLocation(file: path, line: 1, column: 1)))
            return
        }
        switch entry.kind {
        case .file:
            if named || hasReportExtension(path) { files.append(FileToLoad(path: path, size: entry.size)) }
        case .directory:
            guard visited.insert([entry.device, entry.inode]).inserted else {
                failures.append(
                    Diagnostic(
                        "skipped: folder already visited (a symbolic link loop)",
                        at: SourceLocation(file: path, line: 1, column: 1)))
                return
            }
            switch FileSystem.list(path) {
            case .success(let names):
                let base = path.hasSuffix("/") ? path : path + "/"
                for name in names where !name.hasPrefix(".") {
                    collect(base + name, named: false, into: &files, failures: &failures, visited: &visited)
                }
            case .failure(let error):
                failures.append(
                    Diagnostic(
                        "cannot read folder: \(error.message)", at: SourceLocation(file: path, line: 1, column: 1)))
            }
        case .other:
            // A named pipe, socket or device: never opened (a pipe would block), but listed when it
            // was named or looks like a report.
            if named || hasReportExtension(path) {
                failures.append(Diagnostic("not a file or folder", at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
    }

    private static func hasReportExtension(_ path: String) -> Bool {
        reportExtensions.contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
    }
}
