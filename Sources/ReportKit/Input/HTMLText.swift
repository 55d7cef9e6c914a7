/// Reduces an HTML page to its text: tags removed, block elements and `<br>` as line breaks, `script`,
/// `style` and comments dropped, character references decoded.
enum HTMLText {
    /// Whether the file is HTML by its name or by how its text starts.
    static func looksLikeHTML(name: String, utf8: [UInt8]) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        let head = String(decoding: utf8.prefix(64), as: UTF8.self).trimmingSpaces().lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// Elements that start a new line in the text.
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "ul", "ol",
        "title", "header", "footer", "td", "th", "dd", "dt", "blockquote", "pre", "hr",
    ]
    /// Elements whose content is not text.
    private static let skippedTags: Set<String> = ["script", "style", "noscript", "template"]

    /// The text of an HTML document as UTF-8.
    static func text(fromHTML utf8: [UInt8]) -> [UInt8] {
        let source = String(decoding: utf8, as: UTF8.self)
        var output = ""
        output.reserveCapacity(source.utf8.count / 2)
        var index = source.startIndex
        var skipping: String?
        while index < source.endIndex {
            let character = source[index]
            if character == "<" {
                if source[index...].hasPrefix("<!--") {
                    index = source[index...].firstRange(of: "-->")?.upperBound ?? source.endIndex
                    continue
                }
                let close = source[index...].firstIndex(of: ">") ?? source.endIndex
                let tag = tagName(source[source.index(after: index)..<close])
                if let skipped = skipping {
                    if tag.name == skipped && tag.isClosing { skipping = nil }
                } else if skippedTags.contains(tag.name) && !tag.isClosing && !tag.isSelfClosing {
                    skipping = tag.name
                } else if blockTags.contains(tag.name) {
                    output.append("\n")
                }
                index = close < source.endIndex ? source.index(after: close) : close
                continue
            }
            if skipping == nil {
                if character == "&", let (decoded, next) = entity(in: source, at: index) {
                    output.append(decoded)
                    index = next
                    continue
                }
                output.append(character)
            }
            index = source.index(after: index)
        }
        return Array(output.utf8)
    }

    private static func tagName(_ inside: Substring) -> (name: String, isClosing: Bool, isSelfClosing: Bool) {
        let isClosing = inside.hasPrefix("/")
        let body = isClosing ? inside.dropFirst() : inside
        let name = body.prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        return (name, isClosing, inside.hasSuffix("/"))
    }

    private static let namedEntities: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "middot": "·", "mdash": "—", "ndash": "–", "hellip": "…", "times": "×",
    ]

    /// A character reference (`&amp;`, `&#20013;`, `&#x4E2D;`) at `index`, decoded.
    private static func entity(in source: String, at index: String.Index) -> (Character, String.Index)? {
        guard let semicolon = source[index...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = source[source.index(after: index)..<semicolon]
        let next = source.index(after: semicolon)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (Character(scalar), next)
        }
        guard let character = namedEntities[String(body)] else { return nil }
        return (character, next)
    }
}
