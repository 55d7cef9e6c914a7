import ReportKit
import TallyText

/// `help` and `help WORD`: the verbs with one line each, and each verb's syntax and examples. The
/// examples are run against the bundled seed by the test suite, so they always work; in Chinese
/// they are written with the Chinese aliases (`ChineseExample`).
enum HelpText {
    /// The syntax and examples of each word that has them.
    static let entries: [Keyword: (syntax: String, examples: [String])] = [
        .measures: ("measures", ["measures | take 5"]),
        .reports: ("reports", ["reports"]),
        .sections: ("sections [CITY]", ["sections 安庆"]),
        .sentences: ("sentences", ["sentences | where city == 黄山 | take 3"]),
        .cities: ("cities", ["cities"]),
        .units: ("units", ["units"]),
        .compare: (
            "compare CITY, CITY… | YEAR, YEAR… | cities | years [on CONDITION] [by FIELD, …]",
            [
                "compare 合肥, 安庆", "compare cities on kind == people", "compare 合肥, 安庆 | sort 安庆 desc | take 3",
                "compare years on change == none by indicator", "compare 2022, 2021 on kind == people",
            ]
        ),
        .targets: (
            "targets [CITY]",
            ["targets | where status in (met, missed)", "targets 合肥 | select indicator, period, planned, status"]
        ),
        .trend: (
            "… | trend",
            [
                "measures | where indicator == 地区生产总值 | trend",
                "measures | where indicator == 地区生产总值 | trend | chart",
            ]
        ),
        .years: ("compare years [on CONDITION] [by FIELD, …]", ["compare years by indicator"]),
        .find: (
            "find \"TEXT\"",
            ["find \"助餐\"", "measures | find \"养老\" | take 3"]
        ),
        .where: (
            "where CONDITION",
            [
                "measures | where city == 合肥 and kind == money",
                "measures | where value >= 1000万 and unit == \"元\"",
            ]
        ),
        .sort: ("sort KEY [asc|desc], …", ["measures | where unit == \"人次\" | sort value desc | take 3"]),
        .take: ("take N", ["measures | take 3"]),
        .select: (
            "select EXPR [as NAME], …",
            ["measures | where unit == \"元\" | select city, subject, value / 10000 as 万元 | take 3"]
        ),
        .summarize: (
            "summarize AGGREGATE [as NAME], … [by FIELD, …]",
            ["measures | where unit == \"元\" | summarize count, sum(value) as money by city"]
        ),
        .count: ("count [by FIELD, …]", ["measures | count by city"]),
        .sum: ("sum EXPR [by FIELD, …]", ["measures | where unit == \"元\" | sum value by city"]),
        .avg: ("avg EXPR [by FIELD, …]", ["measures | where unit == \"%\" | avg value by city"]),
        .min: ("min EXPR [by FIELD, …]", ["measures | where unit == \"元\" | min value by city"]),
        .max: ("max EXPR [by FIELD, …]", ["measures | where unit == \"元\" | max value by city"]),
        .share: ("share [by FIELD, …]", ["measures | where unit == \"元\" | share by city"]),
        .distinct: ("distinct FIELD, …", ["measures | distinct unit, kind"]),
        .total: ("total [by FIELD, …]", ["measures | where kind == money | total by city"]),
        .chart: ("… | chart", ["measures | where kind == money | total by city | chart"]),
        .format: ("… | format table|csv|tsv|json|jsonl|markdown", ["cities | format csv"]),
        .let: ("let NAME = PIPELINE", ["let money = measures | where kind == money"]),
        .help: ("help [WORD]", ["help total"]),
    ]

    /// A line under the syntax of some words.
    static let notes: [Keyword: Phrase] = [.find: .helpFindNote, .summarize: .helpSummarizeNote]

    /// An example as the current language writes it: in Chinese with the Chinese aliases.
    static func shown(_ example: String) -> String {
        Language.current == .chinese ? ChineseExample.of(example) : example
    }

    /// The words `help` lists, in the order a reader meets them.
    static let order: [Keyword] = [
        .measures, .reports, .sections, .sentences, .cities, .units, .find, .compare, .targets, .where, .sort, .take,
        .select, .summarize, .count, .sum, .avg, .min, .max, .share, .distinct, .total, .trend, .chart, .format, .let,
        .help,
    ]

    /// The help for `topic`, or for the whole language when nil.
    static func text(for topic: Spanned<String>?) throws(StatementError) -> String {
        guard let topic else { return overview }
        guard let keyword = Keyword(word: topic.value), let entry = entries[keyword] else {
            if let field = Field(word: topic.value) {
                return "\(field.english) (\(field.chinese)): \(field.summary)\n"
            }
            throw StatementError(
                Phrase.noHelpFor(topic.value), at: topic.span,
                hint: Suggestion.hint(for: topic.value, among: order.map(\.english)) ?? Phrase.helpListHint())
        }
        var text = "\(keyword.english) (\(keyword.chinese)): \(keyword.summary)\n\n  \(entry.syntax)\n"
        if let note = notes[keyword] { text += "  " + note() + "\n" }
        text += "\n" + Phrase.helpExamples() + "\n"
        for example in entry.examples { text += "  \(shown(example))\n" }
        return text
    }

    /// `items` after `lead`, comma-separated, in lines of at most `width` display columns; the
    /// lines after the first are indented under the first item.
    private static func wrapped(_ lead: String, _ items: [String], width: Int) -> String {
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        var text = ""
        var line = lead
        for (position, item) in items.enumerated() {
            let piece = item + (position + 1 < items.count ? "," : "")
            if line != lead && line != indent && DisplayWidth.of(line) + 1 + DisplayWidth.of(piece) > width {
                text += line + "\n"
                line = indent
            }
            line += (line == lead || line == indent ? "" : " ") + piece
        }
        return text + line + "\n"
    }

    private static var overview: String {
        let width = order.map { DisplayWidth.of("\($0.english) \($0.chinese)") }.max() ?? 0
        var text = Phrase.helpIntro(shown("measures | where city == 合肥 | total")) + "\n\n"
        for keyword in order {
            text +=
                "  " + DisplayWidth.padded("\(keyword.english) \(keyword.chinese)", toWidth: width)
                + "  \(keyword.summary)\n"
        }
        text +=
            "\n" + wrapped(Phrase.helpFields() + " ", Field.allCases.map { "\($0.english) \($0.chinese)" }, width: 88)
        text += Phrase.helpWordHint() + "\n"
        return text
    }
}
