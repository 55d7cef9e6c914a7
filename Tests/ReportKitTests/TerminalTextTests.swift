import Testing

@testable import ReportKit

/// `TerminalText`: every control a report, script or file name could send to the terminal is shown as
/// a visible escape, and the text measures as wide as it prints.
@Suite struct TerminalTextTests {
    @Test("ESC is \\e, so a title, a clear screen, hidden text and a clipboard write are plain text")
    func escapeSequences() {
        #expect(TerminalText.shown("工作\u{1B}]2;PWNED\u{1B}\\回顾") == "工作\\e]2;PWNED\\e\\回顾")
        #expect(TerminalText.shown("5.2%\u{1B}[2J\u{1B}[H清屏") == "5.2%\\e[2J\\e[H清屏")
        #expect(TerminalText.shown("\u{1B}[8m隐藏") == "\\e[8m隐藏")
        #expect(TerminalText.shown("\u{1B}]52;c;cHduZWQ=\u{07}") == "\\e]52;c;cHduZWQ=\\x07")
    }

    @Test("Other C0 controls, DEL and C1 controls are \\xHH")
    func controls() {
        #expect(TerminalText.shown("a\u{00}b\u{08}c\u{0D}d\u{7F}") == "a\\x00b\\x08c\\x0Dd\\x7F")
        #expect(TerminalText.shown("6%\u{9B}31m红\u{85}\u{80}\u{9F}") == "6%\\x9B31m红\\x85\\x80\\x9F")
    }

    @Test("Bidirectional controls are \\u{HHHH}; other non-ASCII text is kept")
    func bidiControls() {
        let bidi = "\u{061C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
        #expect(
            TerminalText.shown(bidi)
                == "\\u{061C}\\u{200E}\\u{200F}\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}"
                + "\\u{2066}\\u{2067}\\u{2068}\\u{2069}")
        let kept = "合肥 — “增长”…· é ÷ ؛ ‐ ⁅ \u{A0}\u{200D}\u{2029}\u{202F}\u{2065}\u{206A}"
        #expect(TerminalText.shown(kept) == kept)
        #expect(TerminalText.singleLine(kept) == kept)
    }

    @Test("shown keeps line breaks and tabs; singleLine makes them spaces; a backslash stays")
    func layout() {
        #expect(TerminalText.shown("a\tb\nc\r\n") == "a\tb\nc\\x0D\n")
        #expect(TerminalText.singleLine("a\tb\nc\r\n") == "a b c  ")
        #expect(TerminalText.singleLine("C:\\e\\x07") == "C:\\e\\x07")
    }

    @Test("The sanitised text is as wide as it prints: each escape its characters, a Chinese character two")
    func width() {
        #expect(DisplayWidth.of(TerminalText.singleLine("合肥\u{1B}[2J")) == 4 + 2 + 3)
        #expect(DisplayWidth.of(TerminalText.singleLine("合\u{202E}肥")) == 4 + 8)
        #expect(DisplayWidth.of(TerminalText.singleLine("\u{9B}")) == 4)
    }
}
