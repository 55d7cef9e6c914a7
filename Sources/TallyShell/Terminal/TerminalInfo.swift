#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the shell runs in, read once when asked for.
public struct TerminalInfo: Sendable, Equatable {
    /// Whether standard input is a terminal.
    public var standardInputIsTerminal: Bool
    /// Whether standard output is a terminal.
    public var standardOutputIsTerminal: Bool
    /// The width of the terminal in columns.
    public var width: Int
    /// Whether output may be coloured with ANSI escape sequences.
    public var colorAllowed: Bool

    /// Creates terminal facts from known values (for tests and callers that already know them).
    public init(standardInputIsTerminal: Bool, standardOutputIsTerminal: Bool, width: Int, colorAllowed: Bool) {
        self.standardInputIsTerminal = standardInputIsTerminal
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.width = width
        self.colorAllowed = colorAllowed
    }

    /// Whether line editing can be used: libedit needs both standard input and standard output to be
    /// terminals (with only stdin a terminal it turns editing off and arrow keys end up in the line).
    public var isInteractive: Bool { standardInputIsTerminal && standardOutputIsTerminal }

    /// Reads the facts of the current process: `isatty` on stdin and stdout, the window size, and the
    /// `COLUMNS`, `NO_COLOR` and `TERM` variables of `environment`.
    public static func current(
        environment: [String: String] = ProcessEnvironment.current()
    ) -> TerminalInfo {
        let outputIsTerminal = isatty(STDOUT_FILENO) != 0
        return TerminalInfo(
            standardInputIsTerminal: isatty(STDIN_FILENO) != 0,
            standardOutputIsTerminal: outputIsTerminal,
            width: width(windowColumns: windowColumns(), environment: environment),
            colorAllowed: colorAllowed(outputIsTerminal: outputIsTerminal, environment: environment))
    }

    /// The terminal width: the window size when known, else a positive `COLUMNS`, else 80.
    public static func width(windowColumns: Int?, environment: [String: String]) -> Int {
        if let windowColumns, windowColumns > 0 { return windowColumns }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }

    /// Whether colour is allowed: output goes to a terminal, `NO_COLOR` is unset (or empty, as
    /// no-color.org specifies) and `TERM` is not `dumb`.
    public static func colorAllowed(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard outputIsTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The column count of the window standard output (or, failing that, standard input) is shown
    /// in, from `ioctl(TIOCGWINSZ)`; nil when neither is a terminal.
    public static func windowColumns() -> Int? {
        for descriptor in [STDOUT_FILENO, STDIN_FILENO] {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
                return Int(size.ws_col)
            }
        }
        return nil
    }
}
