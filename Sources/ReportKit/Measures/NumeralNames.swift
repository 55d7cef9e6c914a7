/// Names and slogans that begin with a numeral (`八项规定`, `三次产业`, `两个市场`, `九年义务教育`,
/// `零部件`): read as numbers they would become figures (`八项` = 8项), so the scanner skips them whole.
/// Only names that recur across reports belong here, not one report's wording.
enum NumeralNames {
    static let table = WordTable([
        "八项规定", "三次产业", "两个市场", "两种资源", "三元乳业", "二人转", "三人篮球", "三人制", "五人制",
        "九年义务教育", "九年一贯制", "十二年义务教育", "两项补贴", "三条文化带", "两个关键小事", "两个确立",
        "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "两个毫不动摇", "两个大局", "两个一百年",
        "三个代表", "十年规划", "五年规划", "零部件", "零配件", "两位数", "双位数", "三农", "三公经费",
    ])

    /// The length in bytes of the name starting at `index`, or nil.
    static func match(_ bytes: Bytes, at index: Int, limit: Int) -> Int? {
        table.match(bytes, at: index, limit: limit)
    }
}
