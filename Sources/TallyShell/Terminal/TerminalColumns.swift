/// How many terminal columns `text` takes: 2 for East Asian wide and fullwidth characters (CJK),
/// 0 for combining marks, zero-width and control characters, 1 for everything else.
///
/// A small table, good enough for laying out completion lists; it does not cover every emoji.
func terminalColumns(of text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + terminalColumns(of: $1) }
}

/// How many terminal columns one Unicode scalar takes (see `terminalColumns(of:)` for a string).
func terminalColumns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
}

/// Unicode ranges whose characters are East Asian Wide or Fullwidth.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x231A...0x231B, 0x2329...0x232A,
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, CJK compatibility forms, small forms
    0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
    0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // pictographs and emoticons
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and later
]

/// Lays `items` out in columns that fit `width` terminal columns, filled top to bottom then left to
/// right (as `ls` and bash list completions), two spaces between columns.
///
/// Returns the rows without trailing spaces. An item wider than `width` gets a row of its own.
func columnRows(_ items: [String], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    let widths = items.map { terminalColumns(of: $0) }
    let gap = 2
    let cellWidth = (widths.max() ?? 0) + gap
    let columnCount = max(1, (max(width, 1) + gap) / cellWidth)
    let rowCount = (items.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
        var text = ""
        var column = row
        while column < items.count {
            let next = column + rowCount
            text += items[column]
            if next < items.count {
                text += String(repeating: " ", count: cellWidth - widths[column])
            }
            column = next
        }
        return text
    }
}
