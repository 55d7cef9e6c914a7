import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Shell completion")
struct ShellCompletionTests {
    @Test("The shell completes from its own data: the seed's cities and the names let gave")
    func fromSession() {
        let (shell, _) = makeShell()
        #expect(shell.complete(line: "compare 合肥, 安", cursor: 14).candidates == ["安庆"])
        shell.run("let big = measures | where value > 1000")
        #expect(shell.complete(line: "bi", cursor: 2).candidates == ["big"])
    }

    @Test("On a continuation line the earlier lines of the statement count")
    func continuationLines() {
        let (shell, _) = makeShell()
        shell.pendingLines = ["measures |"]
        #expect(
            shell.complete(line: "where kind == peo", cursor: 17)
                == CompletionCandidates(replaceFrom: 14, candidates: ["people"]))
        #expect(shell.complete(line: "wh", cursor: 2) == CompletionCandidates(replaceFrom: 0, candidates: ["where"]))
    }
}
