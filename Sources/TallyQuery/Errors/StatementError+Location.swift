import ReportKit

extension StatementError {
    /// The error placed in the file the statement came from: a mistake becomes `.located`, whose
    /// line and column count lines and scalars from the origin, whose `sourceLine` is the original
    /// line and whose `length` is the span's length on that line; anything else stays as it is.
    ///
    /// - Parameters:
    ///   - text: The statement's text, exactly as it was lexed (the span counts scalars in it).
    ///   - origin: Where the statement starts in its file.
    public func located(in text: String, origin: StatementOrigin) -> StatementError {
        guard case .mistake(let message, let span, let hint) = self else { return self }
        let place = StatementPosition(of: span.start, in: text)
        let location = SourceLocation(
            file: origin.file, line: origin.line + place.lineIndex, column: place.column)
        let length = min(span.length, max(1, place.lineLength - (place.column - 1)))
        return .located(
            Diagnostic(
                Self.shortened(message), at: location, sourceLine: place.lineText, length: length, hint: hint))
    }

    /// The longest quoted word a message shows whole, in scalars.
    static let shownQuote = 40

    /// `message` with each quoted word (`'…'`) longer than `shownQuote` cut to its start and end
    /// around `…`, so that a mistyped megabyte is not printed back in full.
    static func shortened(_ message: String) -> String {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count > 2 else { return message }
        return parts.enumerated().map { index, part -> String in
            let scalars = part.unicodeScalars
            guard index % 2 == 1, index < parts.count - 1, scalars.count > shownQuote else { return String(part) }
            let half = shownQuote / 2
            return String(String.UnicodeScalarView(scalars.prefix(half))) + "…"
                + String(String.UnicodeScalarView(scalars.suffix(half)))
        }.joined(separator: "'")
    }
}

/// Where a statement starts in its file, so that its errors can name a file, line and column.
public struct StatementOrigin: Sendable, Hashable {
    /// The file path, or `<command>` for text typed at the shell.
    public var file: String
    /// The 1-based line of the file on which the statement starts.
    public var line: Int

    /// Creates an origin.
    public init(file: String, line: Int = 1) {
        self.file = file
        self.line = line
    }

    /// The origin of a statement typed at the shell or given on the command line.
    public static let command = StatementOrigin(file: "<command>")
}

/// The line and column of a scalar offset inside a (possibly multi-line) statement.
private struct StatementPosition {
    /// The 0-based line within the statement.
    var lineIndex = 0
    /// The 1-based column, in scalars, within that line.
    var column = 1
    /// The text of that line, without its line break.
    var lineText = ""
    /// The number of scalars on that line.
    var lineLength = 0

    init(of offset: Int, in text: String) {
        var lineStart = text.unicodeScalars.startIndex
        var lineStartOffset = 0
        var index = lineStart
        var position = 0
        let scalars = text.unicodeScalars
        while index != scalars.endIndex && position < offset {
            if scalars[index] == "\n" {
                lineIndex += 1
                lineStart = scalars.index(after: index)
                lineStartOffset = position + 1
            }
            index = scalars.index(after: index)
            position += 1
        }
        column = offset - lineStartOffset + 1
        var lineEnd = lineStart
        while lineEnd != scalars.endIndex && scalars[lineEnd] != "\n" {
            lineEnd = scalars.index(after: lineEnd)
            lineLength += 1
        }
        var line = scalars[lineStart..<lineEnd]
        if line.last == "\r" {
            line.removeLast()
            lineLength -= 1
        }
        lineText = String(line)
    }
}
