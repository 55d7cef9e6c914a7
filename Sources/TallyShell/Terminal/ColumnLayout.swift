import ReportKit

/// Lays `items` out in columns that fit `width` terminal columns, filled top to bottom then left to
/// right (as `ls` and bash list completions), two spaces between columns.
///
/// Returns the rows without trailing spaces. An item wider than `width` gets a row of its own.
func columnRows(_ items: [String], width: Int) -> [String] {
    guard !items.isEmpty else { return [] }
    let widths = items.map { DisplayWidth.of($0) }
    let gap = 2
    let cellWidth = (widths.max() ?? 0) + gap
    let columnCount = max(1, (max(width, 1) + gap) / cellWidth)
    let rowCount = (items.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
        var text = ""
        var column = row
        while column < items.count {
            let next = column + rowCount
            text += items[column]
            if next < items.count {
                text += String(repeating: " ", count: cellWidth - widths[column])
            }
            column = next
        }
        return text
    }
}
