#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a text: `\n`, `\r\n` and `\r` all end a line.
struct TextLines {
    /// The byte offset where each line starts.
    var starts: [Int32] = []
    /// The byte range of each line without its terminator, trimmed of white space (ASCII, no-break,
    /// ideographic and zero-width spaces).
    var trimmed: [Range<Int>] = []

    init(_ bytes: Bytes) {
        let count = bytes.count
        starts.reserveCapacity(count / 64 + 1)
        trimmed.reserveCapacity(count / 64 + 1)
        if let base = bytes.baseAddress, memchr(base, 0x0D, count) == nil {
            // Only `\n` ends lines: let memchr find each one.
            var lineStart = 0
            while true {
                let end =
                    memchr(base + lineStart, 0x0A, count - lineStart).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    } ?? count
                starts.append(Int32(lineStart))
                trimmed.append(Self.trim(bytes, lineStart..<end))
                guard end < count else { break }
                lineStart = end + 1
                if lineStart == count { break }
            }
            return
        }
        var lineStart = 0
        var index = 0
        while index <= count {
            if index == count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                starts.append(Int32(lineStart))
                trimmed.append(Self.trim(bytes, lineStart..<index))
                if index < count && bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A {
                    index += 1
                }
                index += 1
                lineStart = index
                if index == count { break }
                continue
            }
            index += 1
        }
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// `range` without leading and trailing spaces.
    static func trim(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (value, length) = bytes.scalar(at: start)
            guard ScalarClass.isSpace(value) else { break }
            start += length
        }
        while end > start {
            let previous = bytes.scalarStart(before: end)
            guard ScalarClass.isSpace(bytes.scalar(at: previous).value) else { break }
            end = previous
        }
        return start..<end
    }
}

/// Converts byte offsets to 1-based lines and columns (columns count Unicode scalars).
struct LineLocator {
    let starts: [Int32]
    /// The last offset located and its column, so that figures read left to right along a long
    /// line count only the scalars between them.
    private var last: (offset: Int, line: Int, column: Int)?

    init(starts: [Int32]) {
        self.starts = starts
    }

    /// The 0-based index of the line holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of `offset`.
    mutating func location(of offset: Int, in bytes: Bytes) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        let column: Int
        if let last, last.line == line, last.offset <= offset {
            column = last.column + bytes.scalarCount(last.offset..<offset)
        } else {
            column = bytes.scalarCount(Int(starts[line])..<offset) + 1
        }
        last = (offset, line, column)
        return (line + 1, column)
    }
}
