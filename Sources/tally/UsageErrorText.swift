import TallyText

/// ArgumentParser's message for bad usage in the current language. The library writes English;
/// its fixed parts (`Error:`, `Help:`, `See '…' for more information.`) and its commonest
/// sentences (an unknown option, a missing value, a missing argument, `Did you mean '…'?`) are
/// rewritten from the catalogue; an error line with any other sentence keeps the library's words.
enum UsageErrorText {
    /// The library's sentences and their phrases: the text before and after the one quoted name.
    private static let sentences: [(before: String, after: String, phrase: Phrase)] = [
        ("Unknown option '", "'", .usageUnknownOption),
        ("Missing value for '", "'", .usageMissingValue),
        ("Missing expected argument '", "'", .usageMissingArgument),
        ("Did you mean '", "'?", .usageDidYouMean),
    ]

    /// `message` (ArgumentParser's full message) in the current language.
    static func shown(_ message: String) -> String {
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
            .joined(separator: "\n")
    }

    /// One line of the message.
    private static func line(_ text: String) -> String {
        if text.hasPrefix("Error: ") {
            let rest = String(text.dropFirst("Error: ".count))
            let known = rest.components(separatedBy: ". ").map(sentence)
            guard known.allSatisfy({ $0 != nil }) else { return Phrase.usageErrorLabel() + " " + rest }
            return Phrase.usageErrorLabel() + " "
                + known.compactMap { $0 }.joined(separator: Phrase.usageSentenceBreak())
        }
        if text.hasPrefix("Help: ") { return Phrase.usageHelpLabel() + text.dropFirst("Help:".count) }
        let indent = text.prefix { $0 == " " }
        let rest = text.dropFirst(indent.count)
        if rest.hasPrefix("See '"), rest.hasSuffix("' for more information.") {
            let command = rest.dropFirst("See '".count).dropLast("' for more information.".count)
            return indent + Phrase.usageSeeHelp(command)
        }
        return text
    }

    /// One sentence of an error line from the catalogue; nil when the catalogue does not know it.
    private static func sentence(_ text: String) -> String? {
        for known in sentences where text.hasPrefix(known.before) && text.hasSuffix(known.after) {
            let name = text.dropFirst(known.before.count).dropLast(known.after.count)
            guard !name.contains("'") else { continue }
            return known.phrase(name)
        }
        return nil
    }
}
