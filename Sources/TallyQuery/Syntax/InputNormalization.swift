/// How the lexer reads what Chinese input methods type: full-width punctuation, digits and Latin
/// letters are their ASCII twins, the ideographic space is a space and `、` is a comma.
///
/// Only the lexer's view changes; spans keep pointing at the original text, and quoted strings
/// keep their content exactly as written.
enum InputNormalization {
    /// The ASCII twin of a full-width scalar (`，` → `,`, `０` → `0`, `Ａ` → `A`, U+3000 → space),
    /// `,` for the enumeration comma `、`, or the scalar itself.
    @inline(__always)
    static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return scalar }
        // The Halfwidth and Fullwidth Forms block mirrors printable ASCII 0x21...0x7E.
        if value >= 0xFF01 && value <= 0xFF5E, let ascii = Unicode.Scalar(value - 0xFEE0) {
            return ascii
        }
        if value == 0x3000 { return " " }
        if value == 0x3001 { return "," }
        return scalar
    }

    /// Whether the (normalised) scalar separates tokens: spaces, tabs, line breaks, other Unicode
    /// white space and a stray byte-order mark.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return true
        case 0..<0x80: return false
        case 0xFEFF: return true
        default: return scalar.properties.isWhitespace
        }
    }

    /// Whether the (normalised) scalar is an ASCII digit.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether the (normalised) scalar can start a word: a letter of any script or `_`.
    @inline(__always)
    static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || value == 0x5F
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether the (normalised) scalar can continue a word: a word start, a digit or a combining mark.
    @inline(__always)
    static func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if isWordStart(scalar) || isDigit(scalar) { return true }
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The Chinese magnitude words a number may end with, and the power of ten each stands for;
    /// a run multiplies, so `万亿` is 10¹² and `千万` is 10⁷.
    @inline(__always)
    static func magnitudeExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "百": 2
        case "千": 3
        case "万": 4
        case "亿": 8
        default: nil
        }
    }
}
