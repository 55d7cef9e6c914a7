import ReportKit

/// The list of shell commands that `.help` shows, and `help` after the language overview.
enum MetaCommandHelp {
    /// Every meta command with its usage and summary, then the keys the shell understands.
    static var text: String {
        let width = MetaCommand.catalogue.map { DisplayWidth.of($0.usage) }.max() ?? 0
        var text = "Shell commands:\n"
        for command in MetaCommand.catalogue {
            text += "  " + DisplayWidth.padded(command.usage, toWidth: width) + "  " + command.summary + "\n"
        }
        text += """

            A line ending in |, \\ or , or with a bracket or quote open, continues.
            Tab completes words, fields, cities and file names; Up recalls earlier commands;
            Ctrl-C clears the line or stops a command; Ctrl-D quits.

            """
        return text
    }
}
