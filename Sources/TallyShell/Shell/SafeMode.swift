/// Safe mode, for running scripts you did not write (`--safe`, `.safe on`): no file is written
/// (`.output`, `.once`, a step transcript, the history), no file is read outside the files and
/// folders named on tally's command line, and no start-up file runs. Once on, it stays on.
public struct SafeMode: Sendable, Equatable {
    /// Whether safe mode is on.
    public private(set) var isOn = false
    /// The real paths (links resolved) of the files and folders named on the command line.
    public private(set) var readablePaths: [String] = []

    /// Safe mode, off, knowing the paths named on the command line (script files and `--data`
    /// paths) for when it is turned on.
    public init(namedPaths: [String] = []) {
        readablePaths = namedPaths.compactMap(RealPath.resolved)
    }

    /// Turns safe mode on for the rest of the run.
    public mutating func turnOn() {
        isOn = true
    }

    /// Whether safe mode lets a command read `path`: always when it is off; when on, only a path
    /// named on the command line or inside a folder that was (after resolving links, so `..` and
    /// symbolic links cannot lead out).
    public func allowsReading(_ path: String) -> Bool {
        guard isOn else { return true }
        guard let real = RealPath.resolved(path) else { return false }
        return readablePaths.contains { allowed in
            real == allowed || real.hasPrefix(allowed.hasSuffix("/") ? allowed : allowed + "/")
        }
    }
}
