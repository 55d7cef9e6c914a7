import TallyText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encodings tally reads.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case utf32LittleEndian = "UTF-32LE"
    case utf32BigEndian = "UTF-32BE"
    /// GB18030 after its own byte-order mark (`84 31 95 33`, the mark U+FEFF in GB18030).
    case gb18030WithBOM = "GB18030 (BOM)"
}

/// Text decoded to UTF-8, with the encoding it was read from.
public struct DecodedText: Sendable {
    /// The text as valid UTF-8 bytes.
    public var utf8: [UInt8]
    /// The encoding of the original file.
    public var encoding: TextEncoding
}

/// Why a file could not be read as text.
public enum DecodingFailure: Error, Sendable, Hashable {
    /// The file has no bytes (or only white space).
    case empty
    /// A NUL byte or other control bytes show the file is binary data.
    case binary(offset: Int)
    /// A byte sequence that is valid in no supported encoding.
    case invalidBytes(offset: Int, byte: UInt8, bestGuess: TextEncoding)
    /// The file ends inside a character of `encoding` that starts at `offset`: it was cut short.
    case truncated(offset: Int, encoding: TextEncoding)
    /// The file is in `first` up to the line before `line` and in `then` from `line` (which starts
    /// at `offset`) on: two files joined, or a file edited with the wrong encoding.
    case mixed(first: TextEncoding, then: TextEncoding, line: Int, offset: Int)

    /// One clear sentence for the user.
    public var message: String {
        switch self {
        case .empty:
            Phrase.fileEmpty()
        case .binary(let offset):
            Phrase.binaryData(offset)
        case .invalidBytes(let offset, let byte, let guess)
        where [.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian].contains(guess):
            Phrase.invalidByteByMark(hex(byte), offset, guess.rawValue)
        case .invalidBytes(let offset, let byte, let guess):
            Phrase.invalidByte(hex(byte), offset, guess.rawValue)
        case .truncated(let offset, let encoding):
            Phrase.cutShort(encoding.rawValue, offset)
        case .mixed(let first, let then, let line, _):
            Phrase.mixedEncodings(first.rawValue, line - 1, then.rawValue)
        }
    }

    /// The byte offset the failure points at, if any.
    public var offset: Int? {
        switch self {
        case .empty: nil
        case .binary(let offset), .invalidBytes(let offset, _, _), .truncated(let offset, _),
            .mixed(_, _, _, let offset):
            offset
        }
    }
}

extension DecodingFailure {
    /// The same failure with its offset moved `count` bytes on (for bytes read after a mark).
    func shifted(by count: Int) -> DecodingFailure {
        switch self {
        case .empty: .empty
        case .binary(let offset): .binary(offset: offset + count)
        case .invalidBytes(let offset, let byte, let guess):
            .invalidBytes(offset: offset + count, byte: byte, bestGuess: guess)
        case .truncated(let offset, let encoding): .truncated(offset: offset + count, encoding: encoding)
        case .mixed(let first, let then, let line, let offset):
            .mixed(first: first, then: then, line: line, offset: offset + count)
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
}

/// Detects the encoding of raw file bytes and decodes them to UTF-8.
///
/// Order: a UTF-32, UTF-16 or UTF-8 byte-order mark decides (UTF-32 first: its little-endian mark
/// `FF FE 00 00` begins with UTF-16's); after a GB18030 mark (`84 31 95 33`) the rest is read as a
/// file without a mark would be, GB18030 or UTF-8; binary data (NUL bytes, many control bytes) is
/// refused; valid UTF-8 is taken as is; otherwise GB18030 (a superset of GBK and GB2312) is tried
/// through iconv. When neither fits, the error names the offset where the encoding that read further
/// failed, or says that the file ends inside a character (cut short) or switches from one encoding
/// to the other at a line (`MixedEncoding`).
public enum TextDecoder {
    /// Decodes `bytes`, or says why they are not text.
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, DecodingFailure> {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return convert(bytes, dropping: 4, from: .utf32LittleEndian)
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return convert(bytes, dropping: 4, from: .utf32BigEndian)
        }
        if bytes.starts(with: gb18030Mark) { return decodeAfterGB18030Mark(bytes) }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return convert(bytes, dropping: 2, from: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return convert(bytes, dropping: 2, from: .utf16BigEndian)
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if isBlank(body) { return .failure(.empty) }
        let census = UTF8Validation.census(body)
        if let offset = census.binaryOffset { return .failure(.binary(offset: offset + (hasBOM ? 3 : 0))) }
        guard let utf8Failure = census.firstInvalid else {
            return .success(DecodedText(utf8: body, encoding: hasBOM ? .utf8WithBOM : .utf8))
        }
        let utf8Truncated = UTF8Validation.isCutShort(body, at: utf8Failure)
        if hasBOM {
            if utf8Truncated { return .failure(.truncated(offset: utf8Failure + 3, encoding: .utf8WithBOM)) }
            return .failure(.invalidBytes(offset: utf8Failure + 3, byte: body[utf8Failure], bestGuess: .utf8))
        }
        if utf8Truncated { return .failure(.truncated(offset: utf8Failure, encoding: .utf8)) }
        let gbFailure: Int
        switch convert(bytes, dropping: 0, from: .gb18030) {
        case .success(let text):
            return .success(text)
        case .failure(.truncated(let gbOffset, let encoding)) where gbOffset > utf8Failure:
            return .failure(.truncated(offset: gbOffset, encoding: encoding))
        case .failure(let failure):
            gbFailure = failure.offset ?? 0
        }
        if let mixed = MixedEncoding.split(bytes, utf8Failure: utf8Failure, gb18030Failure: gbFailure) {
            return .failure(mixed)
        }
        if gbFailure > utf8Failure {
            return .failure(.invalidBytes(offset: gbFailure, byte: bytes[gbFailure], bestGuess: .gb18030))
        }
        return .failure(.invalidBytes(offset: utf8Failure, byte: bytes[utf8Failure], bestGuess: .utf8))
    }

    /// U+FEFF in GB18030.
    private static let gb18030Mark: [UInt8] = [0x84, 0x31, 0x95, 0x33]

    /// The text after a GB18030 byte-order mark, detected as if the mark were not there; offsets in a
    /// failure count the mark's four bytes.
    private static func decodeAfterGB18030Mark(_ bytes: [UInt8]) -> Result<DecodedText, DecodingFailure> {
        let mark = gb18030Mark.count
        switch decode(Array(bytes.dropFirst(mark))) {
        case .success(var text):
            if text.encoding == .gb18030 { text.encoding = .gb18030WithBOM }
            return .success(text)
        case .failure(let failure):
            return .failure(failure.shifted(by: mark))
        }
    }

    /// Whether `bytes` are valid in `encoding` (UTF-8 or GB18030) from start to end.
    static func isValid(_ bytes: [UInt8], in encoding: TextEncoding) -> Bool {
        if encoding == .utf8 { return UTF8Validation.firstInvalidOffset(bytes) == nil }
        switch convert(bytes, dropping: 0, from: encoding) {
        case .success, .failure(.empty): return true
        case .failure: return false
        }
    }

    /// True when the bytes hold nothing but ASCII white space.
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
    }

    /// Converts through iconv, strictly: any sequence invalid in `encoding` is an error at its offset.
    private static func convert(
        _ bytes: [UInt8], dropping prefix: Int, from encoding: TextEncoding
    ) -> Result<DecodedText, DecodingFailure> {
        let descriptor = iconv_open("UTF-8", encoding.rawValue)
        guard descriptor != iconv_t(bitPattern: -1) else {
            return .failure(.invalidBytes(offset: prefix, byte: bytes.first ?? 0, bestGuess: encoding))
        }
        defer { iconv_close(descriptor) }
        var input = Array(bytes.dropFirst(prefix))
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let inputCount = input.count
        let outputCount = output.count
        var failedAt: Int?
        var endsInsideCharacter = false
        var written = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                var outLeft = outputCount
                if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft > 0 {
                    failedAt = inputCount - inLeft
                    endsInsideCharacter = errno == EINVAL
                }
                written = outputCount - outLeft
            }
        }
        if let failedAt {
            let offset = failedAt + prefix
            if endsInsideCharacter { return .failure(.truncated(offset: offset, encoding: encoding)) }
            return .failure(
                .invalidBytes(
                    offset: offset, byte: offset < bytes.count ? bytes[offset] : 0,
                    bestGuess: encoding))
        }
        output.removeSubrange(written...)
        if isBlank(output) { return .failure(.empty) }
        return .success(DecodedText(utf8: output, encoding: encoding))
    }
}
