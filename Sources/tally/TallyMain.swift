import TallyShell
import TallyText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `tally` starts: the commonest command lines (`QuickCommandLine`) run the shell at once;
/// every other goes through ArgumentParser (`TallyCommand`), which reads them the same way.
@main
enum TallyMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let options = QuickCommandLine.options(arguments) else { return TallyCommand.main() }
        let language = Language.chosen(arguments: arguments, environment: ProcessEnvironment.current())
        exit(Language.$current.withValue(language) { Launch(options: options).run() })
    }
}
