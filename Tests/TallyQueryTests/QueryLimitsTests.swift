import Foundation
import ReportKit
import TallyTestSupport
import Testing

@testable import TallyQuery

/// Bounded work: an `in (…)` list is capped and costs one lookup a row, loading the same folder
/// again adds nothing, and sorting many distinct texts stops at Ctrl-C.
@Suite struct QueryLimitsTests {
    /// `measures | where subject in (…)` with `count` quoted texts.
    private func subjectList(_ count: Int, last: String = "s") -> String {
        "measures | where subject in (" + (0..<count - 1).map { "\"s\($0)\"" }.joined(separator: ", ")
            + ", \"\(last)\") | count"
    }

    @Test func anInListOverTheLimitIsRefusedAtItsFirstExtraValue() throws {
        let statement = subjectList(100_001)
        let message = try error(statement)
        #expect(message.hasPrefix("<command>:1:"))
        let lines = message.split(separator: "\n")
        #expect(lines.first?.hasSuffix(": error: an 'in (…)' list holds at most 100,000 values") == true)
        #expect(lines.last == "hint: split the list, or filter with a condition such as 'value >= …'")
        let column = statement.unicodeScalars.count - "\"s\") | count".unicodeScalars.count + 1
        #expect(lines.first == "<command>:1:\(column): error: an 'in (…)' list holds at most 100,000 values")
    }

    @Test func anInListAtTheLimitRunsAndFindsItsValues() throws {
        let counted = try output(subjectList(100_000, last: "建设运营资金"), format: .csv)
        #expect(counted == (try output("measures | where subject == \"建设运营资金\" | count", format: .csv)))
        #expect(counted == "count\n1\n")
    }

    @Test func anInListMatchesAsTheEqualitiesItStandsFor() throws {
        let pairs = [
            (
                "measures | where kind in (money, 金额, count) | count",
                "measures | where kind == money or kind == count | count"
            ),
            ("measures | where city in (合肥, 安庆市) | count", "measures | where city == 合肥 or city == 安庆 | count"),
            (
                "measures | where value in (5, 10, 12) | count",
                "measures | where value == 5 or value == 10 or value == 12 | count"
            ),
            (
                "sentences | where section in (2, \"3\") | count",
                "sentences | where section == 2 or section == \"3\" | count"
            ),
            ("measures | where unit not in (元, 个) | count", "measures | where unit != 元 and unit != 个 | count"),
        ]
        for (list, equalities) in pairs {
            let listed = try output(list)
            #expect(listed == (try output(equalities)), "\(list)")
            #expect(!listed.contains("│     0 │"), "\(list)")
        }
        #expect(
            try error("measures | where value in (1, true)") == """
                <command>:1:31: error: cannot compare a number with true/false
                measures | where value in (1, true)
                                              ^~~~
                """)
    }

    @Test func loadingTheSameFolderTwentyTimesAddsNothing() throws {
        try withTemporaryFolder { folder in
            let hailar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("seeds/hailar").path
            for name in try FileManager.default.contentsOfDirectory(atPath: hailar) {
                try FileManager.default.copyItem(
                    atPath: hailar + "/" + name, toPath: folder.appendingPathComponent(name).path)
            }
            var session = Session(corpus: Corpus())
            let first = session.load(paths: [folder.path])
            #expect(first.failures.isEmpty)
            let documents = session.corpus.documents.count
            let measures = session.corpus.measures.count
            let subjects = session.corpus.subjects.strings.count
            #expect(documents == 6)
            for _ in 0..<20 {
                let again = session.load(paths: [folder.path])
                #expect(again.alreadyLoaded.count == 6)
                #expect(again.failures.isEmpty)
            }
            #expect(session.corpus.documents.count == documents)
            #expect(session.corpus.measures.count == measures)
            #expect(session.corpus.subjects.strings.count == subjects)
        }
    }

    @Test func sortingDistinctTextsStopsWhenAStopIsAskedForDuringTheSort() throws {
        let count = 50_000
        var read = 0
        // The stop is raised once every value has been read: only the sort of the distinct texts
        // can notice it.
        let stop = StopSignal { read >= count }
        let key = SortRanks.Key.values { row in
            read += 1
            return .text("text \(count - row)")
        }
        #expect(throws: StatementError.interrupted) {
            _ = try SortRanks(rows: Array(0..<count), keys: [(key, false)], stop: stop)
        }
    }
}
