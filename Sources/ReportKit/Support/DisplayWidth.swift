/// How many terminal columns text takes: Chinese, Japanese, Korean and emoji take two, combining
/// marks, zero-width characters and controls take none, everything else one.
///
/// Widths follow Unicode East Asian Width (Wide and Fullwidth count two) for the blocks a terminal
/// draws wide. Text is read scalar by scalar, with a fast path for ASCII.
public enum DisplayWidth {
    /// How a padded text sits in its field.
    public enum Alignment: Sendable, Hashable {
        /// Text first, spaces after.
        case left
        /// Spaces first, text after.
        case right
    }

    /// The number of terminal columns `text` takes.
    public static func of(_ text: String) -> Int {
        of(Substring(text))
    }

    /// The number of terminal columns `text` takes.
    public static func of(_ text: Substring) -> Int {
        if let width = text.utf8.withContiguousStorageIfAvailable(width(ofUTF8:)) { return width }
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// The number of terminal columns one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        width(ofScalarValue: scalar.value)
    }

    /// `text` cut to at most `width` columns, ending in `…` (one column) when anything was cut.
    ///
    /// A wide character is never split, so the result may be one column narrower than `width`.
    /// Text that already fits is returned unchanged; a width below 1 gives the empty string.
    public static func truncated(_ text: String, toWidth width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        let room = width - 1
        var used = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let scalarWidth = of(scalar)
            if used + scalarWidth > room { break }
            used += scalarWidth
            kept.append(scalar)
        }
        kept.append("…")
        return String(kept)
    }

    /// `text` followed (`.left`) or preceded (`.right`) by spaces up to `width` columns.
    ///
    /// Text already as wide as `width` or wider is returned unchanged.
    public static func padded(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        switch alignment {
        case .left: return text + spaces
        case .right: return spaces + text
        }
    }

    /// The width of valid UTF-8, decoded scalar by scalar with ASCII handled inline.
    private static func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead >= 0x20 && lead != 0x7F { width += 1 }
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4)
            guard index + length <= count else { break }
            var value = UInt32(lead) & (0x7F >> length)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            width += self.width(ofScalarValue: value)
            index += length
        }
        return width
    }

    /// The width of the scalar with code point `value`.
    private static func width(ofScalarValue value: UInt32) -> Int {
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        if isWide(value) { return 2 }
        if isConjoiningJamo(value) { return 0 }
        guard let scalar = Unicode.Scalar(value) else { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Hangul medial vowels and final consonants, which join the preceding initial consonant.
    @inline(__always)
    private static func isConjoiningJamo(_ value: UInt32) -> Bool {
        (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }

    /// East Asian Wide and Fullwidth blocks, plus the emoji blocks terminals draw two columns wide.
    @inline(__always)
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
            0x2E80...0x303E,  // CJK radicals, Kangxi radicals, description characters, CJK symbols
            0x3041...0x3096,  // Hiragana
            0x309B...0x33FF,  // Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, CJK compatibility
            0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
            0x4E00...0x9FFF,  // CJK Unified Ideographs
            0xA000...0xA4CF,  // Yi
            0xA960...0xA97F,  // Hangul Jamo Extended-A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK Compatibility Ideographs
            0xFE10...0xFE19,  // vertical forms
            0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
            0xFF01...0xFF60,  // fullwidth forms
            0xFFE0...0xFFE6,  // fullwidth signs
            0x1B000...0x1B16F,  // Kana supplement and extension
            0x1F200...0x1F2FF,  // enclosed ideographic supplement
            0x1F300...0x1F64F,  // miscellaneous symbols and pictographs, emoticons
            0x1F680...0x1F6FF,  // transport and map symbols
            0x1F900...0x1F9FF,  // supplemental symbols and pictographs
            0x1FA70...0x1FAFF,  // symbols and pictographs extended-A
            0x20000...0x2FFFD,  // CJK Unified Ideographs Extensions B–F, compatibility supplement
            0x30000...0x3FFFD:  // CJK Unified Ideographs Extensions G and beyond
            return true
        default:
            return false
        }
    }
}
