import ArgumentParser

/// The `tally` command line.
@main
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Parse Chinese government work reports into figures you can query, compare and total.",
        subcommands: [ParseCommand.self],
        defaultSubcommand: ParseCommand.self)
}
