/// The name of the indicator a subject speaks of, the same from one year's report to the next:
/// `全区地区生产总值`, `地区生产总值完成` and `GDP` are all `地区生产总值`.
///
/// A subject is read as the extractor found it; the name drops what varies between reports — the
/// place or scope written before it (`全区`, `全市`, `全省`, `全年`), verbs and hedges written after
/// it (`完成`, `达到`, `预计`) — and then merges the known synonyms (`IndicatorSynonyms`).
public enum IndicatorName {
    /// The indicator `subject` names; a subject with nothing to drop is its own name.
    public static func of(_ subject: String) -> String {
        let stripped = PlainText.stripped(subject) ?? strippedAsCharacters(subject)
        return IndicatorSynonyms.canonical[stripped] ?? stripped
    }

    /// `subject` without the words `of` drops, compared as `Character`s: the general reading, for
    /// text that is not `PlainText`.
    static func strippedAsCharacters(_ subject: String) -> String {
        var name = Substring(subject)
        var changed = true
        while changed {
            changed = false
            for prefix in leadingWords where name.hasPrefix(prefix) && name.count > prefix.count + 1 {
                name = name.dropFirst(prefix.count)
                changed = true
            }
            for suffix in trailingWords where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
                name = name.dropLast(suffix.count)
                changed = true
            }
        }
        return String(name)
    }

    /// Places, scopes and times written before an indicator (`全区地区生产总值`, `全年社会消费品零售总额`).
    static let leadingWords = [
        "全区", "全市", "全省", "全县", "全旗", "全州", "全盟", "全自治区", "全国", "全年", "年内", "今年", "去年", "上年",
        "本年", "我区", "我市", "我省", "我县", "实现",
    ]

    /// Verbs, hedges and particles written after an indicator (`地区生产总值完成`, `…预计`).
    static let trailingWords = [
        "完成", "达到", "达", "实现", "预计", "预期", "累计", "分别", "继续", "力争", "共", "增长", "增加",
        "同比",
    ]
}

/// Names that mean the same indicator, mapped to the one tally shows. Statistical offices renamed
/// some indicators over the years (公共财政预算收入 became 一般公共预算收入 in 2015); reports also
/// shorten them.
enum IndicatorSynonyms {
    static let canonical: [String: String] = [
        "GDP": "地区生产总值",
        "生产总值": "地区生产总值",
        "国内生产总值": "地区生产总值",
        "全区生产总值": "地区生产总值",
        "公共财政预算收入": "一般公共预算收入",
        "一般公共财政预算收入": "一般公共预算收入",
        "地方一般公共预算收入": "一般公共预算收入",
        "社会消费品零售额": "社会消费品零售总额",
        "全社会固定资产投资额": "全社会固定资产投资",
        "固定资产投资额": "固定资产投资",
        "区本级全社会固定资产投资": "区本级固定资产投资",
        "区本级全社会固定资产投资额": "区本级固定资产投资",
        "城镇人均可支配收入": "城镇居民人均可支配收入",
        "城镇常住居民人均可支配收入": "城镇居民人均可支配收入",
        "农村常住居民人均可支配收入": "农村居民人均可支配收入",
        "农村牧区常住居民人均可支配收入": "农村居民人均可支配收入",
        "农牧民人均纯收入": "农民人均纯收入",
    ]
}
