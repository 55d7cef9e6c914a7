import Foundation
import TallyTestSupport
import Testing

@testable import ReportKit

/// A load confined to roots (safe mode) reads only what really lies inside them: a link in a named
/// folder that leads out — to a file or to a folder — is skipped with one warning naming where it
/// leads, and a link that stays inside is followed.
@Suite struct ConfinedLoadTests {
    /// `reports/` with one report, `outside/secret.txt` in another temporary folder, and links in
    /// `reports` to that file and that folder; `body` gets both folders.
    private func withLinkedFolders(_ body: (_ reports: String, _ outside: String) throws -> Void) throws {
        try withTemporaryFolder { root in
            try withTemporaryFolder { elsewhere in
                let reports = root.appendingPathComponent("reports").path
                try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
                try Data("合肥市报告\n全市建成养老助餐机构12个。\n".utf8).write(
                    to: URL(fileURLWithPath: reports + "/hefei.txt"))
                let outside = elsewhere.path
                try Data("秘密的第一行。\n秘密的第二行。\n".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
                try FileManager.default.createSymbolicLink(
                    atPath: reports + "/notes.txt", withDestinationPath: outside + "/secret.txt")
                try FileManager.default.createSymbolicLink(
                    atPath: reports + "/everything", withDestinationPath: outside)
                try body(reports, outside)
            }
        }
    }

    @Test func linksLeadingOutOfTheRootsAreSkippedWithAWarning() throws {
        try withLinkedFolders { reports, outside in
            let real = try #require(ReadRoots.realPath(outside))
            let confined = ReportLoader.load(paths: [reports], within: ReadRoots([reports]))
            #expect(confined.corpus.documents.map(\.name) == [reports + "/hefei.txt"])
            #expect(confined.failures.isEmpty)
            #expect(
                confined.skipped.map { $0.rendered() } == [
                    reports
                        + "/everything:1:1: warning: skipped in safe mode: it leads to \(real), outside the paths named on the command line",
                    reports
                        + "/notes.txt:1:1: warning: skipped in safe mode: it leads to \(real)/secret.txt, outside the paths named on the command line",
                ])
            // Unconfined, the same walk follows both links (and reads the secret twice over).
            let open = ReportLoader.load(paths: [reports])
            #expect(open.skipped.isEmpty)
            #expect(open.corpus.documents.map(\.name).contains(reports + "/everything/secret.txt"))
        }
    }

    @Test func aRootThatHoldsTheLinkTargetLetsTheWalkFollowIt() throws {
        try withLinkedFolders { reports, outside in
            let loaded = ReportLoader.load(paths: [reports], within: ReadRoots([reports, outside]))
            #expect(loaded.skipped.isEmpty)
            #expect(
                loaded.corpus.documents.map(\.name) == [reports + "/everything/secret.txt", reports + "/hefei.txt"])
            #expect(loaded.failures.isEmpty)
        }
    }

    @Test func aLinkToTheRootFolderIsSkippedAsOneWarning() throws {
        try withTemporaryFolder { folder in
            let reports = folder.path + "/reports"
            try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: reports + "/root", withDestinationPath: "/")
            let loaded = ReportLoader.load(paths: [reports], within: ReadRoots([reports]))
            #expect(
                loaded.skipped.map { $0.rendered() } == [
                    reports
                        + "/root:1:1: warning: skipped in safe mode: it leads to /, outside the paths named on the command line"
                ])
            #expect(loaded.corpus.documents.isEmpty)
        }
    }

    @Test func rootsAreJudgedByTheirRealPaths() throws {
        try withTemporaryFolder { folder in
            let inner = folder.path + "/inner"
            try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path + "/beside.txt"))
            let roots = ReadRoots([inner])
            #expect(roots.allows(inner))
            #expect(!roots.allows(inner + "/../beside.txt"))
            #expect(!roots.allows(folder.path + "/innerless"))
            #expect(!roots.allows(inner + "/missing.txt"))
        }
    }

    @Test func aStopAskedForWhileABatchParsesLeavesTheRestUnloaded() throws {
        try withTemporaryFolder { folder in
            for index in 0..<64 {
                try Data(String(repeating: "全市建成养老助餐机构\(index)个。\n", count: 2_000).utf8).write(
                    to: folder.appendingPathComponent(String(format: "r%02d.txt", index)))
            }
            var asked = 0
            var corpus = Corpus()
            // No stop before the batch starts; a stop at the first ask while it parses.
            let failures = ReportLoader.load(paths: [folder.path], into: &corpus) {
                asked += 1
                return asked > 1
            }
            let left = 64 - corpus.documents.count
            #expect(left > 0)
            let first = folder.path + String(format: "/r%02d.txt", corpus.documents.count)
            #expect(
                failures.map { $0.rendered() } == [
                    first + ":1:1: error: interrupted: \(left) \(left == 1 ? "file was" : "files were") not loaded"
                ])
        }
    }
}
