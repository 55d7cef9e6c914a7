#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time from process start to the first result of the built `tally` binary on the bundled seeds:
/// spawned with `posix_spawn`, timed to the first byte it writes and to its exit.
struct StartupTiming: Sendable {
    /// The arguments `tally` is run with: one command on the bundled seeds, as issue 5 names it.
    static let arguments = ["-c", "cities"]

    /// The binary that was run.
    var executable: String
    /// The command line, for the report (`tally parse --format jsonl`).
    var command: String
    /// From spawn to the first byte on standard output.
    var firstOutput: Timings
    /// From spawn to exit.
    var exit: Timings

    /// The `tally` binary beside this one in the build folder.
    static func defaultExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return "tally" }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return "tally" }
        return String(path[...slash]) + "tally"
    }

    /// Runs `executable` `runs` times (at least once) and times each run.
    static func run(executable: String, runs: Int) throws(BenchFailure) -> StartupTiming {
        guard access(executable, X_OK) == 0 else {
            throw BenchFailure(
                "no tally binary at \(executable): build it first (swift build -c release --product tally)")
        }
        var first: [Double] = []
        var exit: [Double] = []
        for _ in 0..<max(runs, 1) {
            let times = try spawnOnce(executable)
            first.append(times.firstOutput)
            exit.append(times.exit)
        }
        return StartupTiming(
            executable: executable, command: (["tally"] + arguments).joined(separator: " "),
            firstOutput: Timings(samples: first), exit: Timings(samples: exit))
    }

    /// One run: seconds to the first byte of output and to exit.
    private static func spawnOnce(_ executable: String) throws(BenchFailure) -> (firstOutput: Double, exit: Double) {
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
