/// The language tally speaks to people: every text it shows comes from this language's catalogue.
/// Machine formats (CSV, TSV, JSON, JSON lines) keep their ASCII keys whatever the language.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh"

    /// The language texts are shown in while the current task runs: English unless a caller binds
    /// another (`Language.$current.withValue(.chinese) { … }`), as the command line does from the
    /// locale and `--lang`, and the shell for each command after `.lang`.
    @TaskLocal public static var current: Language = .english

    /// The language for a code given on the command line or to `.lang`: `en` or `zh` (any case),
    /// also as a locale name (`zh_CN.UTF-8`); nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered == "en" || lowered.hasPrefix("en_") || lowered == "c" || lowered == "posix" {
            self = .english
        } else if lowered == "zh" || lowered.hasPrefix("zh_") || lowered.hasPrefix("zh-") {
            self = .chinese
        } else {
            return nil
        }
    }

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set and not empty decides, as POSIX orders them; a value starting with `zh` is Chinese,
    /// anything else (or nothing) English.
    public static func preferred(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }

    /// The language a command line asks for with `--lang CODE` or `--lang=CODE` (the last one
    /// wins), else the locale's; a code that is not a language is left for the option parser to
    /// refuse.
    public static func chosen(arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count {
                chosen = Language(code: arguments[index + 1]) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(code: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
        }
        return chosen ?? preferred(environment: environment)
    }
}
