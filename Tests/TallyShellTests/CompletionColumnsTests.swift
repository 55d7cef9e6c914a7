import Testing

@testable import TallyShell

@Suite("Tab completion columns")
struct CompletionColumnsTests {
    @Test("Candidates fill columns top to bottom, aligned by display width")
    func columnLayout() {
        #expect(
            columnRows(["合肥", "蚌埠", "where", "安庆", "黄山"], width: 22) == [
                "合肥   where  黄山",
                "蚌埠   安庆",
            ])
    }

    @Test("A narrow terminal gets one candidate per row; no candidates no rows")
    func narrowTerminal() {
        #expect(columnRows(["select", "within"], width: 3) == ["select", "within"])
        #expect(columnRows([], width: 80) == [])
    }
}
