import Foundation
import TallyTestSupport
import Testing

@testable import ReportKit

/// Loading a folder a batch at a time gives the same corpus as loading it at once.
@Suite struct LoaderBatchTests {
    @Test func batchesOfAnySizeGiveTheSameCorpusInPathOrder() throws {
        try withTemporaryFolder { folder in
            for index in 0..<40 {
                let text =
                    "合肥市报告\n一、第\(index + 1)节\n全市建成养老助餐机构\(index + 1)个，投入资金\(index * 10 + 5)万元。\n"
                    + (index % 7 == 3 ? String(repeating: "坚持民政事业高质量发展。\n", count: 400) : "")
                try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "r%02d.txt", index)))
            }
            try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("r20b.txt"))
            var whole = Corpus()
            let wholeFailures = ReportLoader.load(paths: [folder.path], into: &whole, batchBytes: 1 << 30)
            for batchBytes in [0, 100, 4_000, 20_000] {
                var batched = Corpus()
                let failures = ReportLoader.load(paths: [folder.path], into: &batched, batchBytes: batchBytes)
                #expect(failures.map { $0.rendered() } == wholeFailures.map { $0.rendered() })
                #expect(measureSummaries(batched) == measureSummaries(whole), "batches of \(batchBytes) bytes")
                #expect(batched.documents.map(\.name) == whole.documents.map(\.name))
                #expect(batched.reports.map(\.measures) == whole.reports.map(\.measures))
            }
            #expect(whole.documents.count == 40)
            #expect(measureSummaries(whole).prefix(4) == ["1个=1个", "5万元=50000元", "2个=2个", "15万元=150000元"])
            #expect(
                wholeFailures.map { $0.rendered() } == [
                    folder.path + "/r20b.txt:1:1: error: not a text file: binary data at byte offset 0"
                ])
        }
    }

    @Test func loadingGivesBackTheColumnsUnusedCapacity() throws {
        try withTemporaryFolder { folder in
            for index in 0..<300 {
                try Data("合肥市报告\n全市建成养老助餐机构\(index + 1)个。\n".utf8)
                    .write(to: folder.appendingPathComponent(String(format: "r%03d.txt", index)))
            }
            let corpus = ReportLoader.load(paths: [folder.path]).corpus
            #expect(corpus.measures.count == 300)
            #expect(corpus.measures.value.capacity - 300 <= 300 / 8)
            #expect(corpus.sentences.start.capacity - corpus.sentences.count <= corpus.sentences.count / 8)
        }
    }
}
