import Foundation

/// A command running in a detached tmux session of its own, for end-to-end tests through a real
/// terminal: type into it, press keys, read the screen, the cursor column and the exit status.
///
/// Each session uses its own tmux server (`tmux -L <unique socket>`), which is killed when the
/// session is released. Every wait has a timeout, so a stuck program fails the test instead of
/// hanging it. Guard tests with `.enabled(if: TmuxSession.isAvailable)`.
final class TmuxSession {
    /// Why a tmux interaction failed.
    enum Failure: Error, CustomStringConvertible {
        /// tmux itself reported an error or did not answer in time.
        case tmuxFailed(arguments: [String], output: String)
        /// The screen did not show the expected text in time.
        case timedOut(waitingFor: String, screen: String)

        var description: String {
            switch self {
            case .tmuxFailed(let arguments, let output):
                return "tmux \(arguments.joined(separator: " ")) failed: \(output)"
            case .timedOut(let text, let screen):
                return "timed out waiting for \"\(text)\"; the screen shows:\n\(screen)"
            }
        }
    }

    /// The tmux program: the first `tmux` on `PATH`, else `/usr/bin/tmux`; nil when there is none.
    static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin"]).map { $0 + "/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether tmux is installed, so that terminal tests can run.
    static var isAvailable: Bool { executable != nil }

    /// The name of this session's tmux server socket.
    let socket: String
    /// Where that socket lives, removed with the server (tmux leaves it behind).
    private var socketPath: String?
    private static let target = "test"

    /// Starts `command` (a shell command line) in a new `width`×`height` terminal.
    ///
    /// The command runs under `/bin/sh` with `LANG=C.UTF-8` (and `LC_ALL`/`LC_CTYPE`/`LC_MESSAGES` unset, so texts are English unless `environment` sets `LANG`) plus
    /// `environment`. When it ends, the shell prints `[exit <status>]` and keeps the pane open, so
    /// the screen stays readable and `waitForExit` can report the status.
    init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "tally-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let exports = (["LANG": "C.UTF-8"].merging(environment) { $1 })
            .sorted { $0.key < $1.key }
            .map { "export \($0.key)=\(Self.shellQuoted($0.value)); " }
            .joined()
        // `trap : INT` keeps the wrapping shell alive through Ctrl-C (a trap with a command, unlike
        // an ignored signal, is reset to the default in the command it starts).
        let script =
            "trap : INT; unset LC_ALL LC_CTYPE LC_MESSAGES; \(exports)\(command)\n"
            + "echo \"[exit $?]\"; exec sleep 3600"
        // remain-on-exit keeps the screen readable even if the wrapping shell dies after all.
        try tmux([
            "set-option", "-g", "remain-on-exit", "on", ";",
            // Room for every line of a long transcript (`transcript()`).
            "set-option", "-g", "history-limit", "100000", ";",
            "new-session", "-d", "-s", Self.target, "-x", String(width), "-y", String(height),
            "--", "/bin/sh", "-c", script,
        ])
        socketPath = try? tmux(["display-message", "-p", "#{socket_path}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    /// Types `text` literally (UTF-8, no key names), as if pasted key by key.
    func send(text: String) throws {
        try tmux(["send-keys", "-t", Self.target, "-l", "--", text])
    }

    /// Pastes `text` as a terminal paste does: all at once, each line break sent as Enter; when
    /// `bracketed`, between ESC[200~ and ESC[201~ if the program asked for bracketed paste.
    func paste(_ text: String, bracketed: Bool = false) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-t", Self.target] + (bracketed ? ["-p"] : []))
    }

    /// Presses keys by tmux name: `Tab`, `Enter`, `Up`, `Down`, `Left`, `Right`, `C-c`, `C-d`, `C-a`, …
    func press(_ keys: String...) throws {
        try press(contentsOf: keys)
    }

    /// Presses the keys of `keys` by tmux name, in order.
    func press(contentsOf keys: [String]) throws {
        try tmux(["send-keys", "-t", Self.target] + keys)
    }

    /// The visible screen: one line per row, trailing spaces and trailing empty rows removed.
    func screen() throws -> String {
        let raw = try tmux(["capture-pane", "-p", "-t", Self.target])
        var rows = raw.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    /// Everything the pane has shown, scrolled-off lines included, oldest first: lines the terminal
    /// wrapped joined again, trailing spaces and trailing empty rows removed.
    func transcript() throws -> String {
        let raw = try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", Self.target])
        var rows = raw.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    /// The cursor's column (0-based), as tmux counts it: a CJK character takes two columns.
    var cursorX: Int {
        get throws { try number("#{cursor_x}") }
    }

    /// The pane's title, as the program in it set it (with OSC 0 or 2) or tmux's default.
    var paneTitle: String {
        get throws {
            try tmux(["display-message", "-p", "-t", Self.target, "#{pane_title}"])
                .trimmingCharacters(in: .newlines)
        }
    }

    /// The cursor's row (0-based).
    var cursorY: Int {
        get throws { try number("#{cursor_y}") }
    }

    /// Waits until the screen contains `text`, checking every 50 ms, and returns that screen.
    /// Throws `Failure.timedOut` (with the last screen) after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try poll(describing: text, timeout: timeout) { $0.contains(text) ? $0 : nil }
    }

    /// The process of the command (the child of the pane's shell), while it runs.
    var commandProcessID: Int32 {
        get throws {
            let shell = try number("#{pane_pid}")
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            guard let first = children.split(separator: " ").first, let pid = Int32(first) else {
                throw Failure.tmuxFailed(arguments: ["children of \(shell)"], output: children)
            }
            return pid
        }
    }

    /// The highest resident memory of the command so far (`VmHWM`), in bytes.
    var commandPeakMemory: Int {
        get throws {
            let pid = try commandProcessID
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.dropFirst(6).filter(\.isNumber))
            else { throw Failure.tmuxFailed(arguments: ["VmHWM of \(pid)"], output: status) }
            return kilobytes * 1024
        }
    }

    /// Waits until `condition` holds for the screen, checking every 50 ms, and returns that screen.
    /// Throws `Failure.timedOut` (naming `description`, with the last screen) after `timeout`.
    @discardableResult
    func waitUntil(_ description: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool) throws
        -> String
    {
        try poll(describing: description, timeout: timeout) { condition($0) ? $0 : nil }
    }

    /// Waits until the command has ended and returns its exit status (128 + n after signal n).
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        try poll(describing: "[exit …]", timeout: timeout) { screen in
            guard let marker = screen.range(of: "[exit ", options: .backwards) else { return nil }
            let digits = screen[marker.upperBound...].prefix { $0 != "]" }
            return Int32(digits)
        }
    }

    // MARK: - Helpers

    /// Reads the screen every 50 ms until `match` returns a value, or throws after `timeout`.
    private func poll<Value>(describing text: String, timeout: Duration, _ match: (String) -> Value?) throws -> Value {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let current = try screen()
            if let value = match(current) { return value }
            guard clock.now < deadline else { throw Failure.timedOut(waitingFor: text, screen: current) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// A tmux format (e.g. `#{cursor_x}`) evaluated for the pane, as a number.
    private func number(_ format: String) throws -> Int {
        let output = try tmux(["display-message", "-p", "-t", Self.target, format])
        guard let value = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure.tmuxFailed(arguments: ["display-message", format], output: output)
        }
        return value
    }

    /// Runs tmux on this session's socket and returns its output; throws when it fails or takes
    /// longer than five seconds.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else {
            throw Failure.tmuxFailed(arguments: arguments, output: "tmux is not installed")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        let outcome = CleanProcess.run(
            executable, ["-L", socket, "-f", "/dev/null", "-u"] + arguments,
            environment: environment, timeout: .seconds(5))
        guard outcome.status == 0 else {
            throw Failure.tmuxFailed(arguments: arguments, output: outcome.output)
        }
        return outcome.output
    }

    /// `value` quoted for `/bin/sh` (single quotes, embedded single quotes escaped).
    private static func shellQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
