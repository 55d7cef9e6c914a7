import ReportKit

/// JSON pieces written by hand, so keys keep column order and large tables stay fast.
enum JSONText {
    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
    /// everything else (Chinese included) kept as UTF-8.
    static func appendString(_ text: String, to output: inout String) {
        output += "\""
        let needsEscapes = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if needsEscapes {
            for scalar in text.unicodeScalars { appendEscaped(scalar, to: &output) }
        } else {
            output += text
        }
        output += "\""
    }

    /// Appends a cell's exact value: a string, a number, `[low, high]` for a range or `null`.
    static func appendValue(_ cell: Cell, compact: Bool, to output: inout String) {
        switch cell {
        case .text(let text): appendString(text, to: &output)
        case .integer(let integer): output += String(integer)
        case .number(let number): appendNumber(number, to: &output)
        case .quantity(let quantity, _):
            if let high = quantity.high {
                output += "["
                appendNumber(quantity.value, to: &output)
                output += compact ? "," : ", "
                appendNumber(high, to: &output)
                output += "]"
            } else {
                appendNumber(quantity.value, to: &output)
            }
        case .bool(let flag): output += flag ? "true" : "false"
        case .empty: output += "null"
        }
    }

    /// Appends one row as a JSON object, keys in column order; pretty objects are indented by `indent`.
    static func appendObject(
        _ table: ResultTable, row: Int, compact: Bool, indent: String, to output: inout String
    ) {
        let columnCount = table.columns.count
        guard columnCount > 0 else {
            output += "{}"
            return
        }
        output += compact ? "{" : "{\n"
        for column in 0..<columnCount {
            if column > 0 { output += compact ? "," : ",\n" }
            if !compact { output += indent + "  " }
            appendString(table.columns[column], to: &output)
            output += compact ? ":" : ": "
            appendValue(table.cell(row: row, column: column), compact: compact, to: &output)
        }
        output += compact ? "}" : "\n" + indent + "}"
    }

    /// A number in exact plain form; JSON has no NaN or infinity, so those are `null`.
    private static func appendNumber(_ number: Double, to output: inout String) {
        output += number.isFinite ? HumanNumber.plain(number) : "null"
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{08}": output += "\\b"
        case "\u{0C}": output += "\\f"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }
}
