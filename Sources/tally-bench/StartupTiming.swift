#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time from process start to the first result of the built `tally` binary on the bundled seeds,
/// and of `sqlite3` (when it is on `PATH`) answering `select 1` in the same run, the runs of the
/// two taking turns so that both see the same machine (`ChildProcess`): each timed to the first
/// byte it writes and to its exit.
struct StartupTiming: Sendable {
    /// The arguments `tally` is run with: one command on the bundled seeds, as issue 5 names it.
    static let arguments = ["-c", "cities"]
    /// The arguments `sqlite3` is run with: the least a database shell can answer.
    static let sqliteArguments = [":memory:", "select 1"]

    /// One program's times.
    struct Program: Sendable {
        /// The binary that was run.
        var executable: String
        /// The command line, for the report.
        var command: String
        /// From spawn to the first byte on standard output.
        var firstOutput: Timings
        /// From spawn to exit.
        var exit: Timings
    }

    /// `tally -c cities`.
    var tally: Program
    /// `sqlite3 :memory: "select 1"`; nil when `sqlite3` is not on `PATH`.
    var sqlite: Program?

    /// tally's median time to its first output over sqlite3's; nil without sqlite3.
    var ratioToSQLite: Double? {
        guard let sqlite, sqlite.firstOutput.median > 0 else { return nil }
        return tally.firstOutput.median / sqlite.firstOutput.median
    }

    /// The `tally` binary beside this one in the build folder.
    static func defaultExecutable() -> String {
        guard let path = ChildProcess.ownExecutable(), let slash = path.lastIndex(of: "/") else { return "tally" }
        return String(path[...slash]) + "tally"
    }

    /// The first executable `sqlite3` in the folders of `PATH`; nil when there is none.
    static func sqliteOnPath() -> String? { ChildProcess.onPath("sqlite3") }

    /// Runs `executable` and, when given, `sqlite` `runs` times each (at least once), in turns, and
    /// times each run.
    static func run(executable: String, sqlite: String? = sqliteOnPath(), runs: Int) throws(BenchFailure)
        -> StartupTiming
    {
        guard access(executable, X_OK) == 0 else {
            throw BenchFailure(
                "no tally binary at \(executable): build it first (swift build -c release --product tally)")
        }
        var tallyRuns: [ChildProcess.Run] = []
        var sqliteRuns: [ChildProcess.Run] = []
        for _ in 0..<max(runs, 1) {
            tallyRuns.append(try ChildProcess.run(executable, arguments))
            if let sqlite { sqliteRuns.append(try ChildProcess.run(sqlite, sqliteArguments)) }
        }
        return StartupTiming(
            tally: program(executable, name: "tally", arguments: arguments, tallyRuns),
            sqlite: sqlite.map { program($0, name: "sqlite3", arguments: sqliteArguments, sqliteRuns) })
    }

    private static func program(
        _ executable: String, name: String, arguments: [String], _ runs: [ChildProcess.Run]
    ) -> Program {
        let shown = arguments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
        return Program(
            executable: executable, command: ([name] + shown).joined(separator: " "),
            firstOutput: Timings(samples: runs.map(\.firstOutput)), exit: Timings(samples: runs.map(\.exit)))
    }

}
