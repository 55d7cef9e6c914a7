extension StringProtocol {
    /// The text without the tabs and spaces at its ends: the characters Foundation's
    /// `CharacterSet.whitespaces` holds (U+0009, the space separators of Unicode and U+200B),
    /// trimmed scalar by scalar as `trimmingCharacters(in: .whitespaces)` does, without Foundation
    /// (whose first use costs start-up a millisecond).
    func trimmingWhitespace() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTabOrSpace }),
            let last = scalars.lastIndex(where: { !$0.isTabOrSpace })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is in `CharacterSet.whitespaces`.
    fileprivate var isTabOrSpace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
