import Foundation
import TallyTestSupport

/// Runs the built `tally` binary (it sits beside the test bundle) and captures what it prints.
struct TallyProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `tally` executable of this build.
    static var executable: URL { builtExecutable("tally") }

    /// An executable product of this build (`tally`, `tally-bench`): it sits beside the test bundle.
    static func builtExecutable(_ name: String) -> URL {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return bundle.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The repository root, found from this file's path.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs tally with `arguments`, feeding `input` on standard input, in `directory` (default: a
    /// fresh temporary folder, so nothing depends on the working directory).
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        try run(executable: executable, arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs `executable` (such as `builtExecutable("tally-bench")`) like `run(_:input:environment:directory:)`.
    static func run(
        executable: URL, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        guard let directory else {
            return try withTemporaryFolder { folder in
                try run(executable: executable, arguments, input: input, environment: environment, directory: folder)
            }
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // The language is pinned (English) so that expected texts do not follow the machine's
        // locale; a test about Chinese sets LANG or passes --lang zh.
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = "C.UTF-8"
        env["TALLY_HISTORY"] =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-test-history-\(UUID().uuidString)").path
        env["XDG_CONFIG_HOME"] =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("tally-test-config-\(UUID().uuidString)").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }
}
