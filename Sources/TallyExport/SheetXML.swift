import ReportKit
import TallyQuery

/// One worksheet's XML: the header row in bold and frozen, then a row per result row; numbers as
/// numbers, text as inline strings, empty cells left out.
enum SheetXML {
    static func text(of table: ResultTable) -> String {
        var text =
            WorkbookParts.header + "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\">"
            + "<sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetData>"
        if !table.columns.isEmpty {
            text += "<row r=\"1\">"
            for (column, name) in table.columns.enumerated() {
                text += "<c r=\"\(reference(column: column, row: 1))\" s=\"1\" t=\"inlineStr\"><is><t>"
                text += escaped(name) + "</t></is></c>"
            }
            text += "</row>"
        }
        for row in table.rows.indices {
            let number = row + 2
            text += "<row r=\"\(number)\">"
            for column in table.columns.indices {
                text += cell(table.cell(row: row, column: column), at: reference(column: column, row: number))
            }
            text += "</row>"
        }
        return text + "</sheetData></worksheet>"
    }

    /// One cell's XML, or nothing for an empty cell.
    private static func cell(_ cell: Cell, at reference: String) -> String {
        switch cell {
        case .empty: return ""
        case .integer(let integer): return "<c r=\"\(reference)\"><v>\(integer)</v></c>"
        case .number(let number):
            guard number.isFinite else { return "" }
            return "<c r=\"\(reference)\"><v>\(HumanNumber.plain(number))</v></c>"
        case .quantity(let quantity, _):
            return "<c r=\"\(reference)\"><v>\(HumanNumber.plain(quantity.value))</v></c>"
        case .bool(let flag): return "<c r=\"\(reference)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        case .text(let text):
            return "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
        }
    }

    /// `A1`-style reference of a zero-based column and one-based row.
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }

    /// `text` safe inside XML: markup characters escaped, characters XML 1.0 cannot hold dropped.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default:
                let value = scalar.value
                let allowed =
                    value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                if allowed { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
