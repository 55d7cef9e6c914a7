import ReportKit
import TallyText

/// Every word of the language that is not a field: sources, verbs, statement words and clause
/// words, each with its Chinese alias. English words match in any letter case.
///
/// The docs, `help` and the shell's tab completion read this table, so a word added here is known
/// everywhere. No alias means two things: a Chinese alias belongs to exactly one word or field.
/// English `count` is both a verb and a field, and `find` both a source and a verb; the parser tells
/// them apart by position.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    // Sources: what a pipeline starts from.
    case measures, reports, sections, sentences, cities, units, compare, targets, find
    // Verbs: the stages after `|`.
    case `where`, sort, take, select, summarize, count, sum, avg, min, max, share, distinct, total
    case chart, trend, format
    // Statement words.
    case `let`, help
    // Clause words inside stages and expressions.
    case by, `as`, asc, desc, on, and, or, not, `in`, years

    /// The English spelling.
    public var english: String { rawValue }

    /// The Chinese alias, accepted wherever the English word is.
    public var chinese: String {
        switch self {
        case .measures: "数据"
        case .reports: "报告"
        case .sections: "章节"
        case .sentences: "句子"
        case .cities: "各市"
        case .units: "单位列表"
        case .compare: "比较"
        case .targets: "目标对照"
        case .find: "查找"
        case .where: "筛选"
        case .sort: "排序"
        case .take: "取"
        case .select: "选择"
        case .summarize: "汇总"
        case .count: "计数"
        case .sum: "求和"
        case .avg: "平均"
        case .min: "最小"
        case .max: "最大"
        case .share: "占比"
        case .distinct: "去重"
        case .total: "合计"
        case .chart: "图表"
        case .trend: "趋势"
        case .format: "格式"
        case .let: "令"
        case .help: "帮助"
        case .by: "按"
        case .as: "作为"
        case .asc: "升序"
        case .desc: "降序"
        case .on: "于"
        case .and: "且"
        case .or: "或"
        case .not: "非"
        case .in: "属于"
        case .years: "各年"
        }
    }

    /// What the word does, in one line, for help and the docs.
    public var summary: String {
        switch self {
        case .measures: Phrase.keywordMeasures()
        case .reports: Phrase.keywordReports()
        case .sections: Phrase.keywordSections()
        case .sentences: Phrase.keywordSentences()
        case .cities: Phrase.keywordCities()
        case .units: Phrase.keywordUnits()
        case .compare: Phrase.keywordCompare()
        case .targets: Phrase.keywordTargets()
        case .find: Phrase.keywordFind()
        case .where: Phrase.keywordWhere()
        case .sort: Phrase.keywordSort()
        case .take: Phrase.keywordTake()
        case .select: Phrase.keywordSelect()
        case .summarize: Phrase.keywordSummarize()
        case .count: Phrase.keywordCount()
        case .sum: Phrase.keywordSum()
        case .avg: Phrase.keywordAvg()
        case .min: Phrase.keywordMin()
        case .max: Phrase.keywordMax()
        case .share: Phrase.keywordShare()
        case .distinct: Phrase.keywordDistinct()
        case .total: Phrase.keywordTotal()
        case .chart: Phrase.keywordChart()
        case .trend: Phrase.keywordTrend()
        case .format: Phrase.keywordFormat()
        case .let: Phrase.keywordLet()
        case .help: Phrase.keywordHelp()
        case .by: Phrase.keywordBy()
        case .as: Phrase.keywordAs()
        case .asc: Phrase.keywordAsc()
        case .desc: Phrase.keywordDesc()
        case .on: Phrase.keywordOn()
        case .and: Phrase.keywordAnd()
        case .or: Phrase.keywordOr()
        case .not: Phrase.keywordNot()
        case .in: Phrase.keywordIn()
        case .years: Phrase.keywordYears()
        }
    }

    /// What part the word plays.
    public var role: WordRole {
        switch self {
        case .measures, .reports, .sections, .sentences, .cities, .units, .compare, .targets: .source
        case .find: .sourceAndVerb
        case .where, .sort, .take, .select, .summarize, .count, .sum, .avg, .min, .max, .share,
            .distinct, .total, .chart, .trend, .format:
            .verb
        case .let, .help: .statement
        case .by, .as, .asc, .desc, .on, .and, .or, .not, .in, .years: .clause
        }
    }

    /// Finds a keyword by its English spelling (any case) or its Chinese alias.
    public init?(word: String) {
        guard let keyword = Vocabulary.keywordsBySpelling[Vocabulary.folded(word)] else { return nil }
        self = keyword
    }

    /// Whether the word can start a pipeline.
    public var isSource: Bool { role == .source || role == .sourceAndVerb }

    /// Whether the word can start a stage after `|`.
    public var isVerb: Bool { role == .verb || role == .sourceAndVerb }
}

/// The part a keyword plays in a statement.
public enum WordRole: Sendable, Hashable {
    /// Starts a pipeline (`measures`, `compare`).
    case source
    /// Starts a stage after `|` (`where`, `sort`).
    case verb
    /// Starts a pipeline or a stage (`find`).
    case sourceAndVerb
    /// Starts a statement (`let`, `help`).
    case statement
    /// Joins the parts of a stage or an expression (`by`, `and`, `desc`).
    case clause
}

extension OutputFormat {
    /// The Chinese alias of the format, if it has one (`表格` for `table`).
    public var chinese: String? { self == .table ? "表格" : nil }

    /// Finds a format by its name (any case) or its Chinese alias, as written after `format`.
    public init?(word: String) {
        let folded = Vocabulary.folded(word)
        guard let format = OutputFormat.allCases.first(where: { $0.rawValue == folded || $0.chinese == folded })
        else { return nil }
        self = format
    }
}

/// The lookup tables behind `Keyword`, `Field` and the values bare words may stand for.
public enum Vocabulary {
    /// The Chinese names of the approximations, beside their English ones.
    public static let approximationChinese: [Approximation: String] = [
        .exact: "精确", .more: "以上", .about: "约", .less: "以内",
    ]

    /// Bare words that are values, not fields, wherever they appear: the kinds, the approximations
    /// and the changes (`money`, `more`, `growth`), which may stand unquoted on the right of a
    /// comparison.
    public static let valueWords: Set<String> = Set(
        Kind.allCases.map(\.name) + Approximation.allCases.map(\.name) + Change.allCases.map(\.name))

    /// The boolean literals.
    static let booleans: [String: Bool] = ["true": true, "false": false]

    /// `kind` values by English and Chinese name, mapped to the English name.
    static let kindValues: [String: String] = Dictionary(
        Kind.allCases.flatMap { [($0.name, $0.name), ($0.chineseName, $0.name)] },
        uniquingKeysWith: { first, _ in first })

    /// `change` values by English and Chinese name, mapped to the English name.
    static let changeValues: [String: String] = Dictionary(
        Change.allCases.flatMap { [($0.name, $0.name), ($0.chineseName, $0.name)] },
        uniquingKeysWith: { first, _ in first })

    /// The outcomes of a target in `targets`, by English and Chinese name, mapped to the English name.
    static let statusValues: [String: String] = Dictionary(
        uniqueKeysWithValues: statuses.flatMap { [($0.name, $0.name), ($0.chinese, $0.name)] })

    /// The outcomes of a target in `targets`, in the order of the docs, with their Chinese names.
    public static let statuses: [(name: String, chinese: String)] = [
        ("met", "达成"), ("missed", "未达成"), ("unreported", "未报告"), ("ambiguous", "不明"),
    ]

    /// `approx` values by English and Chinese name, mapped to the English name.
    static let approximationValues: [String: String] = Dictionary(
        Approximation.allCases.flatMap { approximation in
            [(approximation.name, approximation.name)]
                + (approximationChinese[approximation].map { [($0, approximation.name)] } ?? [])
        },
        uniquingKeysWith: { first, _ in first })

    /// Keywords by every spelling.
    static let keywordsBySpelling: [String: Keyword] = Dictionary(
        Keyword.allCases.flatMap { [($0.english, $0), ($0.chinese, $0)] },
        uniquingKeysWith: { first, _ in first })

    /// Fields by every spelling.
    static let fieldsBySpelling: [String: Field] = Dictionary(
        Field.allCases.flatMap { [($0.english, $0), ($0.chinese, $0)] },
        uniquingKeysWith: { first, _ in first })

    /// Every Chinese alias of a keyword, field, format, kind or approximation, for checking that no
    /// alias means two things.
    public static var allChineseAliases: [String] {
        Keyword.allCases.map(\.chinese) + Field.allCases.map(\.chinese)
            + OutputFormat.allCases.compactMap(\.chinese) + Kind.allCases.map(\.chineseName)
            + Approximation.allCases.compactMap { approximationChinese[$0] } + Change.allCases.map(\.chineseName)
            + ["达成", "未达成", "未报告", "不明"]
    }

    /// `word` with ASCII letters lowercased, for case-insensitive lookups of English words.
    static func folded(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
        return word.lowercased()
    }

    /// Whether `word` contains a letter outside ASCII (such as `合肥`), which makes an unknown bare
    /// word a string rather than a misspelt field.
    static func hasNonASCIILetter(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.value >= 0x80 && $0.properties.isAlphabetic }
    }
}
