import Testing

@testable import TallyShell

@Suite("Tab completion")
struct CompletionCandidatesTests {
    @Test("One candidate is inserted whole with a space after it, counted in scalars")
    func singleCandidate() {
        let completion = CompletionCandidates(replaceFrom: 6, candidates: ["安庆"])
        #expect(completion.edit(line: "where 安", cursor: 7) == .replace(deleting: 0, inserting: "庆 "))
        #expect(
            CompletionCandidates(replaceFrom: 0, candidates: ["where"]).edit(line: "wh", cursor: 2)
                == .replace(deleting: 0, inserting: "ere "))
    }

    @Test("A candidate that does not extend the typed text replaces it")
    func replacesDifferentCase() {
        let completion = CompletionCandidates(replaceFrom: 0, candidates: ["where"])
        #expect(completion.edit(line: "WH", cursor: 2) == .replace(deleting: 2, inserting: "where "))
    }

    @Test("Several candidates extend the word to their common prefix, compared on scalars")
    func commonPrefix() {
        let completion = CompletionCandidates(replaceFrom: 0, candidates: ["within", "with"])
        #expect(completion.edit(line: "w", cursor: 1) == .replace(deleting: 0, inserting: "ith"))
        // As Characters "cafe\u{301}" and "cafes" share only "caf"; as scalars (libedit's unit) "cafe".
        let accents = CompletionCandidates(replaceFrom: 0, candidates: ["cafe\u{301}", "cafes"])
        #expect(accents.edit(line: "caf", cursor: 3) == .replace(deleting: 0, inserting: "e"))
    }

    @Test("Candidates with nothing more in common are listed; duplicates once")
    func listsAmbiguousCandidates() {
        let completion = CompletionCandidates(replaceFrom: 0, candidates: ["合肥", "合作", "合肥"])
        #expect(completion.edit(line: "合", cursor: 1) == .list(["合肥", "合作"]))
    }

    @Test("No candidates beep")
    func noCandidates() {
        #expect(CompletionCandidates.none.edit(line: "x", cursor: 1) == .beep)
        #expect(CompletionCandidates(replaceFrom: 0, candidates: [""]).edit(line: "", cursor: 0) == .beep)
    }

    @Test("A single folder name is inserted without a space, so Tab can go on inside it")
    func folderCandidate() {
        let completion = CompletionCandidates(replaceFrom: 6, candidates: ["scripts/"])
        #expect(completion.edit(line: ".read scr", cursor: 9) == .replace(deleting: 0, inserting: "ipts/"))
    }

    @Test("Out-of-range offsets are clamped to the line")
    func clampsOffsets() {
        let completion = CompletionCandidates(replaceFrom: 9, candidates: ["select"])
        #expect(completion.edit(line: "sel", cursor: 50) == .replace(deleting: 0, inserting: "select "))
    }

    @Test("Only the text before the cursor is the typed word")
    func cursorMidLine() {
        let completion = CompletionCandidates(replaceFrom: 0, candidates: ["where"])
        #expect(completion.edit(line: "wh city", cursor: 2) == .replace(deleting: 0, inserting: "ere "))
    }
}
