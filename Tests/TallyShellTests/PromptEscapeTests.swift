import Testing

@testable import TallyShell

@Suite("Prompt escapes")
struct PromptEscapeTests {
    @Test("ANSI sequences are wrapped in \\1 markers, plain text is not")
    func marksEscapes() {
        #expect(EditLineReader.markingEscapes(in: "tally> ") == "tally> ")
        #expect(
            EditLineReader.markingEscapes(in: "\u{1B}[1;32m查询\u{1B}[0m> ")
                == "\u{1}\u{1B}[1;32m\u{1}查询\u{1}\u{1B}[0m\u{1}> ")
        #expect(EditLineReader.markingEscapes(in: "a\u{1B}") == "a\u{1}\u{1B}\u{1}")
    }

    @Test("The continuation prompt is shown when asked for")
    func promptText() {
        let prompt = Prompt(primary: "tally> ", continuation: "  ...> ")
        #expect(prompt.text == "tally> ")
        #expect(prompt.continuing.text == "  ...> ")
        #expect(prompt.continuing.primary == "tally> ")
    }
}
