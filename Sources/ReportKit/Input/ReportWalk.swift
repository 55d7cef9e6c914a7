import TallyText

extension ReportLoader {
    /// A file found by the walk, with its size from `stat`.
    struct FileToLoad: Sendable {
        var path: String
        var size: Int
    }

    /// The walk over the paths to load: the files to read in order, the failures, and — when
    /// confined to `roots` — the paths skipped because they lead outside them.
    struct Walk {
        /// The roots every path must really lie in, or nil for an unconfined walk.
        let roots: ReadRoots?
        private(set) var files: [FileToLoad] = []
        private(set) var failures: [Diagnostic] = []
        private(set) var skipped: [Diagnostic] = []
        /// The path the walk was at when a stop was asked for (Ctrl-C), after which it found nothing.
        private(set) var stoppedAt: String?
        /// The paths reached so far; the stop is asked every `stopStride` of them.
        private var reached = 0
        private static let stopStride = 256
        /// The folders entered, by device and inode, so that a link loop is entered once.
        private var visited = Set<[UInt64]>()

        init(roots: ReadRoots?) {
            self.roots = roots
        }

        /// Adds the files of `path`: the file itself when `named` or when it looks like a report, or
        /// the files of a folder, recursively (names starting with a dot left out); `shouldStop` is
        /// asked every `stopStride` paths, so a walk over a huge tree stops at Ctrl-C.
        mutating func collect(_ path: String, named: Bool, until shouldStop: () -> Bool) {
            guard stoppedAt == nil else { return }
            reached += 1
            if reached % Self.stopStride == 0 && shouldStop() {
                stoppedAt = path
                return
            }
            guard isInsideRoots(path) else { return }
            guard let entry = FileSystem.entry(at: path) else {
                fail(path, Phrase.cannotOpen(FileSystem.systemMessage()))
                return
            }
            switch entry.kind {
            case .file:
                if named || hasReportExtension(path) { files.append(FileToLoad(path: path, size: entry.size)) }
            case .directory:
                guard visited.insert([entry.device, entry.inode]).inserted else {
                    fail(path, Phrase.folderVisited())
                    return
                }
                switch FileSystem.list(path) {
                case .success(let names):
                    let base = path.hasSuffix("/") ? path : path + "/"
                    for name in names where !name.hasPrefix(".") {
                        collect(base + name, named: false, until: shouldStop)
                    }
                case .failure(let error):
                    fail(path, Phrase.cannotReadFolder(error.message))
                }
            case .other:
                // A named pipe, socket or device: never opened (a pipe would block), but listed when it
                // was named or looks like a report.
                if named || hasReportExtension(path) { fail(path, Phrase.notAFileOrFolder()) }
            }
        }

        /// Whether an unconfined walk, or `path` resolved lies inside the roots; when it does not,
        /// a warning says where it leads. A path that cannot be resolved passes, to fail as missing.
        private mutating func isInsideRoots(_ path: String) -> Bool {
            guard let roots, let real = ReadRoots.realPath(path), !roots.contains(realPath: real) else { return true }
            skipped.append(
                Diagnostic(
                    Phrase.safeSkippedOutside(real), at: SourceLocation(file: path, line: 1, column: 1),
                    severity: .warning))
            return false
        }

        private mutating func fail(_ path: String, _ message: String) {
            failures.append(Diagnostic(message, at: SourceLocation(file: path, line: 1, column: 1)))
        }

        private func hasReportExtension(_ path: String) -> Bool {
            ReportLoader.reportExtensions.contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
        }
    }
}
