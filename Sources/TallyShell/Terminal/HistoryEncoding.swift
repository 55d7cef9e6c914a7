/// How one history entry is written as one line of libedit's history file (`_HiStOrY_V2_`), in
/// the `vis(3)` encoding libedit's own loader decodes with `strunvis`.
///
/// tally writes the file itself rather than with libedit's `history_save`, whose `strvis` mangles
/// a whitespace character outside ASCII: an entry holding a full-width space (U+3000, what a Chinese
/// input method types) was cut short there and saved with `-0` in its place.
enum HistoryEncoding {
    /// The file's first line, which libedit checks before loading.
    static let header = "_HiStOrY_V2_"

    /// `entry` as one line without its line break: each byte of a whitespace or control character
    /// (line breaks and U+3000 included) as a three-digit octal escape `\ooo`, a backslash as
    /// `\\`, every other character as it is.
    static func line(_ entry: String) -> String {
        var result = ""
        for scalar in entry.unicodeScalars {
            if scalar == "\\" {
                result += "\\\\"
            } else if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
                || (0x80...0x9F).contains(scalar.value)
            {
                for byte in String(scalar).utf8 {
                    let octal = String(byte, radix: 8)
                    result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The whole file for `entries`, oldest first: the header and one line per entry.
    static func file(_ entries: [String]) -> String {
        ([header] + entries.map(line)).map { $0 + "\n" }.joined()
    }
}
