/// The indicator-name reading of `IndicatorName` on UTF-8 bytes, for the text nearly every subject
/// is: scalars that are each their own `Character` and have no canonically equivalent spelling, so
/// that comparing `Character`s is comparing bytes and counting them is counting scalars. It gives
/// exactly what the `Character` reading gives, without the grapheme breaking and normalisation that
/// make that reading cost tens of thousands of instructions per subject.
enum PlainText {
    /// `subject` without its leading and trailing words (`IndicatorName.leadingWords`,
    /// `trailingWords`, dropped in the same order and under the same length rule), or nil when
    /// `subject` holds a scalar outside the plain set.
    static func stripped(_ subject: String) -> String? {
        var subject = subject
        return subject.withUTF8 { bytes -> String? in
            var scalars = 0
            var index = 0
            while index < bytes.count {
                let (value, length) = bytes.scalar(at: index)
                guard isPlain(value) else { return nil }
                scalars += 1
                index += length
            }
            var start = 0
            var end = bytes.count
            var changed = true
            while changed {
                changed = false
                for word in leadingWords
                where scalars > word.scalars + 1 && bytes.matchesBytes(word.bytes, at: start)
                    && start + word.bytes.count <= end
                {
                    start += word.bytes.count
                    scalars -= word.scalars
                    changed = true
                }
                for word in trailingWords
                where scalars > word.scalars + 1 && end - word.bytes.count >= start
                    && bytes.matchesBytes(word.bytes, at: end - word.bytes.count)
                {
                    end -= word.bytes.count
                    scalars -= word.scalars
                    changed = true
                }
            }
            return bytes.string(start..<end)
        }
    }

    /// Whether `value` is its own grapheme cluster next to any other plain scalar and has no
    /// canonical decomposition: printable ASCII, the unified Han ideographs, CJK punctuation (not the
    /// tone marks U+302A–U+302F), general punctuation U+2010–U+2027 and the full-width ASCII forms.
    static func isPlain(_ value: UInt32) -> Bool {
        (value >= 0x20 && value <= 0x7E) || (value >= 0x4E00 && value <= 0x9FFF)
            || (value >= 0x3000 && value <= 0x3029) || (value >= 0x2010 && value <= 0x2027)
            || (value >= 0xFF01 && value <= 0xFF5E)
    }

    /// A word to drop: its UTF-8 bytes and its length in scalars (each one `Character`).
    struct Word {
        let bytes: [UInt8]
        let scalars: Int
        init(_ word: String) {
            bytes = Array(word.utf8)
            scalars = word.unicodeScalars.count
        }
    }

    private static let leadingWords = IndicatorName.leadingWords.map(Word.init)
    private static let trailingWords = IndicatorName.trailingWords.map(Word.init)
}
