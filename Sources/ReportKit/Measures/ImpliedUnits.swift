/// Infers the unit of a figure written without one: `总投资5.6亿` is money (元), `惠及59.5万` and
/// `13.01万农村低保对象` are people (人). Such units are marked implied.
enum ImpliedUnits {
    /// Words before a bare figure that make it money.
    static let moneyWords = WordTable([
        "投资", "资金", "经费", "金额", "收入", "产值", "总额", "预算", "营收", "GDP", "生产总值", "经济总量", "税收", "财政",
        "补助", "补贴", "奖励", "捐赠", "捐款", "募集", "筹集", "拨付", "资产", "贷款", "成本", "费用",
    ])
    /// Words around a bare figure that make it people.
    static let peopleWords = WordTable([
        "惠及", "人口", "群众", "居民", "老人", "老年人", "儿童", "对象", "人员", "志愿者", "群体", "覆盖", "职工",
        "学生", "患者", "家庭", "就业", "参保",
    ])

    /// Gives each bare figure (empty unit) a unit from the words around it, when they tell: ten
    /// characters before it, eight after.
    static func infer(_ measures: inout [ScannedMeasure], bytes: Bytes, sentence: Range<Int>) {
        for index in measures.indices where measures[index].quantity.unit.isEmpty {
            let before = window(bytes, endingAt: measures[index].rawStart, scalars: 10, floor: sentence.lowerBound)
            let after = window(bytes, startingAt: measures[index].rawEnd, scalars: 8, ceiling: sentence.upperBound)
            let unit: String
            if moneyWords.occurs(in: bytes, before) {
                unit = "元"
            } else if peopleWords.occurs(in: bytes, before) || peopleWords.occurs(in: bytes, after) {
                unit = "人"
            } else {
                continue
            }
            measures[index].quantity.unit = unit
            measures[index].details.impliedUnit = true
        }
        // `4万亿、5万亿`: a bare figure listed right after one with an implied unit takes that unit
        for index in measures.indices.dropFirst() where measures[index].quantity.unit.isEmpty {
            let previous = measures[index - 1]
            guard previous.details.impliedUnit, measures[index].rawStart == previous.rawEnd + 3,
                bytes.matches("、", at: previous.rawEnd)
            else { continue }
            measures[index].quantity.unit = previous.quantity.unit
            measures[index].details.impliedUnit = true
        }
    }

    private static func window(_ bytes: Bytes, endingAt end: Int, scalars: Int, floor: Int) -> Range<Int> {
        var start = end
        var count = 0
        while start > floor && count < scalars {
            start = bytes.scalarStart(before: start)
            count += 1
        }
        return start..<end
    }

    private static func window(_ bytes: Bytes, startingAt start: Int, scalars: Int, ceiling: Int) -> Range<Int> {
        var end = start
        var count = 0
        while end < ceiling && count < scalars {
            end += bytes.scalar(at: end).length
            count += 1
        }
        return start..<min(end, ceiling)
    }
}
