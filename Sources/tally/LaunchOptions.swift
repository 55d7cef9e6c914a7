import TallyQuery
import TallyText

/// What the command line asks of the shell, however it was read: by ArgumentParser
/// (`ShellCommand.launchOptions`) or, for the commonest command lines, by `QuickCommandLine`.
/// Each field is the `ShellCommand` option of the same name; a default is that option left out.
struct LaunchOptions: Equatable {
    var scripts: [String] = []
    var commands: [String] = []
    var data: [String] = []
    var format: OutputFormat?
    var bom = false
    var echo = false
    var keepGoing = false
    var noStartupFile = false
    var safe = false
    var step: String?
    var from: Int?
    var transcript: String?
    var transcriptAll = false
    var notes: String?
    var typing: Int?
    var auto: Double?
    var setUpScript: String?
    var setUpCommands: [String] = []
    var lang: Language?
}
