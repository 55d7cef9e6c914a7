import Foundation
import ReportKit

/// Writes a file of `count` bytes: `head`, `chunk` repeated, spaces to fill, then `tail`, a megabyte
/// at a time so that the test never holds the whole file. Returns how often `chunk` was written
/// and how many spaces follow it.
@discardableResult
func writeLargeFile(_ file: URL, head: String, chunk: String, count: Int, tail: String) throws -> (
    chunks: Int, spaces: Int
) {
    guard FileManager.default.createFile(atPath: file.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.write(contentsOf: Data(head.utf8))
    let perPiece = max(1, (1 << 20) / max(1, chunk.utf8.count))
    let piece = Data(String(repeating: chunk, count: perPiece).utf8)
    var remaining = count - head.utf8.count - tail.utf8.count
    var chunks = 0
    while remaining >= piece.count {
        try handle.write(contentsOf: piece)
        remaining -= piece.count
        chunks += perPiece
    }
    let spaces = max(0, remaining)
    try handle.write(contentsOf: Data(repeating: UInt8(ascii: " "), count: spaces))
    try handle.write(contentsOf: Data(tail.utf8))
    return (chunks, spaces)
}

/// The loaded measures in the compact `summary` form.
func measureSummaries(_ documents: [ParsedDocument]) -> [String] {
    measureSummaries(Corpus(documents))
}

/// `summary` of every measure of `corpus`, in order.
func measureSummaries(_ corpus: Corpus) -> [String] {
    (0..<corpus.measures.count).map { summary(corpus.measure($0)) }
}

/// What parsing `bytes` as `name` gives: the measures' summaries, or the rendered error.
func parseOutcome(_ name: String, _ bytes: [UInt8]) -> String {
    switch ReportParser.parse(name: name, bytes: bytes) {
    case .success(let document):
        "\(document.encoding.rawValue): " + measureSummaries([document]).joined(separator: ", ")
    case .failure(let diagnostic): diagnostic.rendered()
    }
}
