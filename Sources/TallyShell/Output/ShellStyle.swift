/// The colours of the shell's own text (prompt, banner, narration, notices), or none at all.
struct ShellStyle {
    /// Whether to emit ANSI SGR codes.
    let enabled: Bool

    /// The prompt: bold green.
    func prompt(_ text: String) -> String { wrap(text, "1;32") }
    /// Headings such as the banner's name and a step's header: bold.
    func heading(_ text: String) -> String { wrap(text, "1") }
    /// Secondary text such as narration and timings: dim.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// A command shown before it runs: cyan.
    func command(_ text: String) -> String { wrap(text, "36") }
    /// `error:` in a message that is not a located diagnostic: bold red.
    func error(_ text: String) -> String { wrap(text, "1;31") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
