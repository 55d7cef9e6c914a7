/// Splits paragraphs into sentences.
struct SentenceSplitter {
    let bytes: Bytes

    /// The sentences of the paragraph `range`, split at `。！？；` (and their ASCII forms), closing
    /// quotes kept with their sentence. The scan skips every byte that cannot begin a terminator:
    /// `。` is E3 80 82 and `！？；` are EF BC 81/9F/9B, so only `;!?` and the lead bytes E3 and EF need
    /// a closer look (continuation bytes never match, so the scan may step byte by byte).
    func sentences(in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        let mayEnd = Self.mayEndSentence
        while index < end {
            let stop = min(end, start + Self.maximumSentenceBytes)
            while index < stop && !mayEnd[Int(bytes[index])] { index += 1 }
            if index >= stop {
                guard stop < end else { break }
                let cut = longSentenceCut(start..<stop)
                found.append(start..<cut)
                start = cut
                continue
            }
            let byte = bytes[index]
            var terminatorLength = 0
            if byte < 0x80 {
                terminatorLength = 1
            } else if byte == 0xE3 {
                if index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { terminatorLength = 3 }
            } else if index + 2 < end, bytes[index + 1] == 0xBC,
                bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F || bytes[index + 2] == 0x9B
            {
                terminatorLength = 3
            }
            guard terminatorLength > 0 else {
                index += 1
                continue
            }
            index += terminatorLength
            while index < end, Self.isClosingMark(bytes.scalar(at: index).value) {
                index += bytes.scalar(at: index).length
            }
            found.append(start..<index)
            start = index
        }
        if start < end { found.append(start..<end) }
        return found
    }

    /// The bytes that may begin a sentence terminator: `;`, `!`, `?`, and the lead bytes E3 and EF.
    private static let mayEndSentence: [Bool] = (0..<256).map { [0x3B, 0x21, 0x3F, 0xE3, 0xEF].contains($0) }

    /// The longest sentence kept whole, in bytes (about 2,700 Chinese characters; real sentences are
    /// far shorter). A longer run without sentence punctuation — a hostile or broken file — is cut
    /// into pieces, so that no sentence costs megabytes each time a measure shows it and a regular
    /// expression never runs over megabytes at once.
    static let maximumSentenceBytes = 8_192

    /// Where to cut the over-long sentence `range`: after its last clause mark (`，、：,` or a space)
    /// in the final quarter, else at the last character boundary not between two ASCII digits.
    private func longSentenceCut(_ range: Range<Int>) -> Int {
        let earliest = range.upperBound - Self.maximumSentenceBytes / 4
        var index = range.upperBound
        while index > earliest {
            index -= 1
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x20 { return index + 1 }
            if index >= 2, bytes[index - 2] == 0xEF, bytes[index - 1] == 0xBC, byte == 0x8C || byte == 0x9A {
                return index + 1
            }
            if index >= 2, bytes[index - 2] == 0xE3, bytes[index - 1] == 0x80, byte == 0x81 { return index + 1 }
        }
        index = range.upperBound
        while index > range.lowerBound + 1 {
            let isLeadByte = bytes[index] & 0xC0 != 0x80
            let betweenDigits = (0x30...0x39).contains(bytes[index]) && (0x30...0x39).contains(bytes[index - 1])
            if isLeadByte && !betweenDigits { return index }
            index -= 1
        }
        return range.upperBound
    }

    /// Closing quotes and brackets that stay with the sentence before them: ” ’ 」 』 ） ).
    private static func isClosingMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29: true
        default: false
        }
    }
}
