import ReportKit

/// JSON pieces written by hand, so keys keep column order and large tables stay fast.
enum JSONText {
    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
    /// everything else (Chinese included) kept as UTF-8. What is escaped is ASCII, and no byte of a
    /// longer UTF-8 sequence is, so the text is read byte by byte.
    static func appendString(_ text: String, to output: inout TextChunks) {
        output.append(byte: UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            let needsEscapes = bytes.containsByte { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            if needsEscapes {
                for byte in bytes { appendEscaped(byte, to: &output) }
            } else {
                output.append(bytes)
            }
        }
        output.append(byte: UInt8(ascii: "\""))
    }

    /// Appends a cell's exact value: a string, a number, `[low, high]` for a range or `null`.
    static func appendValue(_ cell: Cell, compact: Bool, to output: inout TextChunks) {
        switch cell {
        case .text(let text): appendString(text, to: &output)
        case .integer(let integer): output.append(String(integer))
        case .number(let number): appendNumber(number, to: &output)
        case .quantity(let quantity, _):
            if let high = quantity.high {
                output.append(byte: UInt8(ascii: "["))
                appendNumber(quantity.value, to: &output)
                output.append(compact ? "," : ", ")
                appendNumber(high, to: &output)
                output.append(byte: UInt8(ascii: "]"))
            } else {
                appendNumber(quantity.value, to: &output)
            }
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .empty: output.append("null")
        }
    }

    /// The start of each member of a row's object, for `appendObject`: the key (a column name as a
    /// JSON string) with what comes before and after it.
    struct Members {
        /// Each column's text before its value: `{"city":` and `,"unit":` compact, or the same on
        /// lines of their own, indented, pretty.
        let openings: [String]
        /// What ends an object: `}`, or a line break and the indented `}`.
        let closing: String

        /// The members of objects with keys `columns`; pretty objects are indented by `indent`.
        init(_ columns: [String], compact: Bool, indent: String) {
            let lineStart = compact ? "" : "\n" + indent + "  "
            openings = columns.enumerated().map { column, name in
                var key = TextChunks()
                appendString(name, to: &key)
                return (column == 0 ? "{" : ",") + lineStart + key.text + (compact ? ":" : ": ")
            }
            closing = compact ? "}" : "\n" + indent + "}"
        }
    }

    /// Appends one row as a JSON object: each member of `members` with its cell, in column order;
    /// `{}` without columns.
    static func appendObject(_ cells: [Cell], members: Members, compact: Bool, to output: inout TextChunks) {
        guard !members.openings.isEmpty else {
            output.append("{}")
            return
        }
        for (column, opening) in members.openings.enumerated() {
            output.append(opening)
            appendValue(column < cells.count ? cells[column] : .empty, compact: compact, to: &output)
        }
        output.append(members.closing)
    }

    /// A number in exact plain form; JSON has no NaN or infinity, so those are `null`.
    static func appendNumber(_ number: Double, to output: inout TextChunks) {
        output.append(number.isFinite ? HumanNumber.plain(number) : "null")
    }

    private static func appendEscaped(_ byte: UInt8, to output: inout TextChunks) {
        switch byte {
        case UInt8(ascii: "\""): output.append("\\\"")
        case UInt8(ascii: "\\"): output.append("\\\\")
        case 0x0A: output.append("\\n")
        case 0x0D: output.append("\\r")
        case 0x09: output.append("\\t")
        case 0x08: output.append("\\b")
        case 0x0C: output.append("\\f")
        default:
            if byte < 0x20 {
                let hex = String(byte, radix: 16, uppercase: false)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            } else {
                output.append(byte: byte)
            }
        }
    }
}
