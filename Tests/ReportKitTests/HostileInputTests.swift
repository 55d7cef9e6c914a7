import Foundation
import TallyTestSupport
import Testing

@testable import ReportKit

#if canImport(Glibc)
import Glibc
#endif

/// Files and numbers nobody should have to feed tally, and what it says about each: the exact
/// message (as `tally parse` prints it), and that nothing readable is lost.
@Suite struct HostileInputTests {
    /// A small report in the shape of the seed: title, speaker line, two sections, three figures.
    private static let report = """
        聚焦需求 着力提升民生服务保障水平

        合肥市人民政府副市长 刘卫宝

        一、服务为老助餐
        全市建成养老助餐机构294个，日均服务1.2万人次。
        二、抬高保障底线
        累计投入建设运营资金4680万元。

        """
    private static let reportMeasures = "294个=294个, 1.2万人次=12000人次, 4680万元=46800000元"

    // MARK: - Found by the fuzzer

    /// `fuzz-report` found a subject phrase that cleaning emptied at the very end of its text, and a
    /// look at the empty phrase read past the end of the buffer. The input parses.
    @Test func anEmptiedSubjectPhraseAtTheEndOfTheText() throws {
        let input = """
            6buE5bGx5biC5Lq65rCR5pS/5bqc5Ymv5biC6ZW/IOW8oOato+eruQrkuIDjgIHmlbDlrZcKOeKAsDk5OTk5OTk5OTk5OTk5OTk5OTnkur/lhYMs\
            MS4yLjPkuIfkuros77yQ77yO77yV5LiH5YWDLC0tNeS4qiwxMjbkuIflhYMsMjAyMuW5tDM0NS425LiH5YWDLDIwMjLlubQx5pyIMTPml6Us\
            56ysM+S9jSzigJzljYHlm5vkupTigJ0sMuWPt+aWh+S7tizkuIDmiZks5pWw5Y2B5Liq44CCCjPkuIfkur/lhYPlkow5OTk5MOS4hwrlhYPjgIIK
            """
        let bytes = try #require(Data(base64Encoded: input))
        let parsed = try ReportParser.parse(name: "fuzz.txt", bytes: Array(bytes)).get()
        #expect(parsed.measureCount > 0)
    }

    // MARK: - Files

    @Test func emptyFile() {
        #expect(parseOutcome("empty.txt", []) == "empty.txt:1:1: error: file is empty")
        #expect(parseOutcome("blank.txt", Array(" \n\r\n\t".utf8)) == "blank.txt:1:1: error: file is empty")
        #expect(parseOutcome("bom.txt", [0xEF, 0xBB, 0xBF]) == "bom.txt:1:1: error: file is empty")
    }

    @Test func onlyBoilerplate() {
        let page = "  • 欢迎访问民生资讯网!\n  • 当前所在:首页 > 民政资讯\n版权所有 皖ICP备12345678号\n"
        #expect(
            parseOutcome("nav.txt", Array(page.utf8))
                == "nav.txt:1:1: error: no report found: the file holds only site boilerplate or metadata")
    }

    @Test func binaryFile() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]
        #expect(parseOutcome("image.txt", png) == "image.txt:3:1: error: not a text file: binary data at byte offset 8")
        let controls = Array(repeating: UInt8(0x01), count: 10) + Array("合肥市".utf8)
        #expect(
            parseOutcome("controls.txt", controls)
                == "controls.txt:1:1: error: not a text file: binary data at byte offset 0")
    }

    @Test func truncatedUTF8() {
        let whole = Array(Self.report.utf8)
        // The last line is cut inside `元` (three bytes: E5 85 83), two bytes of it kept.
        let cut = Array(whole.prefix(whole.count - 3 - 2))
        #expect(
            parseOutcome("cut.txt", cut) == """
                cut.txt:8:16: error: file ends in the middle of a character (UTF-8, at byte offset \(cut.count - 2)): \
                it looks cut short
                """)
        let gb = gb18030(Self.report)
        let gbCut = Array(gb.prefix(gb.count - 2))
        #expect(
            parseOutcome("cut-gb.txt", gbCut) == """
                cut-gb.txt:8:17: error: file ends in the middle of a character (GB18030, at byte offset \(gbCut.count - 1)): \
                it looks cut short
                """)
    }

    @Test func invalidUTF8InTheMiddle() {
        let bytes = Array("合肥市报告\n全市".utf8) + [0xE5, 0x41] + Array("建成机构294个。\n".utf8)
        #expect(
            parseOutcome("broken.txt", bytes) == """
                broken.txt:2:3: error: not a text file: invalid byte 0xE5 at byte offset 22 \
                (read as UTF-8; neither UTF-8 nor GB18030 fits)
                """)
    }

    @Test func mixedEncodings() {
        let utf8Then = Array("合肥市报告\n全市建成机构294个。\n".utf8) + gb18030("黄山市报告\n全市建成调解工作室1082个。\n")
        #expect(
            parseOutcome("mixed.txt", utf8Then)
                == "mixed.txt:3:1: error: mixed encodings: UTF-8 up to line 2, then GB18030; convert the file to one encoding"
        )
        let gbThen = gb18030("合肥市报告\n全市建成机构294个。\n") + Array("黄山市报告\n全市建成调解工作室1082个。\n".utf8)
        #expect(
            parseOutcome("mixed.txt", gbThen)
                == "mixed.txt:3:1: error: mixed encodings: GB18030 up to line 2, then UTF-8; convert the file to one encoding"
        )
    }

    @Test func gb18030() {
        #expect(parseOutcome("gb.txt", gb18030(Self.report)) == "GB18030: " + Self.reportMeasures)
    }

    @Test func utf16WithByteOrderMark() {
        let little: [UInt8] = [0xFF, 0xFE] + utf16(Self.report, littleEndian: true)
        #expect(parseOutcome("le.txt", little) == "UTF-16LE: " + Self.reportMeasures)
        let big: [UInt8] = [0xFE, 0xFF] + utf16(Self.report, littleEndian: false)
        #expect(parseOutcome("be.txt", big) == "UTF-16BE: " + Self.reportMeasures)
        #expect(
            parseOutcome("odd.txt", Array(little.dropLast())) == """
                odd.txt:8:18: error: file ends in the middle of a character (UTF-16LE, at byte offset \(little.count - 2)): \
                it looks cut short
                """)
        let loneSurrogate: [UInt8] = [0xFF, 0xFE] + utf16("合肥", littleEndian: true) + [0x00, 0xDC, 0x41, 0x00]
        #expect(
            parseOutcome("surrogate.txt", loneSurrogate) == """
                surrogate.txt:1:3: error: not a text file: invalid byte 0x00 at byte offset 6 \
                (read as UTF-16LE, as its byte-order mark says)
                """)
    }

    /// 200 MB: the report, then 200 MB of paragraphs without figures, then a last section whose figure
    /// must still be found. Measured: about 40 s in a debug build on the 2-core CI machine (most of it
    /// the -Onone scanner), about 2 s in release; the file is written in 1 MB chunks.
    @Test(.slow) func twoHundredMegabyteFile() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("huge.txt")
            try writeLargeFile(
                file, head: Self.report, chunk: "坚持以人民为中心的发展思想，持续推进民政事业高质量发展，兜牢民生底线。\n",
                count: 200 << 20, tail: "\n三、最后一节\n全市建成调解工作室1082个。\n")
            let outcome = try #require(finishing(within: 300) { ReportLoader.load(paths: [file.path]) })
            #expect(outcome.failures.map { $0.rendered() } == [])
            #expect(
                measureSummaries(outcome.corpus) == Self.reportMeasures.components(separatedBy: ", ") + ["1082个=1082个"])
        }
    }

    /// One 50 MB line holding a figure every kilobyte (53,000 figures), the last at its very end:
    /// every column is right and each is counted from the one before, not from the line start (which
    /// took hours). Measured: about 12 s in a debug build.
    @Test(.slow) func fiftyMegabyteLine() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("line.txt")
            let chunk = String(repeating: "民政事业持续发展", count: 40) + "，建成养老助餐机构294个；"
            let written = try writeLargeFile(
                file, head: "合肥市人民政府副市长 刘卫宝\n一、一行\n", chunk: chunk, count: 50 << 20, tail: "累计投入资金4680万元。\n")
            let outcome = try #require(finishing(within: 300) { ReportLoader.load(paths: [file.path]) })
            #expect(outcome.failures.map { $0.rendered() } == [])
            let corpus = outcome.corpus
            #expect(corpus.measures.count == written.chunks + 1)
            let first = corpus.measure(0)
            #expect([summary(first), "\(first.line):\(first.column)"] == ["294个=294个", "3:330"])
            let last = corpus.measure(corpus.measures.count - 1)
            let lastColumn = written.chunks * chunk.unicodeScalars.count + written.spaces + 7
            #expect([summary(last), "\(last.line):\(last.column)"] == ["4680万元=46800000元", "3:\(lastColumn)"])
        }
    }

    /// A sparse file of 1.5 GiB: refused from its size, before a byte is read.
    @Test func aFileOverOneGigabyteIsRefusedUnread() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("huge.txt")
            #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 3 << 29)
            try handle.close()
            let outcome = try #require(finishing(within: 10) { ReportLoader.load(paths: [file.path]) })
            #expect(
                outcome.failures.map { $0.rendered() } == [
                    file.path + ":1:1: error: file is too large: 1536 MB (tally reads files of up to 1024 MB)"
                ])
            #expect(outcome.corpus.documents.isEmpty)
        }
    }

    @Test(.slow) func thousandsOfFilesAndSomeUnreadable() throws {
        try withTemporaryFolder { folder in
            for index in 0..<3000 {
                let text = "合肥市报告\n全市建成养老助餐机构\(index + 1)个。\n"
                try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "r%04d.txt", index)))
            }
            // Unreadable even as root: a link to nowhere, a link to a file whose read fails, a named pipe
            // (which would block a reader forever), and a binary file.
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("dangling.txt").path,
                withDestinationPath: "/nonexistent/report.txt")
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("ioerror.txt").path,
                withDestinationPath: "/proc/self/mem")
            #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
            try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]).write(
                to: folder.appendingPathComponent("program.txt"))
            try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.md"))

            let outcome = try #require(finishing(within: 120) { ReportLoader.load(paths: [folder.path]) })
            #expect(outcome.corpus.documents.count == 3000)
            #expect(outcome.corpus.documents.first?.name == folder.appendingPathComponent("r0000.txt").path)
            #expect(measureSummaries(outcome.corpus).last == "3000个=3000个")
            let base = folder.path + "/"
            #expect(
                outcome.failures.map { $0.rendered() } == [
                    base + "dangling.txt:1:1: error: cannot open: no such file or directory",
                    base + "pipe.txt:1:1: error: not a file or folder",
                    base + "ioerror.txt:1:1: error: cannot read file: input/output error",
                    base + "program.txt:1:8: error: not a text file: binary data at byte offset 7",
                ])
        }
    }

    @Test func symbolicLinkLoops() throws {
        try withTemporaryFolder { folder in
            let inner = folder.appendingPathComponent("inner")
            try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
            try Data("合肥市报告\n全市建成养老助餐机构294个。\n".utf8).write(to: inner.appendingPathComponent("a.txt"))
            try FileManager.default.createSymbolicLink(
                atPath: inner.appendingPathComponent("up").path, withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("self.txt").path,
                withDestinationPath: "self.txt")
            let outcome = try #require(finishing(within: 60) { ReportLoader.load(paths: [folder.path]) })
            #expect(measureSummaries(outcome.corpus) == ["294个=294个"])
            let base = folder.path + "/"
            #expect(
                outcome.failures.map { $0.rendered() } == [
                    base + "inner/up:1:1: error: skipped: folder already visited (a symbolic link loop)",
                    base + "self.txt:1:1: error: cannot open: too many levels of symbolic links",
                ])
        }
    }

    @Test func namedPipeOrDeviceGivenDirectly() throws {
        try withTemporaryFolder { folder in
            let pipe = folder.appendingPathComponent("pipe.txt").path
            #expect(mkfifo(pipe, 0o644) == 0)
            let outcome = try #require(finishing(within: 10) { ReportLoader.load(paths: [pipe, "/dev/null"]) })
            #expect(
                outcome.failures.map { $0.rendered() } == [
                    pipe + ":1:1: error: not a file or folder",
                    "/dev/null:1:1: error: not a file or folder",
                ])
        }
    }

    // MARK: - Numbers

    @Test func hugeNumberIsReadAsWritten() throws {
        #expect(
            try measures(in: "资金99999999999999999999亿元。").map(summary)
                == ["99999999999999999999亿元=1.0000000000000002e+28元"])
    }

    @Test func numberTooLargeForADoubleIsNoFigure() throws {
        let digits = String(repeating: "9", count: 400)
        #expect(try measures(in: "共\(digits)个，另有5个。").map(summary) == ["5个=5个"])
        #expect(try measures(in: "比例为百分之\(digits)，另有5个。").map(summary) == ["5个=5个"])
    }

    @Test func twoDecimalPointsAreNoNumber() throws {
        #expect(try measures(in: "惠及1.2.3万人，服务1.2.3.4万人次。").map(summary) == [])
    }

    @Test func fullWidthDigitsAndPoint() throws {
        #expect(try measures(in: "资金０．５万元。").map(summary) == ["０．５万元=5000元"])
    }

    @Test func doubleMinusIsNoNumber() throws {
        #expect(try measures(in: "变化--5个，下降-5%。").map(summary) == [])
    }

    @Test func digitsRunIntoOtherDigits() throws {
        #expect(
            try measures(in: "编号20212022个，共1２3个，4.67万人2608.83万元。").map(summary)
                == ["20212022个=20212022个", "1２3个=123个", "4.67万人=46700人", "2608.83万元=26088300元"])
        #expect(
            try measures(in: "共1,2345万元，12,345.6万元。").map(summary) == ["2345万元=23450000元", "12,345.6万元=123456000元"])
    }

    @Test func figureSplitAcrossALineBreak() throws {
        // A line break inside a figure: the pieces are not read as figures of their own.
        #expect(try measures(in: "资金4680\n万元。").map(summary) == [])
        #expect(try measures(in: "资金4680万\n元。").map(summary) == ["4680万=46800000元(implied)"])
        let fragment = try measures(in: "全市建成机构29\n4个。").map(summary)
        #expect(fragment == [])
    }

    /// A megabyte without sentence punctuation is cut into sentences of at most 8 KB: after a comma
    /// when there is one, so no figure is split; else at a character boundary.
    @Test func aMegabyteSentenceIsCutIntoPieces() throws {
        let clause = "民政事业持续发展，建成养老助餐机构294个，"
        let withCommas = "合肥市人民政府副市长 刘卫宝\n一、一行\n" + String(repeating: clause, count: 20_000) + "。\n"
        let corpus = try #require(Self.corpus(withCommas))
        #expect(corpus.measures.count == 20_000)
        #expect(Set((0..<corpus.measures.count).map { summary(corpus.measure($0)) }) == ["294个=294个"])
        let lengths = (0..<corpus.sentences.count).map { corpus.sentenceText($0).utf8.count }
        #expect(lengths.allSatisfy { $0 <= SentenceSplitter.maximumSentenceBytes })
        // The heading's sentence (一行), then 1.2 MB in 148 pieces of 8,160 bytes (272 clauses) and a rest.
        #expect(lengths.count == 149)
        #expect(lengths[2] == 8_160)
        #expect(
            (0..<corpus.sentences.count).allSatisfy {
                corpus.sentenceText($0).hasSuffix("，") || $0 == 0 || $0 == corpus.sentences.count - 1
            })

        let unbroken = "合肥市人民政府副市长 刘卫宝\n一、一行\n" + String(repeating: "民政事业持续发展", count: 50_000) + "\n"
        let pieces = try #require(Self.corpus(unbroken))
        let texts = (0..<pieces.sentences.count).map { pieces.sentenceText($0) }
        #expect(texts.allSatisfy { $0.utf8.count <= SentenceSplitter.maximumSentenceBytes })
        #expect(texts.dropFirst().joined() == String(repeating: "民政事业持续发展", count: 50_000))
    }

    /// The corpus of one text, or nil when it does not parse.
    private static func corpus(_ text: String) -> Corpus? {
        guard case .success(let document) = ReportParser.parse(name: "long.txt", bytes: Array(text.utf8)) else {
            return nil
        }
        return Corpus([document])
    }

    /// UTF-16 bytes of `text`, without a byte-order mark.
    private func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    /// GB18030 bytes of `text`, through iconv.
    private func gb18030(_ text: String) -> [UInt8] {
        let descriptor = iconv_open("GB18030", "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return [] }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let outputCount = output.count
        var left = 0
        input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outputCount
                _ = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                left = outLeft
            }
        }
        return Array(output.prefix(outputCount - left))
    }
}
