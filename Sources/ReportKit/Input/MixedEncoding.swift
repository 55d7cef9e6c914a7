/// Recognises a file that is partly UTF-8 and partly GB18030, split at a line: two files joined, or
/// a file edited with the wrong encoding, so the message can say so instead of naming a bad byte.
enum MixedEncoding {
    /// The mix, when the file reads in one encoding up to some line and in the other from that line
    /// to the end; `utf8Failure` and `gb18030Failure` are the offsets where each encoding failed.
    static func split(_ bytes: [UInt8], utf8Failure: Int, gb18030Failure: Int) -> DecodingFailure? {
        split(bytes, first: .utf8, failingAt: utf8Failure, then: .gb18030)
            ?? split(bytes, first: .gb18030, failingAt: gb18030Failure, then: .utf8)
    }

    /// The earliest line from which the rest reads in `then`, if the line holding `failure` (where
    /// `first` stopped reading) already does. Line starts are character starts in both encodings, so
    /// once a line's rest reads, every later line's rest does too, and a binary search finds it; each
    /// probe reads only up to that line, whose rest is known to read.
    private static func split(
        _ bytes: [UInt8], first: TextEncoding, failingAt failure: Int, then: TextEncoding
    ) -> DecodingFailure? {
        var starts = [0]
        for index in 0..<min(failure, bytes.count) where bytes[index] == 0x0A { starts.append(index + 1) }
        guard starts.count > 1, let last = starts.last, TextDecoder.isValid(Array(bytes[last...]), in: then)
        else { return nil }
        var low = 1
        var high = starts.count - 1
        while low < high {
            let middle = (low + high) / 2
            if TextDecoder.isValid(Array(bytes[starts[middle]..<last]), in: then) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return .mixed(first: first, then: then, line: high + 1, offset: starts[high])
    }
}
