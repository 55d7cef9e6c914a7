import TallyQuery
import TallyText

/// How the shell prints: the result format, echo and timer, colour and width, and whether a script
/// goes on after an error.
public struct ShellSettings: Sendable, Equatable {
    /// The format results are printed in, unless a command picks its own (`.mode`, `--format`).
    public var format: OutputFormat = .table
    /// Whether CSV and the other machine formats start with a UTF-8 byte-order mark, so that Excel
    /// and WPS read them as UTF-8 (`--bom`, `.mode csv --bom`); written once, before the first byte
    /// of the screen or a file.
    public var bom = false
    /// Whether each command is shown before its output (`.echo`, `--echo`).
    public var echo = false
    /// Whether each command's running time is shown (`.timer`).
    public var timer = false
    /// At most how many rows of a table are shown on the screen (the first and last halves), or nil
    /// for all (`.maxrows`). Files and machine formats always get every row.
    public var maxRows: Int?
    /// Whether a script runs on after a failed command (`--keep-going`).
    public var keepGoing = false
    /// Whether output on the screen may be coloured.
    public var color = false
    /// Whether errors (standard error) may be coloured.
    public var errorColor = false
    /// The width tables on the screen are fitted to; nil for no limit.
    public var width: Int?
    /// Whether the width follows the terminal window as it is resized (read before each result);
    /// `width` is then the fallback.
    public var followsWindowWidth = false
    /// Whether standard output is a terminal: CSV, TSV and JSON shown there have their controls
    /// as visible escapes (`TerminalText`); to a file or pipe they stay byte-exact.
    public var outputIsTerminal = false
    /// When a table on the screen is shown one record per block (`.expanded`): `auto` when it is
    /// wider than the window.
    public var expanded = ExpandedTables.auto
    /// The language of everything the shell shows (`--lang`, `.lang`, else the locale).
    public var language = Language.english

    /// The row limit of an interactive shell on a terminal, like DuckDB's: a screenful.
    public static let terminalMaxRows = 40

    /// Settings with every default: tables, no echo, no timer, no colour, no width or row limit.
    public init() {}
}
