/// How a walk through a script runs: the command line's `--from`, `--transcript`,
/// `--transcript-all`, `--notes`, `--typing` and `--auto`, and the language of its words.
public struct StepOptions: Sendable, Equatable {
    /// The step to start at, from 1 (`--from`); the set-up of the steps before it runs silently.
    public var from = 1
    /// Where to write the Markdown handout when the walk ends (`--transcript`).
    public var transcriptPath: String?
    /// Whether the handout keeps the commands the presenter typed (`--transcript-all`).
    public var transcriptKeepsPresenterCommands = false
    /// Where to write the presenter's notes as the walk goes (`--notes`), for `tail -f`.
    public var notesPath: String?
    /// Typing starts on and is timed, a character every this many milliseconds (`--typing`);
    /// nil: typing starts off, and `t` turns on typing driven by keys.
    public var typingMilliseconds: Int?
    /// Auto-advance starts on, a step every this many seconds (`--auto`); nil: it starts off, and
    /// `a` turns it on at `defaultAutoSeconds`.
    public var autoSeconds: Double?
    /// Whether the walk speaks Chinese (else English).
    public var chinese = false

    /// The interval of auto-advance when `a` turns it on without `--auto`.
    public static let defaultAutoSeconds = 5.0
    /// The pace of typing during auto-advance without `--typing`, in milliseconds a character.
    public static let defaultTypingMilliseconds = 40

    /// Options with every default: from step 1, no transcript, no notes, typing and auto-advance off,
    /// English.
    public init() {}
}
