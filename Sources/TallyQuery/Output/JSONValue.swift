import ReportKit

/// A JSON value with ordered object keys, for output that is a tree rather than a table (the whole
/// parsed document of `tally parse --format json`).
public indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// A cell's exact value, as the JSON renderers write it: a number, `[low, high]` for a range, a
    /// string, a boolean or null.
    public init(cell: Cell) {
        switch cell {
        case .text(let text): self = .string(text)
        case .integer(let integer): self = .integer(integer)
        case .number(let number): self = .number(number)
        case .quantity(let quantity, _):
            self = quantity.high.map { .array([.number(quantity.value), .number($0)]) } ?? .number(quantity.value)
        case .bool(let flag): self = .bool(flag)
        case .empty: self = .null
        }
    }

    /// Row `row` of `table` as an object, keys in column order, as `format json` writes it.
    public init(row: Int, of table: ResultTable) {
        self = .object(
            table.columns.indices.map { (table.columns[$0], JSONValue(cell: table.cell(row: row, column: $0))) })
    }

    /// A string, or null when nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as JSON text: pretty-printed with two-space indentation, or compact on one line.
    public func serialized(compact: Bool = false) -> String {
        var output = TextChunks()
        append(to: &output, indent: compact ? nil : "")
        return output.text
    }

    /// Appends the value; a nil indent writes it compactly.
    private func append(to output: inout TextChunks, indent: String?) {
        let inner = indent.map { $0 + "  " }
        let open = indent == nil ? "" : "\n"
        let separator = indent == nil ? "," : ",\n"
        switch self {
        case .string(let text): JSONText.appendString(text, to: &output)
        case .number(let number): JSONText.appendNumber(number, to: &output)
        case .integer(let integer): output.append(String(integer))
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            guard !items.isEmpty else {
                output.append("[]")
                return
            }
            output.append("[" + open)
            for (position, item) in items.enumerated() {
                output.append(inner ?? "")
                item.append(to: &output, indent: inner)
                output.append(position + 1 < items.count ? separator : open)
            }
            output.append((indent ?? "") + "]")
        case .object(let pairs):
            guard !pairs.isEmpty else {
                output.append("{}")
                return
            }
            output.append("{" + open)
            for (position, pair) in pairs.enumerated() {
                output.append(inner ?? "")
                JSONText.appendString(pair.key, to: &output)
                output.append(indent == nil ? ":" : ": ")
                pair.value.append(to: &output, indent: inner)
                output.append(position + 1 < pairs.count ? separator : open)
            }
            output.append((indent ?? "") + "}")
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}
