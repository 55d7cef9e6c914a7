import ReportKit

/// A compact one-line form of the tree, for tests and for showing how a statement was read:
/// `pipeline(measures | where(and(==(city, "合肥"), ==(kind, "money"))))`.
///
/// Operators are written first (`==(city, "合肥")`), strings are quoted, fields bare, columns
/// named by a stage as `column(total)`, numbers in plain digits (`10000000`, `5%`).
extension Statement: CustomDebugStringConvertible {
    /// The statement in compact form: `pipeline(…)`, `let NAME = pipeline(…)`, `help` or `help(WORD)`.
    public var debugDescription: String {
        switch kind {
        case .pipeline(let pipeline): pipeline.debugDescription
        case .define(let name, let pipeline): "let \(name.value) = \(pipeline.debugDescription)"
        case .help(let topic?): "help(\(topic.value))"
        case .help(nil): "help"
        }
    }
}

extension Pipeline: CustomDebugStringConvertible {
    /// The pipeline in compact form: `pipeline(SOURCE | STAGE | …)`.
    public var debugDescription: String {
        let parts = [source.debugDescription] + stages.map(\.debugDescription)
        return "pipeline(\(parts.joined(separator: " | ")))"
    }
}

extension Source: CustomDebugStringConvertible {
    /// The source in compact form: `measures`, `sections("安庆")`, `compare(cities on …)`, a name.
    public var debugDescription: String {
        switch kind {
        case .measures: "measures"
        case .reports: "reports"
        case .sections(let city?): "sections(\(DumpFormat.quoted(city.value)))"
        case .sections(nil): "sections"
        case .sentences: "sentences"
        case .cities: "cities"
        case .units: "units"
        case .find(let terms): "find(\(terms.map(DumpFormat.quoted).joined(separator: ", ")))"
        case .compare(let comparison): "compare(\(comparison.dump))"
        case .targets(let city?): "targets(\(DumpFormat.quoted(city.value)))"
        case .targets(nil): "targets"
        case .named(let name): name
        }
    }
}

extension Comparison {
    /// `"合肥", "安庆" on COND by FIELDS` or `cities on COND`.
    fileprivate var dump: String {
        var text: String
        switch columns {
        case .cities(.all): text = "cities"
        case .cities(.listed(let names)): text = names.map { DumpFormat.quoted($0.value) }.joined(separator: ", ")
        case .periods(.all): text = "years"
        case .periods(.listed(let years)): text = years.map { String($0.value) }.joined(separator: ", ")
        }
        if let condition { text += " on \(condition.debugDescription)" }
        if !groupBy.isEmpty { text += " by \(DumpFormat.fields(groupBy))" }
        return text
    }
}

extension Stage: CustomDebugStringConvertible {
    /// The stage in compact form: `where(…)`, `sort(value desc)`, `take(5)`, `total(by city)`, `chart`.
    public var debugDescription: String {
        switch kind {
        case .filter(let condition): "where(\(condition.debugDescription))"
        case .sort(let keys):
            "sort(\(keys.map { $0.key.debugDescription + ($0.direction == .descending ? " desc" : "") }.joined(separator: ", ")))"
        case .take(let count): "take(\(count))"
        case .select(let items):
            "select(\(items.map { $0.expr.debugDescription + DumpFormat.alias($0.alias) }.joined(separator: ", ")))"
        case .summarize(let summary):
            "summarize(\(summary.aggregates.map(\.debugDescription).joined(separator: ", "))"
                + (summary.groupBy.isEmpty ? "" : " by \(DumpFormat.fields(summary.groupBy))") + ")"
        case .distinct(let fields): "distinct(\(DumpFormat.fields(fields)))"
        case .total(let fields): fields.isEmpty ? "total" : "total(by \(DumpFormat.fields(fields)))"
        case .chart: "chart"
        case .trend: "trend"
        case .find(let terms): "find(\(terms.map(DumpFormat.quoted).joined(separator: ", ")))"
        case .format(let format): "format(\(format.rawValue))"
        }
    }
}

extension Aggregate: CustomDebugStringConvertible {
    /// The aggregate in compact form: `count`, `sum(value) as money`.
    public var debugDescription: String {
        let call = argument.map { "\(function.rawValue)(\($0.debugDescription))" } ?? function.rawValue
        return call + DumpFormat.alias(alias)
    }
}

extension Expr: CustomDebugStringConvertible {
    /// The expression in compact prefix form: `and(==(city, "合肥"), >=(value, 10000000))`.
    public var debugDescription: String {
        switch kind {
        case .number(let value, let isPercent): DumpFormat.number(value) + (isPercent ? "%" : "")
        case .string(let text): DumpFormat.quoted(text)
        case .boolean(let value): value ? "true" : "false"
        case .regex(let pattern): pattern.description
        case .field(.known(let field)): field.english
        case .field(.column(let name)): "column(\(name))"
        case .negate(let operand): "neg(\(operand.debugDescription))"
        case .not(let operand): "not(\(operand.debugDescription))"
        case .logical(let op, let left, let right):
            "\(op.rawValue)(\(left.debugDescription), \(right.debugDescription))"
        case .arithmetic(let op, let left, let right):
            "\(op.rawValue)(\(left.debugDescription), \(right.debugDescription))"
        case .comparison(let op, let left, let right):
            "\(op.rawValue)(\(left.debugDescription), \(right.debugDescription))"
        case .membership(let value, let list, let negated):
            "\(negated ? "notin" : "in")(\(value.debugDescription), [\(list.map(\.debugDescription).joined(separator: ", "))])"
        }
    }
}

/// The pieces of the compact form shared by tokens and trees.
enum DumpFormat {
    /// A number in plain digits: `10000000`, `1.5`.
    static func number(_ value: Double) -> String { HumanNumber.plain(value) }

    /// A string in double quotes, with `"` and `\` escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }

    /// ` as NAME`, or nothing.
    static func alias(_ alias: Spanned<String>?) -> String {
        alias.map { " as \($0.value)" } ?? ""
    }

    /// Field names joined with `, `.
    static func fields(_ fields: [Spanned<FieldName>]) -> String {
        fields.map(\.value.name).joined(separator: ", ")
    }
}
