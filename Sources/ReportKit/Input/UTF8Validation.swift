/// One pass over a file's bytes that validates UTF-8 and counts the control bytes that mark a
/// binary file, so a report is read once, not once per question.
enum UTF8Validation {
    /// What the pass found.
    struct Census {
        /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all
        /// of the bytes are valid UTF-8 (overlong forms and surrogates are invalid).
        var firstInvalid: Int?
        /// The offset of the first NUL byte, or of the first control byte when control bytes (other
        /// than tab, line feed, carriage return, form feed and escape) make up more than one in two
        /// hundred bytes: text files have neither. Nil for text.
        var binaryOffset: Int?
    }

    /// Reads `bytes` once: UTF-8 validity and the binary marks.
    static func census(_ bytes: [UInt8]) -> Census {
        bytes.withUnsafeBufferPointer { buffer -> Census in
            guard let base = buffer.baseAddress else { return Census() }
            let count = buffer.count
            var firstInvalid: Int?
            var firstNUL: Int?
            var firstControl: Int?
            var controls = 0
            var index = 0
            while index < count {
                let lead = base[index]
                if lead >= 0x80 {
                    // After the first invalid byte only the control bytes are still counted.
                    if firstInvalid != nil {
                        index += 1
                        continue
                    }
                    // The common case in Chinese text: runs of three-byte characters outside the E0 and
                    // ED rows, two checked with one load and mask (lead 1110xxxx, then 10xxxxxx twice),
                    // then one at a time.
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                        guard word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0, isPlainLead(word & 0xFF),
                            isPlainLead((word >> 24) & 0xFF)
                        else { break }
                        index += 6
                    }
                    while index + 4 <= count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                        let first = word & 0xFF
                        guard word & 0x00C0_C0F0 == 0x0080_80E0, first != 0xE0, first != 0xED else { break }
                        index += 3
                    }
                    guard index < count, base[index] >= 0x80 else { continue }
                    let length = sequenceLength(buffer, at: index)
                    if length == 0 {
                        firstInvalid = index
                        index += 1
                    } else {
                        index += length
                    }
                    continue
                }
                if lead < 0x20 {
                    if lead == 0 {
                        if firstNUL == nil { firstNUL = index }
                    } else if lead != 0x09 && lead != 0x0A && lead != 0x0D && lead != 0x0C && lead != 0x1B {
                        controls += 1
                        if firstControl == nil { firstControl = index }
                    }
                }
                index += 1
                // Runs of printable ASCII (markup, numbers): eight bytes at a time.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // A high bit set, or a byte below 0x20 (the subtraction borrows into its high bit).
                    if (word | (word &- 0x2020_2020_2020_2020)) & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
            }
            let binary = firstNUL ?? (controls * 200 > count ? firstControl : nil)
            return Census(firstInvalid: firstInvalid, binaryOffset: binary)
        }
    }

    /// Whether a three-byte lead (E0–EF) needs no check of its second byte beyond 10xxxxxx: not E0
    /// (overlong forms) or ED (surrogates).
    @inline(__always)
    private static func isPlainLead(_ lead: UInt64) -> Bool { lead != 0xE0 && lead != 0xED }

    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nil when all
    /// of `bytes` is valid UTF-8.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? { census(bytes).firstInvalid }

    /// The length of the valid UTF-8 sequence whose lead byte (≥ 0x80) is at `index`, or 0.
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let count = buffer.count
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return 0
        }
        guard index + length <= count else { return 0 }
        let second = buffer[index + 1]
        guard second >= lower && second <= upper else { return 0 }
        for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Whether the invalid sequence at `offset` is only the start of a character that the end of the
    /// bytes cut off (`E5 80` at the very end): a truncated file rather than a wrong encoding.
    static func isCutShort(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let needed: Int
        switch bytes[offset] {
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return false
        }
        let tail = bytes[(offset + 1)...]
        return tail.count < needed - 1 && tail.allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
