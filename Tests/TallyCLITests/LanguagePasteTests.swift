import Foundation
import TallyTestSupport
import Testing

/// Every ```tally example of docs/LANGUAGE.md pasted into the shell, one block at a time in one
/// session, shows what the same blocks show run as one script file by the same binary, in the same
/// terminal (tmux, 100 columns), block by block.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LanguagePasteTests {
    private let scratch: TemporaryFolder
    /// The prompts, as the screen shows them (without the space after, which a bare prompt loses).
    private static let prompt = "tally (1 document, 2022)>"
    private static let continuationPrompt = String(repeating: " ", count: 21) + "...>"

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// The ```tally code blocks of docs/LANGUAGE.md, in order.
    private static func languageBlocks() throws -> [String] {
        let text = try String(
            contentsOf: TallyProcess.repository.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```tally" {
                current = []
            } else if let lines = current, line.hasPrefix("```") {
                blocks.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// A statement run after block `index` whose one-line output marks the block's end.
    private static func marker(_ index: Int) -> (statement: String, output: String) {
        ("let tallyBlock\(index) = cities", "tallyBlock\(index): 5 rows")
    }

    /// `transcript` cut at the markers: what each block showed.
    private static func outputs(of transcript: String, blocks: Int) -> [String] {
        var parts: [String] = []
        var rest = Substring(transcript)
        for index in 0..<blocks {
            let output = marker(index).output
            guard let end = rest.range(of: "\n" + output + "\n") ?? rest.range(of: output + "\n") else { break }
            parts.append(String(rest[..<end.lowerBound]).trimmingCharacters(in: .newlines))
            rest = rest[end.upperBound...]
        }
        return parts
    }

    /// A session in a 100×40 terminal running `arguments`.
    private func terminal(_ arguments: String) throws -> TmuxSession {
        try TmuxSession(
            command: "'\(TallyProcess.executable.path)' --no-rc \(arguments)", width: 100, height: 40,
            environment: [
                "NO_COLOR": "1", "TALLY_HISTORY": scratch.url.appendingPathComponent("history").path,
                "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
            ])
    }

    @Test("Each block of LANGUAGE.md pasted at the prompt shows what it shows run from a script file")
    func pastedBlocksMatchTheScript() throws {
        let blocks = try Self.languageBlocks()
        #expect(blocks.count >= 28)

        let script = scratch.url.appendingPathComponent("language.tally")
        let scriptText = blocks.enumerated().map { $1 + "\n" + Self.marker($0).statement + "\n" }.joined()
        try Data(scriptText.utf8).write(to: script)
        let fromFile = try terminal("'\(script.path)'")
        #expect(try fromFile.waitForExit(timeout: .seconds(30)) == 0)
        let scriptOutputs = Self.outputs(of: try fromFile.transcript(), blocks: blocks.count)

        let shell = try terminal("")
        try shell.waitFor(Self.prompt)
        for (index, block) in blocks.enumerated() {
            // The marker is pasted with the block: typed later, while a statement runs, the terminal
            // would echo it where the output goes.
            try shell.paste(block + "\n" + Self.marker(index).statement + "\n")
            try shell.waitFor(Self.marker(index).output, timeout: .seconds(20))
        }
        // The banner and the echoed lines after each prompt are the shell's own; the rest is output.
        let shown = try shell.transcript().split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix(Self.prompt) }
            .filter { !$0.hasPrefix(Self.prompt) && !$0.hasPrefix(Self.continuationPrompt) }
            .joined(separator: "\n")
        let shellOutputs = Self.outputs(of: shown + "\n", blocks: blocks.count)

        #expect(scriptOutputs.count == blocks.count)
        #expect(shellOutputs.count == blocks.count)
        for (index, (pasted, run)) in zip(shellOutputs, scriptOutputs).enumerated() {
            #expect(pasted == run, "block \(index + 1):\n\(blocks[index])")
            #expect(!run.isEmpty, "block \(index + 1) shows nothing")
        }
    }
}
