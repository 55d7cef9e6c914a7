import Foundation
import TallyTestSupport
import Testing

/// Report files in UTF-32 or after a GB18030 byte-order mark, and GBK scripts, through the real
/// binary: a script piped into tally is decoded as the same script read from its file.
@Suite struct EncodingCommandTests {
    private static let report = "某市政府工作报告\n\n全年地区生产总值增长5.2%，财政收入一点五亿元。\n"
    /// `measures | where raw == "一点五亿元" | select raw, value` in GBK.
    private static let gbkScript =
        Array("measures | where raw == \"".utf8) + [0xD2, 0xBB, 0xB5, 0xE3, 0xCE, 0xE5, 0xD2, 0xDA, 0xD4, 0xAA]
        + Array("\" | select raw, value\n".utf8)

    /// Writes the report in `encoding` after `mark`, runs `tally parse --format jsonl` on it and
    /// returns the raw texts of its measures, with the exit status.
    private func parsedRaws(mark: [UInt8], encoding: String.Encoding) throws -> (status: Int32, raws: [String]) {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("报告.txt")
            let body = try #require(Self.report.data(using: encoding))
            try (Data(mark) + body).write(to: file)
            let result = try TallyProcess.run(["parse", "--format", "jsonl", file.path])
            let raws = result.output.split(separator: "\n").compactMap { line -> String? in
                guard let data = String(line).data(using: .utf8),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                else { return nil }
                return object["raw"] as? String
            }
            return (result.status, raws)
        }
    }

    @Test func utf32LittleEndianFileIsParsed() throws {
        let parsed = try parsedRaws(mark: [0xFF, 0xFE, 0x00, 0x00], encoding: .utf32LittleEndian)
        #expect(parsed.status == 0)
        #expect(parsed.raws == ["5.2%", "一点五亿元"])
    }

    @Test func utf32BigEndianFileIsParsed() throws {
        let parsed = try parsedRaws(mark: [0x00, 0x00, 0xFE, 0xFF], encoding: .utf32BigEndian)
        #expect(parsed.status == 0)
        #expect(parsed.raws == ["5.2%", "一点五亿元"])
    }

    @Test func gb18030ByteOrderMarkBeforeUTF8IsParsed() throws {
        let parsed = try parsedRaws(mark: [0x84, 0x31, 0x95, 0x33], encoding: .utf8)
        #expect(parsed.status == 0)
        #expect(parsed.raws == ["5.2%", "一点五亿元"])
    }

    @Test func gbkScriptReadsTheSameFromStandardInputAsFromItsFile() throws {
        try withTemporaryFolder { folder in
            try Data(Self.report.utf8).write(to: folder.appendingPathComponent("报告.txt"))
            try Data(Self.gbkScript).write(to: folder.appendingPathComponent("查询.tally"))
            let fromFile = try TallyProcess.run(["--data", "报告.txt", "查询.tally"], directory: folder)
            let fromPipe = try TallyProcess.run(
                executable: URL(fileURLWithPath: "/bin/sh"),
                ["-c", "cat 查询.tally | \"$0\" --data 报告.txt", TallyProcess.executable.path], directory: folder)
            #expect(fromFile.status == 0)
            #expect(fromFile.output.contains("一点五亿元"))
            #expect(fromFile.output.hasSuffix("1 row\n"))
            #expect(fromPipe.status == fromFile.status)
            #expect(fromPipe.output == fromFile.output)
            #expect(fromPipe.error == fromFile.error)
        }
    }

    @Test func scriptBytesInNoEncodingAreRefusedFromStandardInputAsFromAFile() throws {
        try withTemporaryFolder { folder in
            try Data(Self.report.utf8).write(to: folder.appendingPathComponent("报告.txt"))
            try Data(Array("measures\n".utf8) + [0xFF, 0xFE, 0xFD, 0x0A]).write(
                to: folder.appendingPathComponent("bad.tally"))
            let fromFile = try TallyProcess.run(["--data", "报告.txt", "bad.tally"], directory: folder)
            let fromPipe = try TallyProcess.run(
                executable: URL(fileURLWithPath: "/bin/sh"),
                ["-c", "cat bad.tally | \"$0\" --data 报告.txt", TallyProcess.executable.path], directory: folder)
            let reason =
                "not a text file: invalid byte 0xFF at byte offset 9 (read as UTF-8; neither UTF-8 nor GB18030 fits)"
            #expect(fromFile.status == 1)
            #expect(fromFile.error == "tally: error: cannot read bad.tally: \(reason)\n")
            #expect(fromPipe.status == 1)
            #expect(fromPipe.error == "tally: error: cannot read <stdin>: \(reason)\n")
        }
    }
}
