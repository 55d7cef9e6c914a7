import ReportKit
import TallyText

/// Runs one pipeline: its source, then each stage in order, into a frame and how to present it.
struct PipelineRunner {
    let corpus: Corpus
    let cities: CityDirectory
    let bindings: [String: Frame]
    /// The statement's text, for naming columns after the expressions that compute them.
    let text: String
    /// Ctrl-C, checked in long loops.
    let stop: StopSignal

    /// What a pipeline produced.
    struct Outcome {
        var frame: Frame
        var shape: ResultShape = .table
        var format: OutputFormat?
        /// For a `compare` not yet reshaped: its cities or years and how many group columns come
        /// first, so that `chart` can draw one bar per group and city or year.
        var comparison: (names: [String], groupColumns: Int, isPeriods: Bool)?
        /// Where the `chart` stage is, for the error when the result cannot be drawn.
        var chartSpan: SourceSpan?
        /// Whether the frame is a `trend` series, which `chart` draws one bar per period.
        var isSeries = false
    }

    func run(_ pipeline: Pipeline) throws(StatementError) -> Outcome {
        var stages = pipeline.stages[...]
        var outcome: Outcome
        if case .measures = pipeline.source.kind, let first = stages.first, case .filter(let condition) = first.kind {
            // `measures | where …`: filter while reading, without listing every measure first.
            let test = try compiler(for: .measures([])).blockPredicate(condition)
            outcome = Outcome(frame: .measures(try filtered(nil, test)))
            stages = stages.dropFirst()
        } else if case .compare(let comparison) = pipeline.source.kind {
            let compiler = ExpressionCompiler(fields: RowFields(corpus: corpus, frame: .measures([])), cities: cities)
            let comparisonTable = comparisonTable(compiler)
            let pivot = try comparisonTable.pivot(comparison)
            outcome = Outcome(frame: .table(try comparisonTable.table(comparison, pivot: pivot)))
            outcome.comparison = (pivot.names, ComparisonTable.groupColumnCount(comparison), pivot.isPeriods)
        } else {
            outcome = Outcome(frame: try sourceFrame(pipeline.source))
        }
        if case .find(let terms) = pipeline.source.kind { outcome.shape = .hits(terms: terms) }
        var position = stages.startIndex
        while position < stages.endIndex {
            let stage = stages[position]
            if case .chart = outcome.shape, !isFormat(stage) {
                throw StatementError(Phrase.chartEnds(), at: stage.span)
            }
            // `sort value desc | take 10` over measures: keep the best ten while scanning.
            if case .sort(let keys) = stage.kind, position + 1 < stages.endIndex,
                case .take(let count) = stages[position + 1].kind, count <= 100,
                case .measures(let indices) = outcome.frame, let top = topMeasures(indices, by: keys, count: count)
            {
                outcome.frame = .measures(top)
                position += 2
                continue
            }
            try apply(stage, to: &outcome)
            position += 1
        }
        return outcome
    }

    private func isFormat(_ stage: Stage) -> Bool {
        if case .format = stage.kind { return true }
        return false
    }

    private func sourceFrame(_ source: Source) throws(StatementError) -> Frame {
        switch source.kind {
        case .named(let name):
            guard let frame = bindings[name] else {
                throw StatementError(
                    Phrase.unknownName(name), at: source.span,
                    hint: Suggestion.hint(
                        for: name,
                        among: Array(bindings.keys).sorted()
                            + Keyword.allCases.filter { $0.role == .source }.map(\.rawValue)))
            }
            return frame
        case .targets(let city):
            var resolved: String?
            if let city {
                guard let found = cities.resolve(city.value) else { throw cities.unknown(city.value, at: city.span) }
                resolved = found
            }
            return .computed(try TargetsTable(corpus: corpus, cities: cities, city: resolved, stop: stop).table())
        default:
            return try SourceFrames(corpus: corpus, cities: cities).frame(source)
        }
    }

    /// `compare` over the corpus, its condition tested a block at a time with stop checks.
    private func comparisonTable(_ compiler: ExpressionCompiler) -> ComparisonTable {
        ComparisonTable(corpus: corpus, cities: cities, compiler: compiler) { (rows, test) throws(StatementError) in
            try filtered(rows, test)
        }
    }

    func compiler(for frame: Frame) -> ExpressionCompiler {
        ExpressionCompiler(fields: RowFields(corpus: corpus, frame: frame), cities: cities)
    }

    private func apply(_ stage: Stage, to outcome: inout Outcome) throws(StatementError) {
        let frame = outcome.frame
        switch stage.kind {
        case .filter(let condition):
            if case .measures(let indices) = frame {
                outcome.frame = .measures(try filtered(indices, try compiler(for: frame).blockPredicate(condition)))
            } else {
                outcome.frame = try keep(frame, where: try compiler(for: frame).predicate(condition))
            }
        case .find(let terms):
            outcome.frame = try find(terms, in: frame, span: stage.span)
            if case .sentences = outcome.frame { outcome.shape = .hits(terms: terms) }
        case .sort(let keys):
            outcome.frame = try sort(frame, by: keys)
        case .take(let count):
            outcome.frame = take(frame, count)
        case .select(let items):
            outcome.comparison = nil
            outcome.isSeries = false
            outcome.frame = .table(try select(items, from: frame))
            outcome.shape = .table
        case .summarize(let summary):
            outcome.comparison = nil
            outcome.frame = .table(try aggregation(frame).summarize(summary))
            outcome.shape = .table
        case .total(let fields):
            guard hasFigures(frame) else {
                throw StatementError(
                    Phrase.totalAddsFigures(), at: stage.span)
            }
            outcome.comparison = nil
            outcome.frame = .table(try aggregation(frame).total(by: fields, span: stage.span))
            outcome.shape = .table
        case .distinct(let fields):
            outcome.comparison = nil
            outcome.frame = .table(try distinct(fields, in: frame))
            outcome.shape = .table
        case .trend:
            guard case .measures(let indices) = frame else {
                throw StatementError(SeriesText.trendNeedsFigures, at: stage.span)
            }
            outcome.comparison = nil
            outcome.frame = .table(
                try Trend(corpus: corpus, cities: cities, rows: indices.map { Int($0) }, stop: stop).table())
            outcome.shape = .table
            outcome.isSeries = true
        case .chart:
            if outcome.isSeries, case .table(let table) = frame {
                outcome.frame = .table(Trend.chartForm(table))
            }
            if let comparison = outcome.comparison, case .table(let table) = frame {
                outcome.frame = .table(
                    ComparisonTable.longForm(
                        table, groupColumns: comparison.groupColumns, cities: comparison.names,
                        isPeriods: comparison.isPeriods))
            }
            outcome.shape = .chart
            outcome.chartSpan = stage.span
        case .format(let format):
            outcome.format = format
        }
    }

    func hasFigures(_ frame: Frame) -> Bool {
        switch frame {
        case .measures: true
        case .sentences: false
        case .table, .computed: frame.tableColumnIndex(of: .known(.value)) != nil
        }
    }

    func aggregation(_ frame: Frame) -> Aggregation {
        Aggregation(corpus: corpus, frame: frame, compiler: compiler(for: frame))
    }
}
