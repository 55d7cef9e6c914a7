import Foundation
import TallyQuery

/// Tab completion for the shell: an ordinary function of the line and the cursor, so that it is
/// tested without a terminal.
///
/// For a statement, `CompletionSite(before:)` says what fits at the cursor (a verb, a field, a
/// value of `city`…) and this engine fills in the words: the vocabulary, the loaded data and the
/// names `let` gave. For a meta command it offers the command names, the formats after `.mode`,
/// `on`/`off`, and file names after `.read`, `.load`, `.output`, `.once` and `.step`.
public struct CompletionEngine: Sendable {
    /// The data values and names to offer.
    public var data: CompletionData
    private let paths: PathCompletion

    /// An engine offering `data`, completing relative paths against `workingDirectory` and `~/`
    /// against `homeDirectory`.
    public init(
        data: CompletionData,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        homeDirectory: String = NSHomeDirectory()
    ) {
        self.data = data
        self.paths = PathCompletion(workingDirectory: workingDirectory, homeDirectory: homeDirectory)
    }

    /// The completion of the word before `cursor` (a Unicode scalar offset into `line`): where the
    /// word starts and the candidates that begin with it (English words in any letter case).
    public func complete(line: String, cursor: Int) -> CompletionCandidates {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let before = String(String.UnicodeScalarView(scalars[..<end]))
        if let meta = metaCompletion(before: before, cursor: end) { return meta }
        let site = CompletionSite(before: before)
        let prefixLength = site.prefix.unicodeScalars.count
        let chinese = site.prefix.unicodeScalars.contains { $0.value >= 0x80 }
        let words = LanguageWords(data: data).candidates(
            for: site.context, chinese: chinese,
            afterCompare: Self.lastWord(of: before, droppingLast: prefixLength).map(Self.isCompare) ?? false)
        return CompletionCandidates(
            replaceFrom: end - prefixLength, candidates: Self.matching(words, prefix: site.prefix))
    }

    // MARK: - Meta commands

    /// Completion inside a meta command line, or nil when the line is a statement.
    private func metaCompletion(before: String, cursor: Int) -> CompletionCandidates? {
        let trimmed = before.drop { $0.isWhitespace }
        guard trimmed.first == "." else { return nil }
        guard let space = trimmed.firstIndex(where: \.isWhitespace) else {
            let typed = String(trimmed)
            return CompletionCandidates(
                replaceFrom: cursor - typed.unicodeScalars.count,
                candidates: Self.matching(MetaCommand.names, prefix: typed))
        }
        let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<space]).lowercased()
        let command = MetaCommand.aliases[name] ?? name
        let arguments = trimmed[space...]
        let word = String(arguments.reversed().prefix { !$0.isWhitespace }.reversed())
        let isFirstArgument = arguments.dropLast(word.count).allSatisfy(\.isWhitespace)
        let candidates: [String]
        switch command {
        case "mode" where isFirstArgument:
            candidates = Self.matching(OutputFormat.allCases.map(\.rawValue), prefix: word)
        case "timer" where isFirstArgument, "echo" where isFirstArgument:
            candidates = Self.matching(["on", "off"], prefix: word)
        case "load":
            candidates = paths.candidates(for: word)
        case _ where isFirstArgument && MetaCommand.pathCommands.contains(command):
            candidates = paths.candidates(for: word)
        default:
            candidates = []
        }
        return CompletionCandidates(replaceFrom: cursor - word.unicodeScalars.count, candidates: candidates)
    }

    // MARK: - Helpers

    /// The candidates that start with `prefix`, compared on Unicode scalars with ASCII letters folded
    /// to lower case, in their order.
    static func matching(_ candidates: [String], prefix: String) -> [String] {
        let typed = Array(folded(prefix).unicodeScalars)
        return candidates.filter { folded($0).unicodeScalars.starts(with: typed) }
    }

    /// `text` with ASCII capitals lowered.
    private static func folded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                }))
    }

    /// The last whitespace-separated word of `text` once its last `count` scalars are dropped.
    private static func lastWord(of text: String, droppingLast count: Int) -> String? {
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.dropLast(count)))
        return kept.split(whereSeparator: \.isWhitespace).last.map(String.init)
    }

    /// Whether `word` is `compare` (any case) or its Chinese alias.
    private static func isCompare(_ word: String) -> Bool {
        Keyword(word: word) == .compare
    }
}
