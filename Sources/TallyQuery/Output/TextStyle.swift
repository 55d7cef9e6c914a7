/// The colours of tally's text on a terminal — results, the shell's own lines, errors — or none at
/// all: the one place ANSI SGR escape codes are written.
public struct TextStyle: Sendable {
    /// What a piece of text is, and so how it is coloured.
    public enum Tone: String, Sendable {
        /// Headings, table headers and the banner's name: bold.
        case heading = "1"
        /// Secondary text such as rules, narration and timings: dim.
        case dim = "2"
        /// The prompt: bold green.
        case prompt = "1;32"
        /// `error:` in a message: bold red.
        case error = "1;31"
        /// Commands shown before they run, chart bars and where a found sentence is: cyan.
        case accent = "36"
        /// A search term inside a found sentence: bold yellow.
        case match = "1;33"
    }

    /// Whether escape codes are written at all.
    public let enabled: Bool

    /// A style that colours text when `enabled` is true and leaves it alone otherwise.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// `text` in `tone`: between its SGR code and a reset, or unchanged when colour is off.
    public func apply(_ tone: Tone, _ text: String) -> String {
        enabled ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
    }
}
