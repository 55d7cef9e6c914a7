import ReportKit

/// A query session over loaded reports: runs statements, remembers `let` names, and knows the
/// default output format. The shell, scripts and tests all drive the language through it.
public struct Session: Sendable {
    /// The loaded reports.
    public private(set) var corpus: Corpus
    /// The names `let` has defined, for the parser and for completion.
    public private(set) var scope = NameScope()
    private var bindings: [String: Frame] = [:]
    private var cities: CityDirectory

    /// A session over `corpus`.
    public init(corpus: Corpus) {
        self.corpus = corpus
        self.cities = CityDirectory(corpus: corpus)
    }

    /// Adds the reports of files and folders after those loaded (see `ReportLoader`); names defined
    /// earlier keep their rows. Returns the files and paths that could not be loaded and the files
    /// already loaded (the same bytes, under any name), which add nothing; a raised `stop` (Ctrl-C)
    /// leaves the files not yet read unloaded. With `roots` (safe mode), only files that really lie
    /// inside them are read; the others are listed as skipped.
    public mutating func load(
        paths: [String], within roots: ReadRoots? = nil, stop: StopSignal = .never
    ) -> ReportLoader.Addition {
        let addition = ReportLoader.add(paths: paths, to: &corpus, within: roots, until: { stop.isRaised })
        cities = CityDirectory(corpus: corpus)
        return addition
    }

    /// Removes the documents named `target` — a document's name as loaded, or a place whose reports
    /// they hold (`海拉尔区`, `合肥市`) — and forgets the names defined with `let`, whose rows were
    /// of the documents before. Returns the names of the documents removed (none when nothing matched).
    public mutating func unload(_ target: String) -> [String] {
        let place = cities.resolve(target)
        let removed = Set(
            corpus.documents.indices.filter { index in
                let document = corpus.documents[index]
                return document.name == target
                    || (place != nil && corpus.reports[document.reports].contains { $0.city == place })
            })
        guard !removed.isEmpty else { return [] }
        let names = removed.sorted().map { corpus.documents[$0].name }
        replaceCorpus(corpus.removing(documents: removed))
        return names
    }

    /// Removes every document and every name defined with `let`.
    public mutating func reset() {
        replaceCorpus(Corpus())
    }

    private mutating func replaceCorpus(_ replacement: Corpus) {
        corpus = replacement
        cities = CityDirectory(corpus: corpus)
        bindings = [:]
        scope = NameScope()
    }

    /// The distinct years of the loaded reports, in order.
    public var reportYears: [Int] {
        Array(Set(corpus.reports.compactMap(\.year))).sorted()
    }

    /// The names defined with `let`, sorted.
    public var names: [String] { scope.names }

    /// The cities of the loaded reports.
    public var cityNames: [String] { cities.names }

    /// Parses and runs one statement. `origin` places error messages (file and first line);
    /// `stop` is checked during long queries and stops them with `StatementError.interrupted`.
    ///
    /// `rowLimit` is for results shown on a screen: a result with more rows keeps only its first and
    /// last rows up to that many (`ResultTable.omitted` counts the rest), unless the statement asks
    /// for a machine format (`format csv`, `format json`…), which always gets every row.
    public mutating func run(
        _ text: String, origin: StatementOrigin = .command, rowLimit: Int? = nil,
        stop: StopSignal = .never
    ) throws(StatementError) -> CommandOutput {
        do {
            let statement = try Parser.parse(text, scope: scope)
            return try execute(statement, text: text, rowLimit: rowLimit, stop: stop)
        } catch {
            throw error.located(in: text, origin: origin)
        }
    }

    private mutating func execute(
        _ statement: Statement, text: String, rowLimit: Int?, stop: StopSignal
    ) throws(StatementError) -> CommandOutput {
        switch statement.kind {
        case .help(let topic):
            return CommandOutput(body: .message(try HelpText.text(for: topic)))
        case .define(let name, let pipeline):
            let outcome = try runner(text: text, stop: stop).run(pipeline)
            bindings[name.value] = outcome.frame
            scope.declare(statement)
            let count = outcome.frame.count
            return CommandOutput(body: .message("\(name.value): " + Plural.counted(count, .row)))
        case .pipeline(let pipeline):
            let outcome = try runner(text: text, stop: stop).run(pipeline)
            let shownOnScreen = outcome.format == nil || outcome.format == .table
            let limit = shownOnScreen ? rowLimit : nil
            let rows = FrameTabulator(corpus: corpus).rows(outcome.frame, rowLimit: limit)
            switch outcome.shape {
            case .table: return CommandOutput(body: .table(rows), format: outcome.format)
            case .chart:
                let table = rows.table()
                try checkChart(table, at: outcome.chartSpan ?? statement.span)
                return CommandOutput(body: .chart(table), format: outcome.format)
            case .hits(let terms): return CommandOutput(body: .hits(rows, terms: terms), format: outcome.format)
            }
        }
    }

    private func runner(text: String, stop: StopSignal) -> PipelineRunner {
        PipelineRunner(corpus: corpus, cities: cities, bindings: bindings, text: text, stop: stop)
    }

    /// Throws the chart's error at the `chart` stage when the result cannot be drawn as bars.
    private func checkChart(_ table: ResultTable, at span: SourceSpan) throws(StatementError) {
        do {
            try ChartRenderer.check(table)
        } catch {
            throw StatementError(error.message, at: span)
        }
    }
}
