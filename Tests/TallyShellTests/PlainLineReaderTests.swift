import Foundation
import Testing

@testable import TallyShell

/// Everything a `PlainLineReader` reads from `bytes`, up to and including the first `.endOfInput`.
private func readAll(_ bytes: [UInt8]) throws -> [LineInput] {
    let path = NSTemporaryDirectory() + "tally-plain-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let reader = PlainLineReader(fileDescriptor: descriptor)
    var inputs: [LineInput] = []
    while true {
        let input = reader.readLine(prompt: Prompt())
        inputs.append(input)
        if input == .endOfInput || inputs.count > 100_000 { return inputs }
    }
}

private func readAll(_ text: String) throws -> [LineInput] {
    try readAll(Array(text.utf8))
}

@Suite("PlainLineReader")
struct PlainLineReaderTests {
    @Test("Lines come back without their line ends, Chinese intact")
    func readsLines() throws {
        #expect(
            try readAll("where city == 合肥\nselect 蚌埠\n") == [
                .line("where city == 合肥"), .line("select 蚌埠"), .endOfInput,
            ])
    }

    @Test("The last line is read without a line end")
    func lastLineWithoutNewline() throws {
        #expect(try readAll("a\nlast 安庆") == [.line("a"), .line("last 安庆"), .endOfInput])
    }

    @Test("CRLF line ends lose their CR; a CR inside a line stays")
    func stripsCarriageReturn() throws {
        #expect(
            try readAll("one\r\ntwo\rthree\r\nfour\r") == [
                .line("one"), .line("two\rthree"), .line("four"), .endOfInput,
            ])
    }

    @Test("Empty lines are lines; empty input is the end at once, and stays the end")
    func emptyLinesAndInput() throws {
        #expect(try readAll("\n\nx\n") == [.line(""), .line(""), .line("x"), .endOfInput])
        #expect(try readAll("") == [.endOfInput])
        let reader = PlainLineReader(fileDescriptor: -1)
        #expect(reader.readLine(prompt: Prompt()) == .endOfInput)
        #expect(reader.readLine(prompt: Prompt()) == .endOfInput)
    }

    @Test("Invalid UTF-8 becomes U+FFFD instead of being lost")
    func repairsInvalidUTF8() throws {
        let bytes: [UInt8] = Array("合".utf8) + [0xFF, 0xE5, 0x90] + Array("ok\n".utf8)
        #expect(try readAll(bytes) == [.line("合\u{FFFD}\u{FFFD}ok"), .endOfInput])
    }

    @Test("A byte order mark at the very start is skipped, elsewhere kept")
    func skipsLeadingByteOrderMark() throws {
        #expect(try readAll("\u{FEFF}select\n\u{FEFF}x\n") == [.line("select"), .line("\u{FEFF}x"), .endOfInput])
    }

    @Test("Input longer than one read buffer is split correctly")
    func longInput() throws {
        let lines = (0..<20_000).map { "第\($0)行 where value > \($0)" }
        let inputs = try readAll(lines.joined(separator: "\n"))
        #expect(inputs == lines.map { LineInput.line($0) } + [.endOfInput])
    }

    @Test("A line written in pieces through a pipe is read whole")
    func pipeInPieces() throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        let reader = PlainLineReader(fileDescriptor: descriptors[0])
        let writer = descriptors[1]
        let pieces = ["wh", "ere 合", "肥\nsecond", " line"]
        let thread = Thread {
            for piece in pieces {
                _ = piece.utf8CString.withUnsafeBufferPointer { write(writer, $0.baseAddress, $0.count - 1) }
                usleep(20_000)
            }
            close(writer)
        }
        thread.start()
        #expect(reader.readLine(prompt: Prompt()) == .line("where 合肥"))
        #expect(reader.readLine(prompt: Prompt()) == .line("second line"))
        #expect(reader.readLine(prompt: Prompt()) == .endOfInput)
        close(descriptors[0])
    }

    @Test("History is ignored")
    func keepsNoHistory() throws {
        let reader = PlainLineReader(fileDescriptor: -1)
        reader.addToHistory("select 1")
        #expect(reader.readLine(prompt: Prompt()) == .endOfInput)
    }
}
