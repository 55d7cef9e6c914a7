/// Text that came from a file or was typed (report text, scripts, file names, echoed input) made safe
/// to print on a terminal: every character that could make the terminal do something instead of
/// show something is written as a visible escape, so no report can set the window title, clear the
/// screen, hide text, write the clipboard or reverse the order of what follows.
///
/// The escapes, one scheme throughout:
///
/// | character | shown as |
/// | --- | --- |
/// | ESC (U+001B) | `\e` |
/// | every other C0 control (U+0000–U+001F), DEL (U+007F), every C1 control (U+0080–U+009F) | `\x07`, `\x7F`, `\x9B` (two upper-case hex digits) |
/// | bidirectional controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `\u{202E}` |
///
/// Line breaks and tabs are layout, not escapes: `shown(_:)` keeps `\n` and `\t` (multi-line text
/// such as an echoed script), `singleLine(_:)` turns `\t`, `\n` and `\r` into one space each (a table
/// cell, a heading), so a tab never breaks a table's alignment. A backslash already in the text is
/// left as it is: the escapes are for reading, not for decoding back.
///
/// Every escape is printable ASCII, so `DisplayWidth.of` the sanitised text is its width on screen.
/// Sanitise text before adding colour: tally's own SGR codes are then the only escape sequences
/// it writes.
public enum TerminalText {
    /// `text` with every control and bidirectional control as a visible escape; line breaks and
    /// tabs kept.
    public static func shown(_ text: String) -> String {
        sanitised(text, singleLine: false)
    }

    /// `text` on one line: tabs and line breaks as spaces, every other control and bidirectional
    /// control as a visible escape.
    public static func singleLine(_ text: String) -> String {
        sanitised(text, singleLine: true)
    }

    /// How one scalar is shown on one line: its escape, a space for a tab or line break, or nil when it
    /// is shown as it is.
    public static func singleLineForm(of scalar: Unicode.Scalar) -> String? {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" { return " " }
        return escape(for: scalar)
    }

    /// The visible escape standing for `scalar` (`\e`, `\x9B`, `\u{202E}`), or nil when it is no
    /// control and is shown as it is. Tabs and line breaks have escapes too (`\x09`, `\x0A`).
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value == 0x1B { return "\\e" }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return "\\x" + hex(value, digits: 2) }
        if isBidiControl(value) { return "\\u{" + hex(value, digits: 4) + "}" }
        return nil
    }

    /// Whether `value` is a bidirectional formatting character (embeddings, overrides, isolates,
    /// marks), which reorders the text around it on screen.
    static func isBidiControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The sanitised text; the text itself when it holds nothing to escape.
    private static func sanitised(_ text: String, singleLine: Bool) -> String {
        guard holdsEscapes(text, singleLine: singleLine) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let kept = !singleLine && (scalar == "\n" || scalar == "\t")
            if !kept, let form = singleLine ? singleLineForm(of: scalar) : escape(for: scalar) {
                shown.append(contentsOf: form.unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }

    /// Whether `text` holds a character to escape (or, `singleLine`, a tab or line break), found in its
    /// UTF-8 bytes: a control or DEL; C2 80–9F (C1); D8 9C (U+061C); E2 80 8E–8F, E2 80 AA–AE and
    /// E2 81 A6–A9 (the bidirectional controls near U+2000). Chinese text and its punctuation (`“”—…`)
    /// hold none, so the common case is one pass over the bytes.
    private static func holdsEscapes(_ text: String, singleLine: Bool) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 {
                if singleLine || (byte != 0x0A && byte != 0x09) { return true }
            } else if byte == 0x7F {
                return true
            } else if previous == 0xC2 && byte <= 0x9F {
                return true
            } else if previous == 0xD8 && byte == 0x9C {
                return true
            } else if beforePrevious == 0xE2 {
                if previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte)) { return true }
                if previous == 0x81 && (0xA6...0xA9).contains(byte) { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// `value` in upper-case hexadecimal, at least `digits` digits.
    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
