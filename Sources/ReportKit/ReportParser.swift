/// Parses report files: bytes in, a `ParsedDocument` (or a `Diagnostic` naming the file and place) out.
public enum ReportParser {
    /// Parses the bytes of one file. `name` is used in messages and as the document's name; names
    /// ending in `.html` or `.htm` (or text that starts like HTML) are reduced to their text first.
    public static func parse(name: String, bytes: [UInt8]) -> Result<ParsedDocument, Diagnostic> {
        let decoded: DecodedText
        switch TextDecoder.decode(bytes) {
        case .success(let text):
            decoded = text
        case .failure(let failure):
            return .failure(diagnostic(failure, name: name, bytes: bytes))
        }
        var utf8 = decoded.utf8
        if HTMLText.looksLikeHTML(name: name, utf8: utf8) { utf8 = HTMLText.text(fromHTML: utf8) }
        let assembly = utf8.withUnsafeBufferPointer { buffer -> (DocumentAssembly, [Int32]) in
            var parser = DocumentParser(name: name, bytes: buffer)
            return (parser.parse(), parser.lines.starts)
        }
        let document = assembly.0
        guard !document.reports.isEmpty else {
            return .failure(
                Diagnostic("no report found: the file holds only site boilerplate or metadata",
                           at: SourceLocation(file: name, line: 1, column: 1)))
        }
        return .success(
            ParsedDocument(
                name: name, encoding: decoded.encoding, metadata: document.metadata, lead: document.lead,
                text: utf8, lineStarts: assembly.1, reports: document.reports, sections: document.sections,
                sentences: document.sentences, measures: document.measures))
    }

    /// A decoding failure as a diagnostic at the failing byte's line and column.
    private static func diagnostic(_ failure: DecodingFailure, name: String, bytes: [UInt8]) -> Diagnostic {
        guard let offset = failure.offset else {
            return Diagnostic(failure.message, at: SourceLocation(file: name, line: 1, column: 1, byteOffset: 0))
        }
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return Diagnostic(
            failure.message,
            at: SourceLocation(file: name, line: line, column: offset - lineStart + 1, byteOffset: offset))
    }
}
