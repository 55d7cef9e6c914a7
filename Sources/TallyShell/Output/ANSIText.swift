/// Removing terminal escape sequences from text, for files and transcripts that must not carry them.
enum ANSIText {
    /// `text` without ANSI escape sequences (`ESC [ … final byte`, and any other `ESC x` pair).
    static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{1B}") else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            guard let kind = scalars.next(), kind == "[" else { continue }
            // A CSI sequence runs to its final byte, @ through ~.
            while let next = scalars.next() {
                if (0x40...0x7E).contains(next.value) { break }
            }
        }
        return String(result)
    }
}
