import ReportKit

/// Every word of the language that is not a field: sources, verbs, statement words and clause
/// words, each with its Chinese alias. English words match in any letter case.
///
/// The docs, `help` and the shell's tab completion read this table, so a word added here is known
/// everywhere. No alias means two things: a Chinese alias belongs to exactly one word or field.
/// English `count` is both a verb and a field, and `find` both a source and a verb; the parser tells
/// them apart by position.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    // Sources: what a pipeline starts from.
    case measures, reports, sections, sentences, cities, units, compare, find
    // Verbs: the stages after `|`.
    case `where`, sort, take, select, summarize, count, sum, avg, min, max, share, distinct, total
    case chart, format
    // Statement words.
    case `let`, help
    // Clause words inside stages and expressions.
    case by, `as`, asc, desc, on, and, or, not, `in`

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
        }
    }

    /// What the word does, in one line, for help and the docs.
    public var summary: String {
        switch self {
        case .measures: "every figure in the reports, one row each"
        case .reports: "the reports: one row per speaker and city"
        case .sections: "the numbered sections of the reports, optionally of one city"
        case .sentences: "every sentence of the reports"
        case .cities: "the cities with reports"
        case .units: "the units the figures use, with their kinds"
        case .compare: "cities side by side, one column per city"
        case .find: "sentences that contain the text, with city and section"
        case .where: "keep the rows for which the condition holds"
        case .sort: "order the rows by one or more keys"
        case .take: "keep the first N rows"
        case .select: "choose and compute the columns"
        case .summarize: "compute aggregates, optionally per group"
        case .count: "count the rows, optionally per group"
        case .sum: "add up a value, optionally per group"
        case .avg: "average a value, optionally per group"
        case .min: "the smallest value, optionally per group"
        case .max: "the largest value, optionally per group"
        case .share: "each group's share of the whole, in percent"
        case .distinct: "the distinct combinations of some fields"
        case .total: "add up the values per unit, optionally per group"
        case .chart: "draw the result as a bar chart"
        case .format: "choose the output format of this command"
        case .let: "give a pipeline a name"
        case .help: "explain the language or one word of it"
        case .by: "group by these fields"
        case .as: "name a column"
        case .asc: "sort ascending (the default)"
        case .desc: "sort descending"
        case .on: "the condition of a compare"
        case .and: "both conditions hold"
        case .or: "either condition holds"
        case .not: "the condition does not hold"
        case .in: "the value is one of a list"
        }
    }

    /// What part the word plays.
    public var role: WordRole {
        switch self {
        case .measures, .reports, .sections, .sentences, .cities, .units, .compare: .source
        case .find: .sourceAndVerb
        case .where, .sort, .take, .select, .summarize, .count, .sum, .avg, .min, .max, .share,
            .distinct, .total, .chart, .format:
            .verb
        case .let, .help: .statement
        case .by, .as, .asc, .desc, .on, .and, .or, .not, .in: .clause
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

/// The fields rows carry, each with its Chinese alias. A field's English name or alias in an
/// expression is a reference to it; the evaluator decides which rows have which fields.
public enum Field: String, Sendable, Hashable, CaseIterable {
    case city, speaker, role, doc, report, title, section, heading, level, sentence, line, column
    case value, high, unit, kind, approx, implied
    case partOf = "part_of"
    case subject, raw, count

    /// The English name used in queries (`part_of`, `city`).
    public var english: String { rawValue }

    /// The Chinese alias, accepted wherever the English name is.
    public var chinese: String {
        switch self {
        case .city: "城市"
        case .speaker: "发言人"
        case .role: "职务"
        case .doc: "文档"
        case .report: "报告号"
        case .title: "题目"
        case .section: "章节号"
        case .heading: "标题"
        case .level: "层级"
        case .sentence: "原句"
        case .line: "行号"
        case .column: "列号"
        case .value: "数值"
        case .high: "上限"
        case .unit: "单位"
        case .kind: "类别"
        case .approx: "精度"
        case .implied: "隐含"
        case .partOf: "所属"
        case .subject: "事项"
        case .raw: "原文"
        case .count: "个数"
        }
    }

    /// What the field holds, in one line, for help and the docs.
    public var summary: String {
        switch self {
        case .city: "the city a report speaks for (合肥)"
        case .speaker: "who gave the report"
        case .role: "the speaker's position"
        case .doc: "the document the report is in"
        case .report: "the report's number in its document"
        case .title: "the report's title"
        case .section: "the section's number within its report"
        case .heading: "the section's heading"
        case .level: "how deep the section is nested"
        case .sentence: "the sentence a figure is in"
        case .line: "the line in the document"
        case .column: "the column on that line"
        case .value: "the figure in base units (4680万元 is 46800000)"
        case .high: "the upper end of a range, if the figure is one"
        case .unit: "the unit without magnitude (元, 人次, %)"
        case .kind: "what the unit measures: money, people, count, ratio, area, length, time, other"
        case .approx: "how exact the figure is: exact, more (30余次) or about (约20万元)"
        case .implied: "whether the unit was inferred, not written (总投资5.6亿 is 元)"
        case .partOf: "the figure this one is part of (其中…)"
        case .subject: "what the figure counts (养老助餐机构)"
        case .raw: "the figure as written (4680万元)"
        case .count: "how many rows a group has"
        }
    }

    /// Finds a field by its English name (any case) or its Chinese alias.
    public init?(word: String) {
        guard let field = Vocabulary.fieldsBySpelling[Vocabulary.folded(word)] else { return nil }
        self = field
    }

    /// The names a bare word may take on the right of a comparison with this field, mapped to the
    /// canonical value (`金额` → `money`), or nil when the field's values are open.
    var knownValues: [String: String]? {
        switch self {
        case .kind: Vocabulary.kindValues
        case .approx: Vocabulary.approximationValues
        default: nil
        }
    }
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
        .exact: "精确", .more: "以上", .about: "约",
    ]

    /// Bare words that are values, not fields, wherever they appear: the kinds and the
    /// approximations (`money`, `more`), which may stand unquoted on the right of a comparison.
    public static let valueWords: Set<String> = Set(
        Kind.allCases.map(\.name) + Approximation.allCases.map(\.name))

    /// The boolean literals.
    static let booleans: [String: Bool] = ["true": true, "false": false]

    /// `kind` values by English and Chinese name, mapped to the English name.
    static let kindValues: [String: String] = Dictionary(
        Kind.allCases.flatMap { [($0.name, $0.name), ($0.chineseName, $0.name)] },
        uniquingKeysWith: { first, _ in first })

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
            + Approximation.allCases.compactMap { approximationChinese[$0] }
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
