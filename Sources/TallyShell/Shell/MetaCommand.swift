import ReportKit
import TallyQuery
import TallyText

/// A shell command that starts with a dot (`.mode csv`), as opposed to a statement of the language.
enum MetaCommand: Equatable {
    /// `.help`, or `.help COMMAND` for one command.
    case help(String?)
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
    /// `.expanded on|off|auto`; nil shows the setting.
    case expanded(ExpandedTables?)
    /// `.lang en|zh`; nil shows the language.
    case lang(Language?)
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
    static let catalogue: [(name: String, usage: String, summary: Phrase)] = [
        ("help", ".help [COMMAND]", .metaHelp),
        ("mode", ".mode FORMAT [--bom]", .metaMode),
        ("output", ".output [FILE]", .metaOutput),
        ("once", ".once FILE", .metaOnce),
        ("read", ".read FILE", .metaRead),
        ("save", ".save FILE.sqlite", .metaSave),
        ("step", ".step FILE", .metaStep),
        ("timer", ".timer on|off", .metaTimer),
        ("echo", ".echo on|off", .metaEcho),
        ("maxrows", ".maxrows N", .metaMaxRows),
        ("expanded", ".expanded on|off|auto", .metaExpanded),
        ("lang", ".lang en|zh", .metaLang),
        ("safe", ".safe on", .metaSafe),
        ("load", ".load PATH …", .metaLoad),
        ("unload", ".unload FILE|PLACE", .metaUnload),
        ("reset", ".reset", .metaReset),
        ("reports", ".reports", .metaReports),
        ("history", ".history", .metaHistory),
        ("quit", ".quit", .metaQuit),
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
            guard let word = try problem.optionalArgument() else { return .help(nil) }
            let topic = word.text.hasPrefix(".") ? String(word.text.dropFirst()) : word.text
            guard let known = aliases[topic] ?? catalogue.first(where: { $0.name == topic })?.name else {
                throw problem.error(
                    Phrase.metaNoHelp(topic), at: word,
                    hint: Suggestion.closest(to: topic, among: catalogue.map(\.name)).map {
                        Phrase.didYouMean(".help " + $0)
                    }
                        ?? Phrase.metaHelpHint())
            }
            return .help(known)
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
                throw problem.error(Phrase.unexpectedWord(formatWords[1].text), at: formatWords[1])
            }
            guard let word = formatWords.first else {
                if bom { throw problem.missing(Phrase.aFormatBeforeBom()) }
                return .mode(nil, bom: false)
            }
            guard let format = OutputFormat(word: word.text) else {
                throw problem.error(
                    Phrase.unknownFormat(word.text), at: word,
                    hint: Phrase.chooseFormat(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            if bom && !format.takesByteOrderMark {
                throw problem.error(Phrase.bomFormat(format.rawValue), at: arguments[arguments.count - 1])
            }
            return .mode(format, bom: bom)
        case "output": return .output(try problem.optionalArgument()?.text)
        case "once": return .once(try problem.requiredArgument(Phrase.aFileName()).text)
        case "read": return .read(try problem.requiredArgument(Phrase.aFileName()).text)
        case "save": return .save(try problem.requiredArgument(Phrase.aSaveFileName()).text)
        case "step": return .step(try problem.requiredArgument(Phrase.aFileName()).text)
        case "timer": return .timer(try problem.switchArgument())
        case "echo": return .echo(try problem.switchArgument())
        case "safe": return .safe(try problem.switchArgument())
        case "expanded":
            guard let word = try problem.optionalArgument() else { return .expanded(nil) }
            guard let choice = ExpandedTables(rawValue: word.text.lowercased()) else {
                throw problem.error(Phrase.expectedOnOffAuto(word.text), at: word)
            }
            return .expanded(choice)
        case "lang":
            guard let word = try problem.optionalArgument() else { return .lang(nil) }
            guard let language = Language(code: word.text) else {
                throw problem.error(Phrase.unknownLanguage(word.text), at: word, hint: Phrase.languageHint())
            }
            return .lang(language)
        case "maxrows":
            guard let word = try problem.optionalArgument() else { return .maxRows(nil) }
            guard let count = Int(word.text), count >= 0 else {
                throw problem.error(Phrase.expectedRows(word.text), at: word, hint: Phrase.maxRowsHint())
            }
            return .maxRows(count)
        case "load":
            guard !arguments.isEmpty else { throw problem.missing(Phrase.aReportPath()) }
            return .load(arguments.map(\.text))
        case "unload": return .unload(try problem.requiredArgument(Phrase.aFileOrPlace()).text)
        case "reset":
            try problem.expectNoArguments()
            return .reset
        default:
            let command = words.words.first ?? MetaWords.Word(text: line, column: 1, length: 1)
            throw problem.error(
                Phrase.unknownShellCommand(command.text), at: command,
                hint: Suggestion.closest(to: name, among: catalogue.map(\.name) + aliases.keys.sorted())
                    .map { Phrase.didYouMean("." + $0) } ?? Phrase.metaHelpHint())
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
            throw error(Phrase.takesNoArguments(words.name), at: extra)
        }
    }

    func optionalArgument() throws(Diagnostic) -> MetaWords.Word? {
        let arguments = Array(words.arguments)
        if arguments.count > 1 { throw error(Phrase.unexpectedWord(arguments[1].text), at: arguments[1]) }
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
        default: throw error(Phrase.expectedOnOff(word.text), at: word)
        }
    }

    func missing(_ what: String) -> Diagnostic {
        let end = line.unicodeScalars.count + 1
        return diagnostic(Phrase.needsArgument(words.name, what), column: end, length: 1)
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
