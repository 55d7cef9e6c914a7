import TallyText

extension Diagnostic {
    /// The diagnostic as text, the way compilers print errors:
    ///
    ///     scripts/x.tally:3:18: error: unknown field 'cty'
    ///     measures | where cty == 合肥
    ///                      ^~~
    ///     hint: did you mean 'city'?
    ///
    /// The source line (tabs shown as one space) and caret appear when `sourceLine` is set; the caret
    /// is placed and the underline sized by display width, so both are right after Chinese text and
    /// after a control shown as a visible escape (`TerminalText`: the file name, message, line and
    /// hint can hold text from a file, and none of it reaches the terminal as a control). The
    /// hint line appears when there is a hint. A source line longer than `shownScalars` is cut to a
    /// window around the caret, with `…` where text was left out. With `color`, ANSI SGR codes make the location bold,
    /// `error:` bold red (`warning:` bold magenta), the caret green and `hint:` cyan. Lines are joined by `\n`, with no newline
    /// at the end.
    public func rendered(color: Bool = false) -> String {
        let style = DiagnosticStyle(enabled: color)
        let place = TerminalText.singleLine("\(location.file):\(location.line):\(location.column):")
        var lines = [
            style.bold(place) + " "
                + (severity == .error ? style.error(Phrase.errorLabel()) : style.warning(Phrase.warningLabel())) + " "
                + TerminalText.shown(message)
        ]
        if let sourceLine {
            let (shown, column, length) = window(of: Self.displayable(sourceLine))
            lines.append(TerminalText.singleLine(shown))
            lines.append(Self.caretLine(under: shown, column: column, length: length, style: style))
        }
        if let hint { lines.append(style.hint(Phrase.hintLabel()) + " " + TerminalText.shown(hint)) }
        return lines.joined(separator: "\n")
    }

    /// The longest source line shown whole, in scalars.
    static let shownScalars = 160

    /// The part of a long line worth showing: up to 40 scalars before the caret and `shownScalars`
    /// in all, with `…` for what is cut, and the caret's column and length within it.
    private func window(of line: String) -> (line: String, column: Int, length: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > Self.shownScalars else { return (line, location.column, length) }
        let start = min(max(0, location.column - 1 - 40), max(0, scalars.count - Self.shownScalars))
        let end = min(scalars.count, start + Self.shownScalars)
        var shown = String.UnicodeScalarView()
        if start > 0 { shown.append("…") }
        shown.append(contentsOf: scalars[start..<end])
        if end < scalars.count { shown.append("…") }
        let column = location.column - start + (start > 0 ? 1 : 0)
        let length = max(1, min(length, end - (location.column - 1)))
        return (String(shown), column, length)
    }

    /// Spaces up to the column, then `^` and `~`s covering `length` scalars, all in display columns
    /// of the line as shown (a control as its visible escape). A location past the end of the line
    /// counts the missing scalars as one column each.
    private static func caretLine(under line: String, column: Int, length: Int, style: DiagnosticStyle) -> String {
        let skipped = max(0, column - 1)
        let covered = max(1, length)
        var indent = 0
        var underline = 0
        var index = 0
        for scalar in line.unicodeScalars {
            if index >= skipped + covered { break }
            let width = TerminalText.singleLineForm(of: scalar).map { DisplayWidth.of($0) } ?? DisplayWidth.of(scalar)
            if index < skipped {
                indent += width
            } else {
                underline += width
            }
            index += 1
        }
        let scalarCount = index
        if scalarCount < skipped {
            indent += skipped - scalarCount
            underline = covered
        } else {
            underline += skipped + covered - scalarCount
        }
        let caret = "^" + String(repeating: "~", count: max(0, underline - 1))
        return String(repeating: " ", count: indent) + style.caret(caret)
    }

    /// The source line as it is shown: without its line break, each tab as one space so the
    /// caret below lines up whatever the terminal's tab stops are.
    private static func displayable(_ line: String) -> String {
        var view = Substring(line).unicodeScalars
        while let last = view.last, last == "\n" || last == "\r" { view.removeLast() }
        guard view.contains("\t") else { return String(view) }
        var shown = String.UnicodeScalarView()
        for scalar in view { shown.append(scalar == "\t" ? " " : scalar) }
        return String(shown)
    }
}

/// The ANSI SGR styles of a rendered diagnostic, or none at all.
private struct DiagnosticStyle {
    /// Whether to emit escape codes.
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func error(_ text: String) -> String { wrap(text, "1;31") }
    func warning(_ text: String) -> String { wrap(text, "1;35") }
    func caret(_ text: String) -> String { wrap(text, "32") }
    func hint(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
