import TallyText

/// Parses report files: bytes in, a `ParsedDocument` (or a `Diagnostic` naming the file and place) out.
public enum ReportParser {
    /// The largest file parsed: 1 GiB. Positions in a document are 32-bit, and decoding can grow a
    /// file by half (GB18030 or UTF-16 to UTF-8), so this keeps every position in range.
    public static let maximumFileBytes = 1 << 30

    /// The error for a file of `size` bytes, over `maximumFileBytes`.
    static func tooLarge(name: String, size: Int) -> Diagnostic {
        Diagnostic(
            Phrase.fileTooLarge(size >> 20, maximumFileBytes >> 20),
            at: SourceLocation(file: name, line: 1, column: 1))
    }

    /// Parses the bytes of one file. `name` is used in messages and as the document's name; names
    /// ending in `.html` or `.htm` (or text that starts like HTML) are reduced to their text first.
    public static func parse(name: String, bytes: [UInt8]) -> Result<ParsedDocument, Diagnostic> {
        guard bytes.count <= maximumFileBytes else { return .failure(tooLarge(name: name, size: bytes.count)) }
        let decoded: DecodedText
        switch TextDecoder.decode(bytes) {
        case .success(let text):
            decoded = text
        case .failure(let failure):
            return .failure(diagnostic(failure, name: name, bytes: bytes))
        }
        var utf8 = decoded.utf8
        if HTMLText.looksLikeHTML(name: name, utf8: utf8) { utf8 = HTMLText.text(fromHTML: utf8) }
        return parse(name: name, text: utf8, encoding: decoded.encoding, fingerprint: Fingerprint.of(bytes))
    }

    /// Parses a document's text (decoded, HTML already reduced): the structure, then the figures' times.
    static func parse(
        name: String, text utf8: [UInt8], encoding: TextEncoding, fingerprint: UInt64
    ) -> Result<ParsedDocument, Diagnostic> {
        let assembly = utf8.withUnsafeBufferPointer { buffer -> (DocumentAssembly, [Int32]) in
            var parser = StructureParser(name: name, bytes: buffer)
            var document = parser.parse()
            FigureTiming(bytes: buffer).assign(&document)
            return (document, parser.lines.starts)
        }
        let document = assembly.0
        guard !document.reports.isEmpty else {
            return .failure(
                Diagnostic(
                    Phrase.noReportFound(),
                    at: SourceLocation(file: name, line: 1, column: 1)))
        }
        return .success(
            ParsedDocument(
                name: name, encoding: encoding, metadata: document.metadata, lead: document.lead,
                fingerprint: fingerprint, text: utf8, lineStarts: assembly.1, reports: document.reports,
                sections: document.sections, sentences: document.sentences, measures: document.measures))
    }

    /// A decoding failure as a diagnostic at the failing byte's line and column.
    private static func diagnostic(_ failure: DecodingFailure, name: String, bytes: [UInt8]) -> Diagnostic {
        guard let offset = failure.offset else {
            return Diagnostic(failure.message, at: SourceLocation(file: name, line: 1, column: 1, byteOffset: 0))
        }
        let (line, column) = position(after: Array(bytes.prefix(offset)))
        return Diagnostic(
            failure.message, at: SourceLocation(file: name, line: line, column: column, byteOffset: offset))
    }

    /// The line and column right after `prefix`, the part of the file before a failure. The prefix is
    /// read in whichever encoding reads it (the file's did, up to the failure), so that columns count
    /// characters as everywhere else, in UTF-16 and GB18030 too; its bytes are counted if none does.
    private static func position(after prefix: [UInt8]) -> (line: Int, column: Int) {
        var text = prefix
        if case .success(let decoded) = TextDecoder.decode(prefix) { text = decoded.utf8 }
        var line = 1
        var column = 1
        for byte in text where byte & 0xC0 != 0x80 {
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
