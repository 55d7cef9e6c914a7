import Foundation
import ReportKit
import TallyTestSupport
import Testing

@testable import TallyShell

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

/// The text of the file at `path`, or nil when there is none.
func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
}
