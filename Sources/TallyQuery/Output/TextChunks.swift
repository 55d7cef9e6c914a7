/// The text a renderer writes, row by row, as UTF-8 bytes: either kept whole, or handed to a writer
/// in chunks of about `chunkBytes` as the rows are rendered, each chunk ending where a row ends, so
/// that a result of a million rows goes to its file with one buffer's worth of text in memory.
struct TextChunks {
    /// The size a chunk reaches before it is handed on (the last may be smaller).
    static let chunkBytes = 64 * 1024

    /// The bytes not yet handed on: all of them when there is no writer.
    private var bytes: [UInt8] = []
    /// Takes each chunk; false when it could not be written, which ends the rendering.
    private let writer: ((String) -> Bool)?
    /// Whether the writer refused a chunk.
    private var refused = false

    /// Text kept whole, in `text`.
    init() {
        writer = nil
    }

    /// Text handed to `writer` in chunks.
    init(writer: @escaping (String) -> Bool) {
        self.writer = writer
        bytes.reserveCapacity(Self.chunkBytes + Self.chunkBytes / 4)
    }

    /// The text not yet handed on: all of it when there is no writer.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text`.
    @inline(__always)
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends UTF-8 bytes (whole characters).
    @inline(__always)
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
    }

    /// Appends one byte of UTF-8 (an ASCII character, or part of a character being copied whole).
    @inline(__always)
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Says that a row ends here: a chunk that reached `chunkBytes` is handed on. False once the
    /// writer has refused one, so the renderer stops.
    @inline(__always)
    mutating func rowEnded() -> Bool {
        if writer != nil && bytes.count >= Self.chunkBytes { handOn() }
        return !refused
    }

    /// Hands on what is left; true when the writer took every chunk.
    mutating func finish() -> Bool {
        if !bytes.isEmpty { handOn() }
        return !refused
    }

    private mutating func handOn() {
        guard let writer, !refused else { return }
        refused = !writer(text)
        bytes.removeAll(keepingCapacity: true)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether any byte passes `test`, read to the end without an early exit so that the loop
    /// vectorises (the fields a renderer tests are short, and most pass none).
    @inline(__always)
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        var found: UInt8 = 0
        for byte in self { found |= test(byte) ? 1 : 0 }
        return found != 0
    }
}
