/// The commonest command lines read without ArgumentParser, whose first use costs milliseconds at
/// start-up: no arguments, `-c COMMAND` (any number of times) and script files. Anything else —
/// an option other than `-c`, a value that starts with `-` or is empty, a subcommand's name — is
/// left to ArgumentParser, so both readings give the same options for every line read here.
enum QuickCommandLine {
    /// The names ArgumentParser would take as a subcommand (`TallyCommand`'s and its own `help`).
    static let subcommandNames: Set<String> = ["shell", "parse", "export", "help"]

    /// The options `arguments` (without the program's name) ask for; nil when they are not one of
    /// the forms read here.
    static func options(_ arguments: [String]) -> LaunchOptions? {
        var options = LaunchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "-c" {
                guard let command = rest.popFirst(), isPlainValue(command) else { return nil }
                options.commands.append(command)
            } else {
                guard isPlainValue(argument), !subcommandNames.contains(argument) else { return nil }
                options.scripts.append(argument)
            }
        }
        return options
    }

    /// Whether ArgumentParser takes `value` as a value with no second thoughts: not empty and not
    /// looking like an option.
    private static func isPlainValue(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        return first != UInt8(ascii: "-")
    }
}
