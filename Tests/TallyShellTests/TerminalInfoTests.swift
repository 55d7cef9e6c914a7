import Glibc
import Testing

@testable import TallyShell

@Suite("TerminalInfo")
struct TerminalInfoTests {
    @Test("Width: window size first, then a positive COLUMNS, then 80")
    func width() {
        #expect(TerminalInfo.width(windowColumns: 120, environment: ["COLUMNS": "90"]) == 120)
        #expect(TerminalInfo.width(windowColumns: nil, environment: ["COLUMNS": "90"]) == 90)
        #expect(TerminalInfo.width(windowColumns: 0, environment: ["COLUMNS": "-3"]) == 80)
        #expect(TerminalInfo.width(windowColumns: nil, environment: [:]) == 80)
    }

    @Test("Colour needs a terminal, no NO_COLOR and a TERM other than dumb")
    func color() {
        #expect(TerminalInfo.colorAllowed(outputIsTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(TerminalInfo.colorAllowed(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalInfo.colorAllowed(outputIsTerminal: false, environment: ["TERM": "xterm"]))
        #expect(!TerminalInfo.colorAllowed(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalInfo.colorAllowed(outputIsTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test("Interactive only when both standard input and output are terminals")
    func interactive() {
        #expect(
            TerminalInfo(standardInputIsTerminal: true, standardOutputIsTerminal: true, width: 80, colorAllowed: true)
                .isInteractive)
        #expect(
            !TerminalInfo(
                standardInputIsTerminal: true, standardOutputIsTerminal: false, width: 80, colorAllowed: false
            ).isInteractive)
        #expect(
            !TerminalInfo(standardInputIsTerminal: false, standardOutputIsTerminal: true, width: 80, colorAllowed: true)
                .isInteractive)
    }
}
