import ReportKit
import TallyText

/// The list of shell commands that `.help` shows, and `help` after the language overview; and
/// `.help COMMAND` for one of them.
enum MetaCommandHelp {
    /// Every meta command with its usage and summary, then the keys the shell understands.
    static var text: String {
        let width = MetaCommand.catalogue.map { DisplayWidth.of($0.usage) }.max() ?? 0
        var text = Phrase.metaHelpTitle() + "\n"
        for command in MetaCommand.catalogue {
            text += "  " + DisplayWidth.padded(command.usage, toWidth: width) + "  " + command.summary() + "\n"
        }
        return text + "\n" + Phrase.metaHelpKeys() + "\n"
    }

    /// `.help NAME`: the command's usage, what it does and its other spellings.
    static func text(for name: String) -> String {
        guard let command = MetaCommand.catalogue.first(where: { $0.name == name }) else { return text }
        let aliases = MetaCommand.aliases.filter { $0.value == name }.keys.sorted().map { "." + $0 }
        var text = command.usage + "\n  " + command.summary() + "\n"
        if !aliases.isEmpty { text += "  " + Phrase.metaHelpAliases(aliases.joined(separator: ", ")) + "\n" }
        return text
    }
}
