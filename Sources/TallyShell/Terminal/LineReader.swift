/// A source of input lines for the shell: a line editor on a terminal, plain lines otherwise.
///
/// The shell reads every line through this interface, so everything above it can be tested by
/// feeding lines without a terminal.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` first when the reader shows prompts at all.
    func readLine(prompt: Prompt) -> LineInput

    /// Records a finished entry (a whole statement, possibly several lines) in the history.
    ///
    /// Readers without history ignore it. Line breaks inside `entry` are stored as spaces.
    func addToHistory(_ entry: String)
    /// Whether more input is waiting already (a pasted block): the shell then holds a finished
    /// statement back until it sees whether the next line continues it with `|`.
    var hasPendingInput: Bool { get }
}

extension LineReader {
    /// Readers that cannot tell have no input waiting.
    public var hasPendingInput: Bool { false }
}

/// What one `LineReader.readLine(prompt:)` call produced.
public enum LineInput: Sendable, Equatable {
    /// A line of text, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C while editing; the half-typed line was discarded.
    case interrupted
    /// No more input: Ctrl-D on an empty line, or the end of a piped file.
    case endOfInput
}

/// The two prompts of the shell and which of them is showing.
///
/// Prompt texts may contain ANSI escape sequences (colours); the line editor tells the terminal
/// library that they take no space on screen.
public struct Prompt: Sendable, Equatable {
    /// The prompt for the first line of a statement, e.g. `tally> `.
    public var primary: String
    /// The prompt for the following lines of an unfinished statement, e.g. `  ...> `.
    public var continuation: String
    /// Whether the continuation prompt is the one to show.
    public var isContinuation: Bool

    /// Creates a prompt pair showing the primary prompt.
    public init(primary: String = "tally> ", continuation: String = "  ...> ", isContinuation: Bool = false) {
        self.primary = primary
        self.continuation = continuation
        self.isContinuation = isContinuation
    }

    /// The text to show: the continuation prompt when `isContinuation` is set, the primary one otherwise.
    public var text: String { isContinuation ? continuation : primary }

    /// The same prompt pair, showing the continuation prompt.
    public var continuing: Prompt {
        var copy = self
        copy.isContinuation = true
        return copy
    }
}
