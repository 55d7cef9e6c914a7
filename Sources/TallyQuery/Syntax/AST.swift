/// A parsed statement: a pipeline to run, a `let` that names one, or a request for help.
///
/// Every node carries the span it was read from, so the evaluator can point its own errors at the
/// right place with `StatementError(_:at:hint:)`.
public struct Statement: Sendable, Hashable {
    /// What the statement is.
    public var kind: Kind
    /// The whole statement.
    public var span: SourceSpan

    /// The shapes of statement.
    public enum Kind: Sendable, Hashable {
        /// `measures | where kind == money`: run the pipeline and show its result.
        case pipeline(Pipeline)
        /// `let money = measures | where kind == money`: remember the pipeline under `name`; the name
        /// may then start later pipelines (`money | total`).
        case define(name: Spanned<String>, pipeline: Pipeline)
        /// `help` or `help where`: explain the language, or one word of it (as written, any alias).
        case help(topic: Spanned<String>?)
    }
}

/// A source followed by stages joined with `|`: `measures | where kind == money | total by city`.
public struct Pipeline: Sendable, Hashable {
    /// Where the rows come from.
    public var source: Source
    /// What happens to them, in order.
    public var stages: [Stage]
    /// From the source to the last stage.
    public var span: SourceSpan
}

/// Where a pipeline's rows come from.
public struct Source: Sendable, Hashable {
    /// Which source.
    public var kind: Kind
    /// The source with its arguments.
    public var span: SourceSpan

    /// The sources.
    public enum Kind: Sendable, Hashable {
        /// `measures` (数据): every figure, one row each.
        case measures
        /// `reports` (报告): one row per report.
        case reports
        /// `sections` (章节), or `sections 安庆` for one city's sections.
        case sections(city: Spanned<String>?)
        /// `sentences` (句子): every sentence.
        case sentences
        /// `cities` (各市): the cities with reports.
        case cities
        /// `units` (单位列表): the units in use.
        case units
        /// `find "助餐"` (查找): the sentences that contain every term.
        case find(terms: [String])
        /// `compare 合肥, 安庆`, `compare cities on kind == people`, `compare 2013, 2017` or
        /// `compare years by indicator` (比较).
        case compare(Comparison)
        /// `targets` or `targets 海拉尔区` (目标对照): each target beside the result a later report gives.
        case targets(city: Spanned<String>?)
        /// A name given by `let`. The parser does not check that it exists; the evaluator does.
        case named(String)
    }
}

/// What `compare` puts side by side: some cities or all, or some periods or all, optionally
/// filtered and grouped.
public struct Comparison: Sendable, Hashable {
    /// The cities or periods, one column each.
    public var columns: ComparedColumns
    /// The condition after `on`, which every compared row must meet.
    public var condition: Expr?
    /// The fields after `by`, which make the rows of the comparison.
    public var groupBy: [Spanned<FieldName>]
}

/// What the columns of a `compare` are.
public enum ComparedColumns: Sendable, Hashable {
    /// `compare 合肥, 安庆`, `compare cities`: one column per city.
    case cities(CitySelection)
    /// `compare 2013, 2017`, `compare years`: one column per period (the year a figure describes).
    case periods(PeriodSelection)
}

/// The periods of a `compare`.
public enum PeriodSelection: Sendable, Hashable {
    /// `compare years`: every year a figure describes.
    case all
    /// `compare 2013, 2017`: these years, in this order.
    case listed([Spanned<Int>])
}

/// The cities of a `compare`.
public enum CitySelection: Sendable, Hashable {
    /// `compare cities`: every city.
    case all
    /// `compare 合肥, 安庆`: these cities, in this order, as written.
    case listed([Spanned<String>])
}

/// One stage of a pipeline, after a `|`.
public struct Stage: Sendable, Hashable {
    /// What the stage does.
    public var kind: Kind
    /// From the verb to the end of the stage.
    public var span: SourceSpan

    /// The stages.
    public enum Kind: Sendable, Hashable {
        /// `where CONDITION` (筛选): keep the rows for which the condition holds.
        case filter(Expr)
        /// `sort KEY [asc|desc], …` (排序): order the rows, by the first key, then the next.
        case sort([SortKey])
        /// `take N` (取): keep the first N rows.
        case take(Int)
        /// `select EXPR [as NAME], …` (选择): the columns of the result.
        case select([SelectItem])
        /// `summarize AGGREGATE, … [by FIELDS]` (汇总), and the one-aggregate shorthands
        /// `count`, `sum X`, `avg X`, `min X`, `max X` and `share`, which parse to the same thing.
        case summarize(Summary)
        /// `distinct FIELDS` (去重): one row per distinct combination.
        case distinct([Spanned<FieldName>])
        /// `total [by FIELDS]` (合计): add up `value` per unit (and per group); figures of
        /// different units are never added together. The sum column is named `total`.
        case total(by: [Spanned<FieldName>])
        /// `chart` (图表): draw the result as a bar chart.
        case chart
        /// `trend` (趋势): the figures as a series by period per indicator, with the change
        /// against the previous period and the growth rates the reports give.
        case trend
        /// `find TEXT` (查找): keep the rows whose sentence contains every term.
        case find(terms: [String])
        /// `format csv` (格式): the output format for this command.
        case format(OutputFormat)
    }
}

/// A key of `sort`: an expression and a direction.
public struct SortKey: Sendable, Hashable {
    /// What to sort by, usually a field.
    public var key: Expr
    /// Ascending unless `desc` was written.
    public var direction: SortDirection
    /// The key with its direction word.
    public var span: SourceSpan
}

/// The order of a sort key.
public enum SortDirection: Sendable, Hashable {
    /// Smallest first (`asc`, 升序, the default).
    case ascending
    /// Largest first (`desc`, 降序).
    case descending
}

/// A column of `select`: an expression and an optional name.
public struct SelectItem: Sendable, Hashable {
    /// The column's value.
    public var expr: Expr
    /// The name after `as`; without one the evaluator names the column after the expression.
    public var alias: Spanned<String>?
    /// The expression with its `as NAME`.
    public var span: SourceSpan
}

/// The aggregates of a `summarize` (or a shorthand) and the fields it groups by.
public struct Summary: Sendable, Hashable {
    /// The aggregates, one column each.
    public var aggregates: [Aggregate]
    /// The fields after `by`; empty for one row over everything.
    public var groupBy: [Spanned<FieldName>]
}

/// One aggregate: `count`, `sum(value)`, `share`, … with an optional `as NAME`.
public struct Aggregate: Sendable, Hashable {
    /// Which aggregate.
    public var function: AggregateFunction
    /// What it aggregates: nil for `count`, and for `share` written without one (the share of `value`).
    public var argument: Expr?
    /// The name after `as`.
    public var alias: Spanned<String>?
    /// The aggregate with its argument and name.
    public var span: SourceSpan

    /// The column's name: the alias, else the function's name (`sum`, `count`, …).
    public var columnName: String { alias?.value ?? function.rawValue }
}

/// The aggregate functions.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    /// The number of rows (计数).
    case count
    /// The sum of the argument (求和).
    case sum
    /// The mean of the argument (平均).
    case avg
    /// The smallest value (最小).
    case min
    /// The largest value (最大).
    case max
    /// The group's share of the whole, in percent (占比).
    case share

    /// The verb with the same name.
    var keyword: Keyword {
        switch self {
        case .count: .count
        case .sum: .sum
        case .avg: .avg
        case .min: .min
        case .max: .max
        case .share: .share
        }
    }

    /// The aggregate a verb names, if it names one.
    init?(_ keyword: Keyword) {
        guard let function = AggregateFunction(rawValue: keyword.rawValue) else { return nil }
        self = function
    }
}
