/// Bytes for an archive (`Corpus.archived()`): integers little-endian, doubles by their bits,
/// strings and arrays after their count. `ArchiveReader` reads them back in the same order.
struct ArchiveWriter {
    /// What has been written so far.
    private(set) var bytes: [UInt8] = []

    /// Writes an integer in its full width.
    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Writes an `Int` as 64 bits, whatever the platform's width.
    mutating func write(_ value: Int) {
        write(Int64(value))
    }

    /// Writes a double by its bit pattern, so NaN and negative zero come back as they were.
    mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    /// Writes a flag as one byte.
    mutating func write(_ value: Bool) {
        write(UInt8(value ? 1 : 0))
    }

    /// Writes a string's UTF-8 after its length.
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Writes a flag for whether `value` is there, then the value.
    mutating func write<Value>(_ value: Value?, _ writeValue: (inout ArchiveWriter, Value) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }

    /// Writes a range's bounds.
    mutating func write(_ range: Range<Int>) {
        write(range.lowerBound)
        write(range.upperBound)
    }

    /// Writes an array of integers after its count.
    mutating func write<Value: FixedWidthInteger>(_ values: [Value]) {
        write(values.count)
        bytes.reserveCapacity(bytes.count + values.count * MemoryLayout<Value>.size)
        for value in values { write(value) }
    }

    /// Writes an array of doubles after its count.
    mutating func write(_ values: [Double]) {
        write(values.map(\.bitPattern))
    }

    /// Writes an array of strings after its count.
    mutating func write(_ strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }

    /// Writes an array after its count, each element by `writeElement`.
    mutating func write<Element>(_ values: [Element], _ writeElement: (inout ArchiveWriter, Element) -> Void) {
        write(values.count)
        for value in values { writeElement(&self, value) }
    }
}
