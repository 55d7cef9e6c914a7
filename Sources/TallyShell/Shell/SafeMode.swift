import ReportKit

/// Safe mode, for running scripts you did not write (`--safe`, `.safe on`): no file is written
/// (`.output`, `.once`, `.save`, a step transcript, the history), no file is read outside the files
/// and folders named on tally's command line — the roots — and no start-up file runs. Every path is
/// judged by where it really leads (links and `..` resolved), also each file a folder walk reaches.
/// Once on, it stays on.
public struct SafeMode: Sendable, Equatable {
    /// Whether safe mode is on.
    public private(set) var isOn = false
    /// The files and folders named on the command line, as real paths.
    public let roots: ReadRoots

    /// Safe mode, off, knowing the paths named on the command line (script files and `--data`
    /// paths) for when it is turned on.
    public init(namedPaths: [String] = []) {
        roots = ReadRoots(namedPaths)
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
        return roots.allows(path)
    }
}
