/// Numbers that read as figures but, by the words around them, are not: anniversaries (`80周年`),
/// decades (`80年代`), relative dates (`这五年`, `10年前`, `近3年`), session ordinals
/// (`十二届七次全会`, `三次会议`), phases (`二期`), ranks (`前8位`), vague numbers (`两位数`),
/// names (`八项规定`, `28条规定`, `三元`), denominators (`每10万人`) and `零` (`零部件`).
enum NonFigureRules {
    /// Whether the number `number`, whose unit (with traits `unit`) ends at `unitEnd`, is no figure.
    static func isNonFigure(
        _ bytes: Bytes, number: NumberReading, unit: UnitTraits, unitEnd: Int, sentence: Range<Int>
    ) -> Bool {
        let context = Context(bytes: bytes, start: number.start, end: unitEnd, sentence: sentence)
        if number.isChinese && number.value() == 0 { return true }  // 零部件, 零就业, 零容忍
        if unit.contains(.week) { return context.followedBy("年") }  // 80周年
        if unit.contains(.year) { return isRelativeYears(number, context) }
        if unit.contains(.times) {
            return number.isChinese && (context.precededBy("届") || isSession(context) || isSecond(number, bytes))
        }
        if unit.contains(.phase) { return number.isChinese && number.value() < 10 }  // 二期工程
        if unit.contains(.rank) { return context.followedBy("数") || context.precededBy("前") }  // 两位数, 前8位
        if unit.contains(.article) { return context.followedBy("规定") }  // 八项规定, 28条规定
        if unit.contains(.yuan) {  // 三元 (a dairy), never 3 yuan in a report; 一点五亿元 is money
            return number.isChinese && number.value() < 10 && unitEnd == number.end + 3
        }
        if unit.contains(.person) { return context.precededBy("每") }  // 每10万人刑事案件数: a denominator
        return false
    }

    /// `80年代`, `10年前`, `五年来`, `这五年`, `近3年`, `3年增长58.6%`: years that date or span, not
    /// count. A span in Chinese numerals counts only after `连续` or `累计` (`连续三年`).
    private static func isRelativeYears(_ number: NumberReading, _ context: Context) -> Bool {
        for word: StaticString in ["代", "来", "前", "后", "内", "间", "增长", "提高", "下降", "翻", "历程"]
        where context.followedBy(word) {
            return true
        }
        for word: StaticString in ["近", "前", "这", "过去", "今后", "未来", "最近", "再奋斗"] where context.precededBy(word) {
            return true
        }
        return number.isChinese && !context.precededBy("连续") && !context.precededBy("累计")
    }

    /// `七次全会`, `三次会议`, `七次、八次全会`: a session, where `会议`, `全会` or `全委会` follows the
    /// number's `次` (across a list of further sessions).
    private static func isSession(_ context: Context) -> Bool {
        var index = context.end
        let limit = context.sentence.upperBound
        var hops = 0
        while index < limit, hops < 4 {
            for word: StaticString in ["会议", "全会", "全委会", "全体会议", "常委会"] where context.bytes.matches(word, at: index) {
                return index + word.utf8CodeUnitCount <= limit
            }
            // `、八次`: another session in the same list
            guard context.bytes.matches("、", at: index) else { return false }
            index += 3
            while index < limit, isNumeral(context.bytes.scalar(at: index).value) { index += 3 }
            guard context.bytes.matches("次", at: index) else { return false }
            index += 3
            hops += 1
        }
        return false
    }

    /// A Chinese digit or `十`/`百`, the scalars of a session number (all three bytes long).
    private static func isNumeral(_ value: UInt32) -> Bool {
        ChineseNumerals.digit(value) != nil || ChineseNumerals.smallUnit(value) != nil
    }

    /// `二次发掘`: a lone `二` before `次` is “second”; a count of two is `两次`.
    private static func isSecond(_ number: NumberReading, _ bytes: Bytes) -> Bool {
        number.end - number.start == 3 && bytes.matches("二", at: number.start)
    }

    /// The words just before a number and just after its unit, inside the sentence.
    struct Context {
        let bytes: Bytes
        let start: Int
        let end: Int
        let sentence: Range<Int>

        /// Whether `word` ends just before the number.
        func precededBy(_ word: StaticString) -> Bool {
            start - word.utf8CodeUnitCount >= sentence.lowerBound && bytes.matches(word, endingAt: start)
        }

        /// Whether `word` starts just after the unit.
        func followedBy(_ word: StaticString) -> Bool {
            end + word.utf8CodeUnitCount <= sentence.upperBound && bytes.matches(word, at: end)
        }
    }
}
