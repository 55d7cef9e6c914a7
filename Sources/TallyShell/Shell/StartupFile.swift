import Foundation

/// The optional start-up file the interactive shell runs first (`.mode`, `.timer on`, `let` names…).
public enum StartupFile {
    /// `$XDG_CONFIG_HOME/tally/tallyrc` when that variable holds an absolute path, else
    /// `~/.config/tally/tallyrc`; nil when no home folder is known.
    public static func resolvePath(
        environment: [String: String] = ProcessEnvironment.current()
    ) -> String? {
        if let configHome = environment["XDG_CONFIG_HOME"], configHome.hasPrefix("/") {
            return configHome + "/tally/tallyrc"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/tally/tallyrc"
    }
}
