/// The names `let` has given so far, and the columns each named pipeline introduces, so that later
/// statements may use both.
///
/// A shell or script runner keeps one scope, passes it to `Parser.parse` and calls `declare` after
/// each statement that ran. With the scope the parser can tell `money | sort total` (a name whose
/// pipeline made a `total` column) from `mesures | take 5` (a typo of `measures`).
public struct NameScope: Sendable, Hashable {
    /// The columns introduced by each named pipeline, by name.
    private var columnsByName: [String: Set<String>] = [:]

    /// Creates an empty scope.
    public init() {}

    /// Records the name a `let` statement gives, with the columns its pipeline introduces; other
    /// statements change nothing.
    public mutating func declare(_ statement: Statement) {
        guard case .define(let name, let pipeline) = statement.kind else { return }
        columnsByName[name.value] = pipeline.introducedColumns(inheriting: self)
    }

    /// The names given so far, sorted, for completion.
    public var names: [String] { columnsByName.keys.sorted() }

    /// Whether `name` has been given.
    public func contains(_ name: String) -> Bool { columnsByName[name] != nil }

    /// The columns the pipeline named `name` introduces, or nil when the name is unknown.
    func columns(of name: String) -> Set<String>? { columnsByName[name] }
}

extension Pipeline {
    /// The column names the pipeline's stages introduce (aliases, aggregate columns, `total`),
    /// plus those of the named pipeline it starts from.
    func introducedColumns(inheriting scope: NameScope) -> Set<String> {
        var columns: Set<String> = []
        if case .named(let name) = source.kind, let inherited = scope.columns(of: name) {
            columns = inherited
        }
        for stage in stages { columns.formUnion(stage.introducedColumns) }
        return columns
    }
}

extension Stage {
    /// The column names this stage introduces, which later stages may refer to.
    var introducedColumns: [String] {
        switch kind {
        case .select(let items): items.compactMap { $0.alias?.value }
        case .summarize(let summary): summary.aggregates.map(\.columnName)
        case .total: ["total"]
        case .trend: TrendColumns.introduced
        case .filter, .sort, .take, .distinct, .chart, .find, .format: []
        }
    }
}
