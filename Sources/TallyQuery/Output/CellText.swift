import ReportKit
import TallyText

extension Cell {
    /// The cell as people read it: quantities in report form (`4,680万元`, `≥4,680万元`), unitless
    /// numbers by the same rules (`59.5万`), integers as they are, empty cells as nothing.
    public var humanText: String { humanText(bySize: false) }

    /// The cell as people read it; with `bySize`, figures from 1万 always take 万 or 亿 (for a
    /// column where some figures do, so none is in raw digits beside them).
    func humanText(bySize: Bool) -> String {
        switch self {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): HumanNumber.format(value: number, unit: "", bySize: bySize)
        case .quantity(let quantity, let lowerBound):
            quantity.humanDescription(lowerBound: lowerBound, bySize: bySize)
        case .bool(let flag): flag ? "true" : "false"
        case .empty: ""
        }
    }

    /// The cell's exact value for CSV and TSV: base values in plain digits, a range as `low-high`.
    var machineText: String {
        switch self {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): HumanNumber.plain(number)
        case .quantity(let quantity, _):
            if let high = quantity.high {
                HumanNumber.plain(quantity.value) + "-" + HumanNumber.plain(high)
            } else {
                HumanNumber.plain(quantity.value)
            }
        case .bool(let flag): flag ? "true" : "false"
        case .empty: ""
        }
    }

    /// The number a chart draws: a quantity's (low) value, an integer or a number; nil otherwise.
    var chartValue: Double? {
        switch self {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        case .quantity(let quantity, _): quantity.value
        case .text, .bool, .empty: nil
        }
    }
}

extension ResultTable {
    /// For each column, whether its figures from 1万 are all written with 万 or 亿: true when some
    /// figure of the column takes a magnitude word anyway, so that none stands in raw digits beside it.
    func magnitudeColumns() -> [Bool] {
        columns.indices.map { column in
            rows.indices.contains { row in
                if case .quantity(let quantity, _) = cell(row: row, column: column) {
                    return HumanNumber.takesMagnitude(quantity.high ?? quantity.value, unit: quantity.unit)
                }
                return false
            }
        }
    }
}

/// Text cleaning shared by the renderers.
enum CellText {
    /// `count` rows, `1 row` or `0 rows`; thousands grouped (`1,020,000 rows`).
    static func rowCount(_ count: Int) -> String {
        Plural.counted(count, .row)
    }

    /// The row count of `table` in `noun`, saying how many were shown when some were
    /// left out (`1,020,000 rows, 40 shown`, `12 sentences, 2 shown`).
    static func rowCount(of table: ResultTable, _ noun: Phrase = .row) -> String {
        let total = Plural.counted(table.totalRowCount, noun)
        return table.omitted == nil ? total : Phrase.rowsShown(total, HumanNumber.grouped(Double(table.rows.count)))
    }

    /// The line standing for omitted rows (`… 1,019,960 more rows …`).
    static func omissionLine(_ omitted: OmittedRows, _ noun: Phrase = .row) -> String {
        Phrase.moreRows(HumanNumber.grouped(Double(omitted.count)), Plural.word(omitted.count, noun))
    }
}
