#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time from process start to the first result of the built `tally` binary on the bundled seeds,
/// and of `sqlite3` (when it is on `PATH`) answering `select 1` in the same run, the runs of the
/// two taking turns so that both see the same machine: each spawned with `posix_spawn`, timed to
/// the first byte it writes and to its exit.
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
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return "tally" }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return "tally" }
        return String(path[...slash]) + "tally"
    }

    /// The first executable `sqlite3` in the folders of `PATH`; nil when there is none.
    static func sqliteOnPath() -> String? {
        guard let path = getenv("PATH") else { return nil }
        return String(cString: path).split(separator: ":").map { $0 + "/sqlite3" }.first { access($0, X_OK) == 0 }
    }

    /// Runs `executable` and, when given, `sqlite` `runs` times each (at least once), in turns, and
    /// times each run.
    static func run(executable: String, sqlite: String? = sqliteOnPath(), runs: Int) throws(BenchFailure)
        -> StartupTiming
    {
        guard access(executable, X_OK) == 0 else {
            throw BenchFailure(
                "no tally binary at \(executable): build it first (swift build -c release --product tally)")
        }
        var tallyTimes: [(firstOutput: Double, exit: Double)] = []
        var sqliteTimes: [(firstOutput: Double, exit: Double)] = []
        for _ in 0..<max(runs, 1) {
            tallyTimes.append(try spawnOnce(executable, arguments))
            if let sqlite { sqliteTimes.append(try spawnOnce(sqlite, sqliteArguments)) }
        }
        return StartupTiming(
            tally: program(executable, name: "tally", arguments: arguments, tallyTimes),
            sqlite: sqlite.map { program($0, name: "sqlite3", arguments: sqliteArguments, sqliteTimes) })
    }

    private static func program(
        _ executable: String, name: String, arguments: [String], _ times: [(firstOutput: Double, exit: Double)]
    ) -> Program {
        let shown = arguments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
        return Program(
            executable: executable, command: ([name] + shown).joined(separator: " "),
            firstOutput: Timings(samples: times.map(\.firstOutput)), exit: Timings(samples: times.map(\.exit)))
    }

    /// One run: seconds to the first byte of output and to exit.
    private static func spawnOnce(_ executable: String, _ arguments: [String]) throws(BenchFailure) -> (
        firstOutput: Double, exit: Double
    ) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw BenchFailure("cannot create a pipe: \(SystemText.errorMessage())") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var child = pid_t()
        let start = Clock.seconds()
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(ends[1])
        defer { close(ends[0]) }
        guard spawned == 0 else {
            throw BenchFailure("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var firstOutput: Double?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            if firstOutput == nil { firstOutput = Clock.seconds() - start }
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exit = Clock.seconds() - start
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return (firstOutput ?? exit, exit)
    }
}
