import Foundation

/// Runs a program to completion with clean signals: nothing blocked, every handler the default.
/// Standard input is `/dev/null`; standard output and error go to a temporary file.
///
/// Foundation's `Process` passes on the calling thread's signal mask (test threads block SIGINT,
/// SIGTERM, SIGCHLD…). A tmux server started that way ignores `kill-server` and its panes cannot be
/// interrupted with Ctrl-C. It also keeps a copy of an output pipe open, so reading the pipe to its
/// end never finishes; a file has no end to wait for. Hence this small `posix_spawn` wrapper.
enum CleanProcess {
    /// How a run ended.
    struct Outcome {
        /// The exit status, or nil when the program was killed or could not be started.
        var status: Int32?
        /// Standard output and standard error, interleaved.
        var output: String
    }

    /// Runs `executable` with `arguments` and `environment`, waiting at most `timeout` before killing it;
    /// with `interruptAfter`, sends it SIGINT (as Ctrl-C would) that long after it started.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], timeout: Duration,
        interruptAfter: Duration? = nil
    ) -> Outcome {
        var template = Array((NSTemporaryDirectory() + "tally-process-XXXXXX").utf8CString)
        let outputDescriptor = mkstemp(&template)
        guard outputDescriptor >= 0 else { return Outcome(status: nil, output: "cannot create an output file") }
        let outputPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer {
            close(outputDescriptor)
            unlink(outputPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputDescriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, outputDescriptor, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for argument in argv + envp { free(argument) }
        }
        var pid: pid_t = 0
        let spawnError = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawnError == 0 else {
            return Outcome(status: nil, output: "cannot start \(executable): \(String(cString: strerror(spawnError)))")
        }

        if let interruptAfter {
            let (seconds, attoseconds) = interruptAfter.components
            usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
            kill(pid, SIGINT)
        }
        let status = wait(for: pid, timeout: timeout)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Outcome(status: status, output: output)
    }

    /// Waits for `pid` to end, killing it after `timeout`; its exit status, or nil if it did not exit normally.
    private static func wait(for pid: pid_t, timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return nil }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return nil
            }
            usleep(5_000)
        }
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }
}
