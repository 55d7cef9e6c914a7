/// Place names that begin with a Chinese numeral (`七台河`, `六安`, `三门峡`): read as numbers they
/// would become figures (`七台` = 7台), so the scanner skips them whole.
enum NumeralPlaceNames {
    static let table = WordTable([
        "七台河", "六安", "三明", "九江", "十堰", "六盘水", "三亚", "三门峡", "四平", "五指山", "五家渠", "九龙坡", "二连浩特",
        "三河", "四会", "五常", "五莲", "五华", "五台", "五寨", "六枝", "七星关", "八步", "八公山", "九台", "九原",
    ])

    /// The length in bytes of the place name starting at `index`, or nil.
    static func match(_ bytes: Bytes, at index: Int, limit: Int) -> Int? {
        table.match(bytes, at: index, limit: limit)
    }
}
