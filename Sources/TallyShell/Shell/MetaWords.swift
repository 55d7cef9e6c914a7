/// A meta command line cut into words: white space separates them, and `"…"` or `'…'` keeps spaces
/// inside one (for file names). Each word remembers the column it starts at, for error carets.
struct MetaWords {
    /// One word, unquoted, with its place on the line.
    struct Word: Equatable {
        /// The text, without the quotes around it.
        var text: String
        /// The 1-based column of its first character (counted in Unicode scalars).
        var column: Int
        /// How many scalars it takes on the line, quotes included.
        var length: Int
    }

    /// The words in order; the first is the command itself (`.mode`).
    let words: [Word]

    /// Cuts `line` into words. An unclosed quote runs to the end of the line.
    init(_ line: String) {
        var words: [Word] = []
        var current: String.UnicodeScalarView?
        var start = 0
        var quote: Unicode.Scalar?
        var column = 0
        for scalar in line.unicodeScalars {
            column += 1
            if let open = quote {
                if scalar == open { quote = nil } else { current?.append(scalar) }
                continue
            }
            if scalar.properties.isWhitespace {
                if let text = current { words.append(Word(text: String(text), column: start, length: column - start)) }
                current = nil
                continue
            }
            if current == nil {
                current = String.UnicodeScalarView()
                start = column
            }
            if scalar == "\"" || scalar == "'" { quote = scalar } else { current?.append(scalar) }
        }
        if let text = current { words.append(Word(text: String(text), column: start, length: column + 1 - start)) }
        self.words = words
    }

    /// The command word without its dot, lowercased (`mode` for `.MODE`).
    var name: String {
        guard let first = words.first else { return "" }
        return String(first.text.dropFirst()).lowercased()
    }

    /// The words after the command.
    var arguments: ArraySlice<Word> { words.dropFirst() }
}
