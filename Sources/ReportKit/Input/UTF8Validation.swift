/// Fast UTF-8 validation that reports where the first invalid sequence starts.
enum UTF8Validation {
    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nil when all
    /// of `bytes` is valid UTF-8 (overlong forms and surrogates are invalid).
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        // The standard library's validator is fast; the loop below only runs to find where it failed.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                // ASCII runs are the common case in markup and numbers: skip them eight bytes at a time.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
                guard index < count else { return nil }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
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
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= lower && second <= upper else { return index }
                for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 { return index }
                index += length
            }
            return nil
        }
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
