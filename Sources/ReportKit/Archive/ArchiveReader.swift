/// Reads what `ArchiveWriter` wrote, in the same order; every read checks that the bytes are there
/// and that counts and values make sense, so a damaged archive is a thrown `ArchiveFailure`.
struct ArchiveReader {
    private let bytes: [UInt8]
    private var offset = 0

    /// How many bytes have been read: where the next value starts.
    var position: Int { offset }

    /// A reader at the start of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// Reads an integer of `Value`'s full width.
    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(ArchiveFailure) -> Value {
        let size = MemoryLayout<Value>.size
        guard bytes.count - offset >= size else { throw ArchiveFailure.truncated(at: offset) }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Value.self) }
        offset += size
        return Value(littleEndian: value)
    }

    /// Reads an `Int` written as 64 bits.
    mutating func readInt() throws(ArchiveFailure) -> Int {
        let value = try read(Int64.self)
        guard let int = Int(exactly: value) else { throw ArchiveFailure.invalid("an integer", at: offset) }
        return int
    }

    /// Reads a double from its bit pattern.
    mutating func readDouble() throws(ArchiveFailure) -> Double {
        Double(bitPattern: try read(UInt64.self))
    }

    /// Reads a flag.
    mutating func readBool() throws(ArchiveFailure) -> Bool {
        switch try read(UInt8.self) {
        case 0: false
        case 1: true
        default: throw ArchiveFailure.invalid("a flag", at: offset - 1)
        }
    }

    /// Reads a UTF-8 string after its length.
    mutating func readString() throws(ArchiveFailure) -> String {
        let range = try readSpan(elementSize: 1)
        return bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }

    /// Reads a value if its flag says it is there.
    mutating func readOptional<Value>(
        _ readValue: (inout ArchiveReader) throws(ArchiveFailure) -> Value
    ) throws(ArchiveFailure) -> Value? {
        try readBool() ? try readValue(&self) : nil
    }

    /// Reads a range, whose lower bound may not pass its upper.
    mutating func readRange() throws(ArchiveFailure) -> Range<Int> {
        let lower = try readInt()
        let upper = try readInt()
        guard lower <= upper else { throw ArchiveFailure.invalid("a range", at: offset) }
        return lower..<upper
    }

    /// Reads an array of integers after its count.
    mutating func readArray<Value: FixedWidthInteger>(of _: Value.Type = Value.self) throws(ArchiveFailure) -> [Value] {
        let span = try readSpan(elementSize: MemoryLayout<Value>.size)
        return bytes.withUnsafeBytes { raw in
            (0..<span.count / MemoryLayout<Value>.size).map { index in
                Value(
                    littleEndian: raw.loadUnaligned(
                        fromByteOffset: span.lowerBound + index * MemoryLayout<Value>.size, as: Value.self))
            }
        }
    }

    /// Reads an array of doubles after its count.
    mutating func readDoubles() throws(ArchiveFailure) -> [Double] {
        try readArray(of: UInt64.self).map(Double.init(bitPattern:))
    }

    /// Reads an array of strings after its count.
    mutating func readStrings() throws(ArchiveFailure) -> [String] {
        try readArray { (reader: inout ArchiveReader) throws(ArchiveFailure) in try reader.readString() }
    }

    /// Reads an array after its count, each element by `readElement`.
    mutating func readArray<Element>(
        _ readElement: (inout ArchiveReader) throws(ArchiveFailure) -> Element
    ) throws(ArchiveFailure) -> [Element] {
        let count = try readInt()
        // Every element takes at least one byte, so a count past the bytes left is damage.
        guard count >= 0, count <= bytes.count - offset else { throw ArchiveFailure.invalid("a count", at: offset) }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }

    /// Reads a count of elements of `elementSize` bytes and steps over them; their byte range.
    private mutating func readSpan(elementSize: Int) throws(ArchiveFailure) -> Range<Int> {
        let count = try readInt()
        let (size, overflow) = count.multipliedReportingOverflow(by: elementSize)
        guard count >= 0, !overflow, size <= bytes.count - offset else { throw ArchiveFailure.truncated(at: offset) }
        defer { offset += size }
        return offset..<(offset + size)
    }
}

/// Why an archive could not be read: it ends early, or holds a value its reader cannot take.
public enum ArchiveFailure: Error, Sendable, Equatable {
    /// The bytes end before the value that starts at this offset.
    case truncated(at: Int)
    /// The bytes at this offset are not a valid value of what was read.
    case invalid(String, at: Int)
}
