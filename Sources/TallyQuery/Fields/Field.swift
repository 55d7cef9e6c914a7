import ReportKit
import TallyText

/// The fields rows carry. Each field is declared once, in `definition`: its Chinese alias, what it
/// holds, and where its value is read from. Queries, `select`, `help`, completion, the docs check
/// and `tally parse` all derive from that declaration; the order of the cases is the order in which
/// a measure's fields are listed (`tally parse --format jsonl`, hints).
public enum Field: String, Sendable, Hashable, CaseIterable {
    case doc, city, speaker, role, title, date, year, report
    case section, heading, level
    case value, high, unit, kind, approx, implied
    case partOf = "part_of"
    case change, basis, period, target
    case subject, indicator, raw, line, column, sentence
    case count, status

    /// The fields a measure row has, in declaration order.
    public static let measureFields: [Field] = allCases.filter { $0.definition.reader.readsMeasures }
    /// The fields a sentence row has, in declaration order.
    public static let sentenceFields: [Field] = allCases.filter { $0.definition.reader.readsSentences }

    /// The English name used in queries (`part_of`, `city`).
    public var english: String { rawValue }

    /// The Chinese alias, accepted wherever the English name is.
    public var chinese: String { definition.chinese }

    /// What the field holds, in one line, for help and the docs.
    public var summary: String { definition.summary() }

    /// Finds a field by its English name (any case) or its Chinese alias.
    public init?(word: String) {
        guard let field = Vocabulary.fieldsBySpelling[Vocabulary.folded(word)] else { return nil }
        self = field
    }

    /// The names a bare word may take on the right of a comparison with this field, mapped to the
    /// canonical value (`金额` → `money`), or nil when the field's values are open.
    var knownValues: [String: String]? { definition.knownValues }

    /// The declaration of every field.
    var definition: FieldDefinition {
        switch self {
        case .doc:
            FieldDefinition(
                "文档", .fieldDoc,
                .report { corpus, report in .text(corpus.documents[corpus.reports[report].document].name) })
        case .city:
            FieldDefinition(
                "城市", .fieldCity,
                .report { corpus, report in .text(corpus.reports[report].city) })
        case .speaker:
            FieldDefinition(
                "发言人", .fieldSpeaker, .report { corpus, report in .text(corpus.reports[report].speaker) })
        case .role:
            FieldDefinition(
                "职务", .fieldRole, .report { corpus, report in .text(corpus.reports[report].role) })
        case .title:
            FieldDefinition(
                "题目", .fieldTitle, .report { corpus, report in .text(corpus.reports[report].title) })
        case .date:
            FieldDefinition(
                "日期", .fieldDate,
                .report { corpus, report in corpus.reports[report].date.map(Value.text) ?? .null })
        case .year:
            FieldDefinition(
                "年份", .fieldYear,
                .report { corpus, report in corpus.reports[report].year.map { .number(Double($0)) } ?? .null },
                type: .number)
        case .report:
            FieldDefinition(
                "报告号", .fieldReport,
                .report { corpus, report in
                    .number(Double(report - corpus.documents[corpus.reports[report].document].reports.lowerBound + 1))
                }, type: .number)
        case .section:
            FieldDefinition(
                "章节号", .fieldSection,
                .section { corpus, section in .text(corpus.sections[section].path) }, type: nil)
        case .heading:
            FieldDefinition(
                "标题", .fieldHeading, .section { corpus, section in .text(corpus.heading(ofSection: section)) })
        case .level:
            FieldDefinition(
                "层级", .fieldLevel,
                .section { corpus, section in .number(Double(corpus.sections[section].level)) }, type: .number)
        case .value:
            FieldDefinition(
                "数值", .fieldValue,
                .measure { corpus in
                    let measures = corpus.measures
                    let units = corpus.units
                    return { index in
                        let high = measures.high[index]
                        return .quantity(
                            Quantity(
                                value: measures.value[index], high: high.isNaN ? nil : high,
                                unit: units[measures.unit[index]], approximation: measures.approximation[index]),
                            lowerBound: false)
                    }
                }, type: .number)
        case .high:
            FieldDefinition(
                "上限", .fieldHigh,
                .measure { corpus in
                    let high = corpus.measures.high
                    return { high[$0].isNaN ? .null : .number(high[$0]) }
                }, type: .number)
        case .unit:
            FieldDefinition(
                "单位", .fieldUnit,
                .interned(\.unit) { corpus in corpus.units.strings })
        case .kind:
            FieldDefinition(
                "类别", .fieldKind,
                .measure { corpus in
                    let kinds = corpus.measures.kind
                    return { .text(kinds[$0].name) }
                },
                knownValues: Vocabulary.kindValues)
        case .approx:
            FieldDefinition(
                "精度", .fieldApprox,
                .measure { corpus in
                    let approximations = corpus.measures.approximation
                    return { .text(approximations[$0].name) }
                },
                knownValues: Vocabulary.approximationValues)
        case .implied:
            FieldDefinition(
                "隐含", .fieldImplied,
                .detail { .bool($0.impliedUnit) }, type: .bool)
        case .partOf:
            FieldDefinition(
                "所属", .fieldPartOf,
                .measure { corpus in
                    let partOf = corpus.measures.partOf
                    return { partOf[$0] < 0 ? .null : .number(Double(partOf[$0])) }
                }, type: .number)
        case .change:
            FieldDefinition(
                "变化", .fieldChange,
                .detail { .text($0.change.name) },
                knownValues: Vocabulary.changeValues)
        case .basis:
            FieldDefinition(
                "基期", .fieldBasis,
                .detail { .text($0.basis.name) })
        case .period:
            FieldDefinition(
                "时期", .fieldPeriod,
                .detail { $0.period.map { .text($0.name) } ?? .null }, type: nil)
        case .target:
            FieldDefinition(
                "目标", .fieldTarget,
                .detail { .bool($0.target) }, type: .bool)
        case .subject:
            FieldDefinition(
                "事项", .fieldSubject,
                .interned(\.subject) { corpus in corpus.subjects.strings })
        case .indicator:
            FieldDefinition(
                "指标", .fieldIndicator,
                .measure { corpus in
                    let names = (0..<corpus.indicatorCodeCount).map { Value.text(corpus.indicatorName(ofCode: $0)) }
                    return { names[corpus.indicatorCode(ofMeasure: $0)] }
                })
        case .raw:
            FieldDefinition(
                "原文", .fieldRaw,
                .measure { corpus in { .text(corpus.rawText(ofMeasure: $0)) } })
        case .line:
            FieldDefinition(
                "行号", .fieldLine,
                .row(
                    measure: { corpus in { .number(Double(corpus.line(ofMeasure: $0))) } },
                    sentence: { corpus in { .number(Double(corpus.line(ofSentence: $0))) } }), type: .number)
        case .column:
            FieldDefinition(
                "列号", .fieldColumn,
                .measure { corpus in { .number(Double(corpus.column(ofMeasure: $0))) } }, type: .number)
        case .sentence:
            FieldDefinition(
                "原句", .fieldSentence,
                .row(
                    measure: { corpus in
                        let sentences = corpus.measures.sentence
                        return { .text(corpus.sentenceText(Int(sentences[$0]))) }
                    },
                    sentence: { corpus in { .text(corpus.sentenceText($0)) } }))
        case .count:
            FieldDefinition("个数", .fieldCount, .group, type: .number)
        case .status:
            FieldDefinition(
                "状态", .fieldStatus, .group,
                knownValues: Vocabulary.statusValues)
        }
    }
}

/// A field's declaration: its alias, its summary, where its value comes from, the type of its
/// values, and the bare words that stand for its values.
struct FieldDefinition {
    let chinese: String
    let summary: Phrase
    let reader: FieldReader
    /// The type a comparison checks before running; nil for a field compared by its text or its
    /// digits alike (`section == 2` for `2.1`, `period == 2016`).
    let type: ValueType?
    let knownValues: [String: String]?

    init(
        _ chinese: String, _ summary: Phrase, _ reader: FieldReader, type: ValueType? = .text,
        knownValues: [String: String]? = nil
    ) {
        self.chinese = chinese
        self.summary = summary
        self.reader = reader
        self.type = type
        self.knownValues = knownValues
    }
}

/// The types of values, as expressions check them before running.
enum ValueType {
    case number, text, bool
}

/// Where a field's value is read from. A field lives at one level of the corpus; rows of a lower
/// level read it through their parent (a measure's `city` is its report's).
enum FieldReader {
    /// A property of a report, which its measures and sentences share.
    case report((Corpus, Int) -> Value)
    /// A property of a section, which its measures and sentences share.
    case section((Corpus, Int) -> Value)
    /// An interned string of each measure: the id column and the strings of its pool.
    case interned(KeyPath<MeasureTable, [Int32]>, (Corpus) -> [String])
    /// A fact of `MeasureTable.details`.
    case detail((MeasureDetails) -> Value)
    /// A property of a measure: a reader built once per query over the columns it needs.
    case measure((Corpus) -> (Int) -> Value)
    /// A property that measures and sentences both have, each read its own way.
    case row(measure: (Corpus) -> (Int) -> Value, sentence: (Corpus) -> (Int) -> Value)
    /// A property of rows a stage or source makes (a group's `count`, a target's `status`), only in
    /// tables.
    case group
}
