import Foundation
import ReportKit
import Testing

@testable import TallyShell

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled seed report, parsed once.
let seedCorpus: Corpus = {
    let outcome = ReportLoader.load(paths: [repositoryRoot.appendingPathComponent("seeds").path])
    return outcome.corpus
}()

/// What a shell wrote, standard output and standard error apart.
final class CapturedConsole {
    var output = ""
    var error = ""

    var console: Console {
        Console(writeOutput: { self.output += $0 }, writeError: { self.error += $0 })
    }
}

/// A shell over the seed report writing into a `CapturedConsole`.
func makeShell(keepGoing: Bool = false, echo: Bool = false) -> (Shell, CapturedConsole) {
    let captured = CapturedConsole()
    var settings = ShellSettings()
    settings.keepGoing = keepGoing
    settings.echo = echo
    return (Shell(corpus: seedCorpus, settings: settings, console: captured.console), captured)
}

/// A line reader that returns prepared inputs, then `.endOfInput`, and remembers prompts and history.
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    /// A reader of these lines.
    convenience init(lines: String...) {
        self.init(lines.map(LineInput.line))
    }

    func readLine(prompt: Prompt) -> LineInput {
        prompts.append(prompt.text)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addToHistory(_ entry: String) {
        history.append(entry)
    }
}

/// A new empty folder under the temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "tally-shell-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The text of the file at `path`, or nil when there is none.
func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
}
