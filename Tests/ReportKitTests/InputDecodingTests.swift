import ReportKit
import TallySeeds
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Encodings, line ends, spaces and HTML in; binary, invalid and empty files refused with a message
/// naming the file and the byte offset.
@Suite struct InputDecodingTests {
    private var seed: [UInt8] { BundledSeeds.files.first?.bytes ?? [] }

    private func measureSummaries(_ bytes: [UInt8], name: String = "seed.txt") throws -> [String] {
        let corpus = Corpus([try ReportParser.parse(name: name, bytes: bytes).get()])
        return (0..<corpus.measures.count).map { summary(corpus.measure($0)) }
    }

    @Test func gb18030CopyGivesIdenticalMeasures() throws {
        let converted = try #require(convert(seed, to: "GB18030"))
        #expect(converted != seed)
        let parsed = try ReportParser.parse(name: "seed-gb.txt", bytes: converted).get()
        #expect(parsed.encoding == .gb18030)
        #expect(try measureSummaries(converted) == measureSummaries(seed))
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let converted = try #require(convert(seed, to: "UTF-16LE"))
        let parsed = try ReportParser.parse(name: "seed-16.txt", bytes: [0xFF, 0xFE] + converted).get()
        #expect(parsed.encoding == .utf16LittleEndian)
        #expect(parsed.measureCount == 102)
    }

    @Test func byteOrderMarkAndWindowsLineEndsChangeNothing() throws {
        let crlf = Array(
            String(decoding: seed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\r\n").utf8)
        let withBOM = [0xEF, 0xBB, 0xBF] + crlf
        #expect(try measureSummaries(withBOM) == measureSummaries(seed))
        let oldMac = Array(
            String(decoding: seed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\r").utf8)
        #expect(try measureSummaries(oldMac) == measureSummaries(seed))
        let parsed = try ReportParser.parse(name: "bom.txt", bytes: withBOM).get()
        #expect(parsed.encoding == .utf8WithBOM)
    }

    @Test func fullWidthAndNoBreakSpacesAreSpaces() throws {
        let text = "\u{3000}\u{3000}全市建成机构２９４个。\u{A0}\n"
        #expect(try measures(in: text).map(summary) == ["２９４个=294个"])
    }

    @Test func htmlIsReducedToText() throws {
        let html = """
            <!DOCTYPE html><html><head><title>合肥市民政工作</title><style>p{color:red}</style></head>
            <body><div class="nav">当前所在:首页 &gt; 民政资讯</div><p>全市建成养老助餐机构294个，日均服务1.2万人次。</p>
            <p>累计投入资金4680&#19975;元。</p><script>var x = 12345;</script></body></html>
            """
        let corpus = Corpus([try ReportParser.parse(name: "page.html", bytes: Array(html.utf8)).get()])
        #expect(
            (0..<corpus.measures.count).map { summary(corpus.measure($0)) } == [
                "294个=294个", "1.2万人次=12000人次", "4680万元=46800000元",
            ])
        #expect(corpus.reports.first?.city == "合肥")
    }

    @Test func binaryDataIsRefusedWithItsOffset() {
        let bytes: [UInt8] = Array("合肥市报告".utf8) + [0x00, 0x01, 0x02, 0xFF]
        let result = ReportParser.parse(name: "data.bin", bytes: bytes)
        guard case .failure(let diagnostic) = result else {
            Issue.record("binary data was accepted")
            return
        }
        #expect(diagnostic.message == "not a text file: binary data at byte offset 15")
        #expect(diagnostic.location.file == "data.bin")
        #expect(diagnostic.location.byteOffset == 15)
    }

    @Test func invalidBytesAreRefusedWithTheirOffset() {
        let bytes: [UInt8] = Array("第一行文字\n第二行".utf8) + [0xE5, 0x80] + Array("。".utf8) + [0x81]
        let result = ReportParser.parse(name: "broken.txt", bytes: bytes)
        guard case .failure(let diagnostic) = result else {
            Issue.record("invalid bytes were accepted")
            return
        }
        #expect(diagnostic.message.hasPrefix("not a text file: invalid byte 0x"))
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.location.byteOffset != nil)
    }

    @Test func emptyAndBoilerplateOnlyFilesSaySo() {
        for bytes in [[UInt8](), Array("  \n\r\n ".utf8)] {
            guard case .failure(let diagnostic) = ReportParser.parse(name: "empty.txt", bytes: bytes) else {
                Issue.record("empty file accepted")
                continue
            }
            #expect(diagnostic.message == "file is empty")
        }
        let boilerplate = "• 欢迎访问民生资讯网!\n  • 当前所在:首页 > 民政资讯\n京ICP备13039793号-20\n"
        guard case .failure(let diagnostic) = ReportParser.parse(name: "nav.txt", bytes: Array(boilerplate.utf8)) else {
            Issue.record("boilerplate-only file accepted")
            return
        }
        #expect(diagnostic.message == "no report found: the file holds only site boilerplate or metadata")
    }

    @Test(arguments: [
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00] as [UInt8], TextEncoding.utf32LittleEndian),
        ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
    ])
    func utf32WithByteOrderMarkIsRead(encoding: String, mark: [UInt8], expected: TextEncoding) throws {
        let converted = try #require(convert(seed, to: encoding))
        let decoded = try TextDecoder.decode(mark + converted).get()
        #expect(decoded.encoding == expected)
        #expect(decoded.utf8 == seed)
        #expect(try measureSummaries(mark + converted) == measureSummaries(seed))
    }

    @Test func gb18030ByteOrderMarkBeforeGB18030IsRead() throws {
        let converted = try #require(convert(seed, to: "GB18030"))
        let decoded = try TextDecoder.decode([0x84, 0x31, 0x95, 0x33] + converted).get()
        #expect(decoded.encoding == .gb18030WithBOM)
        #expect(decoded.utf8 == seed)
    }

    @Test func gb18030ByteOrderMarkBeforeUTF8IsRead() throws {
        let decoded = try TextDecoder.decode([0x84, 0x31, 0x95, 0x33] + seed).get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.utf8 == seed)
        #expect(try measureSummaries([0x84, 0x31, 0x95, 0x33] + seed) == measureSummaries(seed))
    }

    @Test func aFailureAfterAGB18030ByteOrderMarkCountsTheMark() {
        let bytes: [UInt8] = [0x84, 0x31, 0x95, 0x33] + Array("报告".utf8) + [0x00, 0x00, 0x00]
        guard case .failure(let failure) = TextDecoder.decode(bytes) else {
            Issue.record("binary data after a GB18030 mark accepted")
            return
        }
        #expect(failure == .binary(offset: 10))
        #expect(failure.message == "not a text file: binary data at byte offset 10")
    }

    /// Converts UTF-8 bytes to another encoding with iconv.
    private func convert(_ bytes: [UInt8], to encoding: String) -> [UInt8]? {
        let descriptor = iconv_open(encoding, "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let outputCount = output.count
        var remaining = 0
        let failed = input.withUnsafeMutableBytes { inBuffer in
            output.withUnsafeMutableBytes { outBuffer in
                var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outputCount
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                remaining = outLeft
                return result == -1
            }
        }
        return failed ? nil : Array(output.prefix(outputCount - remaining))
    }
}
