#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running another program once, as the start-up and end-to-end timings do: spawned with
/// `posix_spawn`, standard input from `/dev/null`, standard error discarded, standard output read
/// through a pipe and timed to its first byte and to the program's exit.
enum ChildProcess {
    /// One run of a program.
    struct Run: Sendable {
        /// Seconds from spawn to the first byte on standard output (to exit when it wrote nothing).
        var firstOutput: Double
        /// Seconds from spawn to exit.
        var exit: Double
        /// Everything it wrote to standard output.
        var output: [UInt8]
    }

    /// The first executable `name` in the folders of `PATH`; nil when there is none.
    static func onPath(_ name: String) -> String? {
        guard let path = getenv("PATH") else { return nil }
        return String(cString: path).split(separator: ":").map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
    }

    /// This program's own binary (`/proc/self/exe`), or nil when it cannot be read.
    static func ownExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs `executable` with `arguments` and waits for it; a program that cannot start, is killed
    /// or exits with a status other than 0 is an error.
    static func run(_ executable: String, _ arguments: [String]) throws(BenchFailure) -> Run {
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
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            if firstOutput == nil { firstOutput = Clock.seconds() - start }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exit = Clock.seconds() - start
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return Run(firstOutput: firstOutput ?? exit, exit: exit, output: output)
    }
}
