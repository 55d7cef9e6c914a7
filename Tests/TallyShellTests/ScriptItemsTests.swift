import Testing

@testable import TallyShell

@Suite("Script items")
struct ScriptItemsTests {
    @Test("Statements and meta commands in line order, with their lines and narration; the header apart")
    func itemsWithNarration() {
        let script = """
            #!/usr/bin/env tally
            # A tour.

            # The reports.
            reports
            # Money, as CSV:
            .mode csv
            measures |
              where kind == money
            # 安庆 only
            #
            # (its sections)
            sections 安庆
            # That is all.
            """
        let items = ScriptItems(script)
        #expect(
            items.items == [
                ScriptItem(kind: .statement, text: "reports", line: 5, narration: "The reports."),
                ScriptItem(kind: .meta, text: ".mode csv", line: 7, narration: "Money, as CSV:"),
                ScriptItem(kind: .statement, text: "measures |\n  where kind == money", line: 8),
                ScriptItem(kind: .statement, text: "sections 安庆", line: 13, narration: "安庆 only\n\n(its sections)"),
            ])
        #expect(items.header == "A tour.")
        #expect(items.epilogue == "That is all.")
    }

    @Test("Comments that run into the first command are its narration, not a header")
    func noHeader() {
        let items = ScriptItems("#!/usr/bin/env tally\n# The cities.\ncities\n")
        #expect(items.header == "")
        #expect(items.items.first?.narration == "The cities.")
        #expect(ScriptItems("#!note first\ncities\n").items.first?.narration == "!note first")
    }

    @Test("A line starting with | joins the statement before it, across comments and blank lines")
    func leadingPipe() {
        let items = ScriptItems("measures\n# then\n\n| take 3\ncities\n").items
        #expect(items.map(\.text) == ["measures\n# then\n\n| take 3", "cities"])
        #expect(items.map(\.line) == [1, 5])
    }

    @Test("A dot line inside an unfinished statement stays part of it")
    func dotLineInsideStatement() {
        let items = ScriptItems("measures |\n.mode csv\n").items
        #expect(items == [ScriptItem(kind: .statement, text: "measures |\n.mode csv\n", line: 1)])
    }

    @Test("Meta commands are trimmed; CRLF and a byte-order mark are read as usual")
    func trimmingAndLineEnds() {
        let items = ScriptItems("\u{FEFF}  .echo on  \r\ncities\r\n").items
        #expect(
            items == [
                ScriptItem(kind: .meta, text: ".echo on", line: 1),
                ScriptItem(kind: .statement, text: "cities", line: 2),
            ])
    }

    @Test("An empty script or one of comments only has no items")
    func noItems() {
        #expect(ScriptItems("").items.isEmpty)
        let comments = ScriptItems("# only\n# comments\n")
        #expect(comments.items.isEmpty)
        #expect(comments.epilogue == "only\ncomments")
    }
}
