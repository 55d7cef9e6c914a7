import ReportKit
import TallyQuery

/// A shell command that starts with a dot (`.mode csv`), as opposed to a statement of the language.
enum MetaCommand: Equatable {
    case help
    /// `.mode FORMAT [--bom]`; nil shows the current mode.
    case mode(OutputFormat?, bom: Bool)
    /// `.output FILE`; nil goes back to the screen.
    case output(String?)
    case once(String)
    case read(String)
    /// `.save FILE`: the loaded corpus as a SQLite database.
    case save(String)
    case step(String)
    /// `.timer on|off`; nil shows the setting.
    case timer(Bool?)
    /// `.echo on|off`; nil shows the setting.
    case echo(Bool?)
    /// `.maxrows N` (0 for all); nil shows the setting.
    case maxRows(Int?)
    /// `.safe on`; nil shows the setting (`off` is refused once it is on).
    case safe(Bool?)
    case load([String])
    /// `.unload FILE|PLACE`
    case unload(String)
    /// `.reset`
    case reset
    case reports
    case history
    case quit

    /// Every command with its usage and what it does, in the order `.help` lists them.
    static let catalogue: [(name: String, usage: String, summary: String)] = [
        ("help", ".help", "this list (help alone also explains the language)"),
        ("mode", ".mode FORMAT [--bom]", "table, csv, tsv, json, jsonl, markdown (alone: the mode)"),
        ("output", ".output [FILE]", "results go to FILE (.xlsx: a workbook) until .output"),
        ("once", ".once FILE", "the next result goes to FILE (.xlsx: a workbook)"),
        ("read", ".read FILE", "run the commands of a script file"),
        ("save", ".save FILE.sqlite", "write the loaded reports as a SQLite database"),
        ("step", ".step FILE", "walk through a script one command at a time"),
        ("timer", ".timer on|off", "show how long each command takes"),
        ("echo", ".echo on|off", "show each command before its output"),
        ("maxrows", ".maxrows N", "show at most N rows of a table on the screen (0: all)"),
        ("safe", ".safe on", "write no files, read only the paths given to tally"),
        ("load", ".load PATH …", "add report files or folders (text or HTML)"),
        ("unload", ".unload FILE|PLACE", "remove a loaded file, or every report of a place"),
        ("reset", ".reset", "remove every report and every let name"),
        ("reports", ".reports", "list the loaded reports (also .docs)"),
        ("history", ".history", "list the commands entered so far"),
        ("quit", ".quit", "leave the shell (also .exit, or Ctrl-D)"),
    ]

    /// Other spellings of commands.
    static let aliases = ["docs": "reports", "exit": "quit"]

    /// The command names with their dot, for completion: `.help`, `.mode`, …, aliases last.
    static var names: [String] {
        catalogue.map { "." + $0.name } + aliases.keys.sorted().map { "." + $0 }
    }

    /// The commands that take a file or folder name.
    static let pathCommands: Set<String> = ["output", "once", "read", "save", "step", "load", "unload"]

    /// Whether `line` is a meta command: its first visible character is a dot followed by a letter.
    static func isMetaCommand(_ line: String) -> Bool {
        let visible = line.unicodeScalars.drop { $0.properties.isWhitespace }
        guard visible.first == ".", let second = visible.dropFirst().first else { return false }
        return second.properties.isAlphabetic
    }

    /// Reads a meta command line; errors point at the offending word of the line at `origin`.
    static func parse(_ line: String, origin: StatementOrigin) throws(Diagnostic) -> MetaCommand {
        let words = MetaWords(line)
        let problem = MetaProblem(line: line, origin: origin, words: words)
        let name = aliases[words.name] ?? words.name
        let arguments = Array(words.arguments)
        switch name {
        case "help":
            try problem.expectNoArguments()
            return .help
        case "reports":
            try problem.expectNoArguments()
            return .reports
        case "history":
            try problem.expectNoArguments()
            return .history
        case "quit":
            try problem.expectNoArguments()
            return .quit
        case "mode":
            var bom = false
            var formatWords = arguments
            if let last = formatWords.last, last.text == "--bom" {
                bom = true
                formatWords.removeLast()
            }
            if formatWords.count > 1 {
                throw problem.error("unexpected '\(formatWords[1].text)'", at: formatWords[1])
            }
            guard let word = formatWords.first else {
                if bom { throw problem.missing("a format before --bom, as in '.mode csv --bom'") }
                return .mode(nil, bom: false)
            }
            guard let format = OutputFormat(word: word.text) else {
                throw problem.error(
                    "unknown output format '\(word.text)'", at: word,
                    hint: "choose " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if bom && !format.takesByteOrderMark {
                throw problem.error(
                    "--bom goes with csv or tsv, not \(format.rawValue)", at: arguments[arguments.count - 1])
            }
            return .mode(format, bom: bom)
        case "output": return .output(try problem.optionalArgument()?.text)
        case "once": return .once(try problem.requiredArgument("a file name").text)
        case "read": return .read(try problem.requiredArgument("a file name").text)
        case "save": return .save(try problem.requiredArgument("a file name, as in '.save reports.sqlite'").text)
        case "step": return .step(try problem.requiredArgument("a file name").text)
        case "timer": return .timer(try problem.switchArgument())
        case "echo": return .echo(try problem.switchArgument())
        case "safe": return .safe(try problem.switchArgument())
        case "maxrows":
            guard let word = try problem.optionalArgument() else { return .maxRows(nil) }
            guard let count = Int(word.text), count >= 0 else {
                throw problem.error(
                    "expected a whole number of rows, not '\(word.text)'", at: word, hint: ".maxrows 0 shows every row")
            }
            return .maxRows(count)
        case "load":
            guard !arguments.isEmpty else { throw problem.missing("a report file or folder") }
            return .load(arguments.map(\.text))
        case "unload": return .unload(try problem.requiredArgument("a loaded file or a place").text)
        case "reset":
            try problem.expectNoArguments()
            return .reset
        default:
            let command = words.words.first ?? MetaWords.Word(text: line, column: 1, length: 1)
            throw problem.error(
                "unknown shell command '\(command.text)'", at: command,
                hint: Suggestion.closest(to: name, among: catalogue.map(\.name) + aliases.keys.sorted())
                    .map { "did you mean '.\($0)'?" } ?? "type .help for the shell commands")
        }
    }
}

/// Builds the errors of one meta command line.
private struct MetaProblem {
    let line: String
    let origin: StatementOrigin
    let words: MetaWords

    func expectNoArguments() throws(Diagnostic) {
        if let extra = words.arguments.first {
            throw error("'.\(words.name)' takes no arguments", at: extra)
        }
    }

    func optionalArgument() throws(Diagnostic) -> MetaWords.Word? {
        let arguments = Array(words.arguments)
        if arguments.count > 1 { throw error("unexpected '\(arguments[1].text)'", at: arguments[1]) }
        return arguments.first
    }

    func requiredArgument(_ what: String) throws(Diagnostic) -> MetaWords.Word {
        guard let word = try optionalArgument() else { throw missing(what) }
        return word
    }

    func switchArgument() throws(Diagnostic) -> Bool? {
        guard let word = try optionalArgument() else { return nil }
        switch word.text.lowercased() {
        case "on": return true
        case "off": return false
        default: throw error("expected on or off, not '\(word.text)'", at: word)
        }
    }

    func missing(_ what: String) -> Diagnostic {
        let end = line.unicodeScalars.count + 1
        return diagnostic("'.\(words.name)' needs \(what)", column: end, length: 1)
    }

    func error(_ message: String, at word: MetaWords.Word, hint: String? = nil) -> Diagnostic {
        diagnostic(message, column: word.column, length: word.length, hint: hint)
    }

    private func diagnostic(_ message: String, column: Int, length: Int, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            message, at: SourceLocation(file: origin.file, line: origin.line, column: column),
            sourceLine: line, length: length, hint: hint)
    }
}
