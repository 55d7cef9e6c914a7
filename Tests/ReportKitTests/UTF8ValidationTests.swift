import Testing

@testable import ReportKit

/// The validation pass reads runs of Chinese characters two at a time: a surrogate (`ED A0 80`), an
/// overlong form (`E0 80 80`) or a stray byte is found at its offset wherever it falls in a run.
@Suite struct UTF8ValidationTests {
    @Test(arguments: [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0x80], [0xE4, 0xB8]] as [[UInt8]])
    func anInvalidSequenceInsideARunIsFoundAtItsOffset(invalid: [UInt8]) {
        let character = Array("中".utf8)
        for before in 0..<6 {
            let prefix = Array(repeating: character, count: before).flatMap { $0 }
            let bytes = prefix + invalid + Array(repeating: character, count: 6).flatMap { $0 }
            #expect(UTF8Validation.firstInvalidOffset(bytes) == prefix.count)
        }
    }

    @Test("Valid runs of every length, with E0 and ED rows inside, are valid")
    func validRuns() {
        let characters = ["中", "\u{0800}", "\u{D7FF}", "文", "\u{E000}", "\u{FFFD}"].map { Array($0.utf8) }
        for length in 0..<14 {
            let bytes = (0..<length).flatMap { characters[$0 % characters.count] } + Array("x".utf8)
            #expect(UTF8Validation.firstInvalidOffset(bytes) == nil)
        }
    }
}
