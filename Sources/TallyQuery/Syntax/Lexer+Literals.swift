import TallyText

/// Reading the literals: numbers with magnitude words, quoted strings and regular expressions.
extension Lexer {
    /// Reads a number: digits with optional `,ddd` thousands groups and decimals, then an optional
    /// run of magnitude words (`万`, `亿`, `千`, `百`; `万亿` is 10¹²) and an optional `%`.
    ///
    /// A comma is a thousands separator only when exactly three digits follow it, so `1,234.5` is one
    /// number while `1, 2` and `1,2` are two.
    mutating func readNumber() {
        let start = index
        var digits = String.UnicodeScalarView()
        appendDigits(to: &digits)
        while isThousandsGroup(at: index) {
            index += 1
            appendDigits(to: &digits)
        }
        if index + 1 < scalars.count, normalizedScalar(at: index) == ".",
            InputNormalization.isDigit(normalizedScalar(at: index + 1))
        {
            digits.append(".")
            index += 1
            appendDigits(to: &digits)
        }
        var exponent = 0
        while index < scalars.count, let power = InputNormalization.magnitudeExponent(scalars[index]) {
            exponent += power
            index += 1
        }
        let isPercent = index < scalars.count && normalizedScalar(at: index) == "%"
        if isPercent { index += 1 }
        let text = String(digits) + (exponent > 0 ? "e\(exponent)" : "")
        emit(.number(Double(text) ?? .nan, isPercent: isPercent), from: start)
    }

    /// Appends the run of digits at `index` (full-width ones as ASCII) and moves past it.
    private mutating func appendDigits(to digits: inout String.UnicodeScalarView) {
        while index < scalars.count {
            let scalar = normalizedScalar(at: index)
            guard InputNormalization.isDigit(scalar) else { return }
            digits.append(scalar)
            index += 1
        }
    }

    /// Whether a comma at `offset` is followed by exactly three digits.
    private func isThousandsGroup(at offset: Int) -> Bool {
        guard offset < scalars.count, normalizedScalar(at: offset) == "," else { return false }
        for digit in 1...3 {
            guard offset + digit < scalars.count,
                InputNormalization.isDigit(normalizedScalar(at: offset + digit))
            else { return false }
        }
        return offset + 4 >= scalars.count || !InputNormalization.isDigit(normalizedScalar(at: offset + 4))
    }

    /// The scalar at `offset`, normalised.
    private func normalizedScalar(at offset: Int) -> Unicode.Scalar {
        InputNormalization.normalized(scalars[offset])
    }

    /// Reads a quoted string starting at the opening quote, up to `closing`. In ASCII quotes `\"`,
    /// `\'` and `\\` are escapes; any other backslash stands for itself. The content is kept as
    /// written, full-width characters included.
    mutating func readQuoted(closing: Unicode.Scalar, escapes: Bool) throws(LexFailure) {
        let start = index
        let text = readDelimited(closing: closing) { _, next in
            let escaped = InputNormalization.normalized(next)
            return escapes && (escaped == "\"" || escaped == "'" || escaped == "\\") ? [next] : nil
        }
        guard let text else {
            throw unterminated(Phrase.aString(), from: start, hint: Phrase.endStringWith(String(closing)))
        }
        emit(.string(text), from: start)
    }

    /// Reads a regular expression `/…/` starting at the opening slash. `\/` stands for a slash;
    /// every other backslash is kept for the regular expression engine.
    mutating func readRegex() throws(LexFailure) {
        let start = index
        let pattern = readDelimited(closing: "/") { backslash, next in
            InputNormalization.normalized(next) == "/" ? [next] : [backslash, next]
        }
        guard let pattern else {
            throw unterminated(Phrase.aRegex(), from: start, hint: Phrase.endRegexWith())
        }
        emit(.regex(pattern), from: start)
    }

    /// Reads from the opening delimiter at `index` up to and past `closing` (compared normalised),
    /// and returns the text between; nil, with `index` at the end, when `closing` never comes. A
    /// backslash and the scalar after it go to `escape`, which returns what the pair stands for, or
    /// nil when the backslash stands for itself.
    private mutating func readDelimited(
        closing: Unicode.Scalar, escape: (Unicode.Scalar, Unicode.Scalar) -> [Unicode.Scalar]?
    ) -> String? {
        index += 1
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            let normalized = InputNormalization.normalized(scalar)
            if normalized == closing {
                index += 1
                return String(text)
            }
            if normalized == "\\", index + 1 < scalars.count, let escaped = escape(scalar, scalars[index + 1]) {
                text.append(contentsOf: escaped)
                index += 2
                continue
            }
            text.append(scalar)
            index += 1
        }
        return nil
    }

    /// The error for a literal that runs to the end of the statement.
    private func unterminated(_ literal: String, from start: Int, hint: String) -> LexFailure {
        LexFailure(
            StatementError(Phrase.unterminated(literal), at: SourceSpan(start: start, end: index), hint: hint),
            isUnterminatedLiteral: true)
    }
}
