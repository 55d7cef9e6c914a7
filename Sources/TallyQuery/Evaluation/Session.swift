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
    /// earlier keep their rows. Returns the files and paths that could not be loaded; `shouldStop`
    /// (Ctrl-C) leaves the files not yet read unloaded.
    public mutating func load(paths: [String], until shouldStop: () -> Bool = { false }) -> [Diagnostic] {
        let failures = ReportLoader.load(paths: paths, into: &corpus, until: shouldStop)
        cities = CityDirectory(corpus: corpus)
        return failures
    }

    /// The names defined with `let`, sorted.
    public var names: [String] { scope.names }

    /// The cities of the loaded reports.
    public var cityNames: [String] { cities.names }

    /// Parses and runs one statement. `origin` places error messages (file and first line);
    /// `shouldStop` is polled during long queries and stops them with an `interrupted` error.
    ///
    /// `rowLimit` is for results shown on a screen: a result with more rows keeps only its first and
    /// last rows up to that many (`ResultTable.omitted` counts the rest), unless the statement asks
    /// for a machine format (`format csv`, `format json`…), which always gets every row.
    public mutating func run(
        _ text: String, origin: StatementOrigin = .command, rowLimit: Int? = nil,
        shouldStop: @escaping () -> Bool = { false }
    ) throws(Diagnostic) -> CommandOutput {
        let statement: Statement
        do {
            statement = try Parser.parse(text, scope: scope)
        } catch {
            throw error.diagnostic(in: text, origin: origin)
        }
        do {
            return try execute(statement, text: text, rowLimit: rowLimit, shouldStop: shouldStop)
        } catch let error as SyntaxError {
            throw error.diagnostic(in: text, origin: origin)
        } catch {
            throw SyntaxError("interrupted", at: statement.span).diagnostic(in: text, origin: origin)
        }
    }

    private mutating func execute(
        _ statement: Statement, text: String, rowLimit: Int?, shouldStop: @escaping () -> Bool
    ) throws -> CommandOutput {
        switch statement.kind {
        case .help(let topic):
            return CommandOutput(body: .message(try HelpText.text(for: topic)))
        case .define(let name, let pipeline):
            let outcome = try runner(text: text, shouldStop: shouldStop).run(pipeline)
            bindings[name.value] = outcome.frame
            scope.declare(statement)
            let count = outcome.frame.count
            return CommandOutput(body: .message("\(name.value): " + Plural.counted(count, "row", "rows")))
        case .pipeline(let pipeline):
            let outcome = try runner(text: text, shouldStop: shouldStop).run(pipeline)
            let shownOnScreen = outcome.format == nil || outcome.format == .table
            let limit = shownOnScreen ? rowLimit : nil
            let table = try FrameTabulator(corpus: corpus, shouldStop: shouldStop)
                .table(outcome.frame, rowLimit: limit).result()
            switch outcome.shape {
            case .table: return CommandOutput(body: .table(table), format: outcome.format)
            case .chart: return CommandOutput(body: .chart(table), format: outcome.format)
            case .hits(let terms): return CommandOutput(body: .hits(table, terms: terms), format: outcome.format)
            }
        }
    }

    private func runner(text: String, shouldStop: @escaping () -> Bool) -> PipelineRunner {
        PipelineRunner(corpus: corpus, cities: cities, bindings: bindings, text: text, shouldStop: shouldStop)
    }
}
