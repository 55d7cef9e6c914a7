import ReportKit

/// Runs one pipeline: its source, then each stage in order, into a frame and how to present it.
struct PipelineRunner {
    let corpus: Corpus
    let cities: CityDirectory
    let bindings: [String: Frame]
    /// The statement's text, for naming columns after the expressions that compute them.
    let text: String
    /// Polled in long loops; true stops the query (Ctrl-C).
    let shouldStop: () -> Bool

    /// What a pipeline produced.
    struct Outcome {
        var frame: Frame
        var shape: ResultShape = .table
        var format: OutputFormat?
        /// For a `compare` not yet reshaped: its cities and how many group columns come first, so
        /// that `chart` can draw one bar per group and city.
        var comparison: (cities: [String], groupColumns: Int)?
    }

    /// How a result is shown.
    enum ResultShape {
        case table
        case chart
        /// Sentences with the search terms highlighted.
        case hits(terms: [String])
    }

    /// Thrown when `shouldStop` says so.
    struct Stopped: Error {}

    func run(_ pipeline: Pipeline) throws -> Outcome {
        var stages = pipeline.stages[...]
        var outcome: Outcome
        if case .measures = pipeline.source.kind, let first = stages.first, case .filter(let condition) = first.kind {
            // `measures | where …`: filter while reading, without listing every measure first.
            let test = try compiler(for: .measures([])).predicate(condition)
            outcome = Outcome(frame: .measures(try filtered(0..<corpus.measures.count, test)))
            stages = stages.dropFirst()
        } else {
            outcome = Outcome(frame: try sourceFrame(pipeline.source))
        }
        if case .find(let terms) = pipeline.source.kind { outcome.shape = .hits(terms: terms) }
        if case .compare(let comparison) = pipeline.source.kind {
            let compiler = ExpressionCompiler(fields: RowFields(corpus: corpus, frame: .measures([])), cities: cities)
            let cityNames = try cityComparison(compiler).cityNames(comparison)
            outcome.comparison = (cityNames, CityComparison.groupColumnCount(comparison))
        }
        var position = stages.startIndex
        while position < stages.endIndex {
            let stage = stages[position]
            if case .chart = outcome.shape, !isFormat(stage) {
                throw SyntaxError("chart ends a pipeline: only 'format' may follow it", at: stage.span)
            }
            // `sort value desc | take 10` over measures: keep the best ten while scanning.
            if case .sort(let keys) = stage.kind, position + 1 < stages.endIndex,
                case .take(let count) = stages[position + 1].kind, count >= 0, count <= 100,
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

    private func sourceFrame(_ source: Source) throws -> Frame {
        switch source.kind {
        case .named(let name):
            guard let frame = bindings[name] else {
                throw SyntaxError(
                    "unknown name '\(name)'", at: source.span,
                    hint: Suggestion.hint(for: name, among: Array(bindings.keys).sorted() + Keyword.allCases.filter { $0.role == .source }.map(\.rawValue)))
            }
            return frame
        case .compare(let comparison):
            let compiler = ExpressionCompiler(fields: RowFields(corpus: corpus, frame: .measures([])), cities: cities)
            return .table(try cityComparison(compiler).table(comparison))
        default:
            return try SourceFrames(corpus: corpus, cities: cities).frame(source)
        }
    }

    /// `compare` over the corpus, its condition tested in chunks that check for a stop request.
    private func cityComparison(_ compiler: ExpressionCompiler) -> CityComparison {
        CityComparison(corpus: corpus, cities: cities, compiler: compiler) { rows, test in
            var kept: [Int] = []
            try inChunks(rows.count) { chunk in
                for row in rows[chunk] where test(row) { kept.append(row) }
            }
            return kept
        }
    }

    private func compiler(for frame: Frame) -> ExpressionCompiler {
        ExpressionCompiler(fields: RowFields(corpus: corpus, frame: frame), cities: cities)
    }

    private func apply(_ stage: Stage, to outcome: inout Outcome) throws {
        let frame = outcome.frame
        switch stage.kind {
        case .filter(let condition):
            let test = try compiler(for: frame).predicate(condition)
            outcome.frame = try keep(frame, where: test)
        case .find(let terms):
            outcome.frame = try find(terms, in: frame, span: stage.span)
            if case .sentences = outcome.frame { outcome.shape = .hits(terms: terms) }
        case .sort(let keys):
            outcome.frame = try sort(frame, by: keys)
        case .take(let count):
            guard count >= 0 else { throw SyntaxError("take needs a count of 0 or more", at: stage.span) }
            outcome.frame = take(frame, count)
        case .select(let items):
            outcome.comparison = nil
            outcome.frame = .table(try select(items, from: frame))
            outcome.shape = .table
        case .summarize(let summary):
            outcome.comparison = nil
            outcome.frame = .table(try aggregation(frame).summarize(summary))
            outcome.shape = .table
        case .total(let fields):
            guard hasFigures(frame) else {
                throw SyntaxError("total adds up figures: start from measures or a result with a value column", at: stage.span)
            }
            outcome.comparison = nil
            outcome.frame = .table(try aggregation(frame).total(by: fields, span: stage.span))
            outcome.shape = .table
        case .distinct(let fields):
            outcome.comparison = nil
            outcome.frame = .table(try distinct(fields, in: frame))
            outcome.shape = .table
        case .chart:
            if let comparison = outcome.comparison, case .table(let table) = frame {
                outcome.frame = .table(CityComparison.longForm(table, groupColumns: comparison.groupColumns, cities: comparison.cities))
            }
            outcome.shape = .chart
        case .format(let format):
            outcome.format = format
        }
    }

    private func hasFigures(_ frame: Frame) -> Bool {
        switch frame {
        case .measures: true
        case .sentences: false
        case .table(let table): table.columnIndex(of: .known(.value)) != nil
        }
    }

    private func aggregation(_ frame: Frame) -> Aggregation {
        Aggregation(corpus: corpus, frame: frame, rows: rowIDs(frame), compiler: compiler(for: frame))
    }

    /// The row ids of a frame: measure or sentence indices, or table row numbers.
    private func rowIDs(_ frame: Frame) -> [Int] {
        switch frame {
        case .measures(let indices), .sentences(let indices): indices.map { Int($0) }
        case .table(let table): Array(table.rows.indices)
        }
    }

    // MARK: - Stages

    private func keep(_ frame: Frame, where test: (Int) -> Bool) throws -> Frame {
        switch frame {
        case .measures(let indices): return .measures(try filtered(indices, test))
        case .sentences(let indices): return .sentences(try filtered(indices, test))
        case .table(var table):
            var kept: [[Value]] = []
            try inChunks(table.rows.count) { chunk in
                for row in chunk where test(row) { kept.append(table.rows[row]) }
            }
            table.rows = kept
            return .table(table)
        }
    }

    /// The ids in `indices` that pass `test`, checking for a stop request between chunks.
    private func filtered(_ indices: [Int32], _ test: (Int) -> Bool) throws -> [Int32] {
        var kept: [Int32] = []
        try inChunks(indices.count) { chunk in
            for index in indices[chunk] where test(Int(index)) { kept.append(index) }
        }
        return kept
    }

    /// The ids in `range` that pass `test`, checking for a stop request between chunks.
    private func filtered(_ range: Range<Int>, _ test: (Int) -> Bool) throws -> [Int32] {
        var kept: [Int32] = []
        try inChunks(range.count) { chunk in
            for index in (range.lowerBound + chunk.lowerBound)..<(range.lowerBound + chunk.upperBound) where test(index) {
                kept.append(Int32(index))
            }
        }
        return kept
    }

    /// The most rows a filter tests between two checks for a stop request.
    static let largestChunk = 4_096

    /// Calls `body` with consecutive chunks of `0..<count`, checking for a stop request before each.
    /// Chunks grow from one row to `largestChunk` while each takes under 10 ms, and shrink back
    /// towards one row when rows are slow (a regular expression over long sentences), so Ctrl-C is
    /// answered within about one row's time.
    private func inChunks(_ count: Int, _ body: (Range<Int>) -> Void) throws {
        let clock = ContinuousClock()
        var size = 1
        var start = 0
        while start < count {
            if shouldStop() { throw Stopped() }
            let end = min(start + size, count)
            let began = clock.now
            body(start..<end)
            size = clock.now - began > .milliseconds(10) ? max(1, size / 8) : min(Self.largestChunk, size * 2)
            start = end
        }
    }

    private func find(_ terms: [String], in frame: Frame, span: SourceSpan) throws -> Frame {
        let search = SentenceSearch(corpus: corpus, terms: terms)
        switch frame {
        case .sentences(let indices):
            return .sentences(search.matching(indices.lazy.map { Int($0) }))
        case .measures(let indices):
            let sentences = corpus.measures.sentence
            let matching = Set(search.matching(Set(indices.map { Int(sentences[Int($0)]) }).sorted()))
            return .measures(indices.filter { matching.contains(sentences[Int($0)]) })
        case .table(let table):
            guard let column = table.columnIndex(of: .known(.sentence)) else {
                throw SyntaxError("find needs sentences: this result has no sentence column", at: span)
            }
            var kept = table
            kept.rows = table.rows.filter { row in terms.allSatisfy { row[column].text.contains($0) } }
            return .table(kept)
        }
    }

    private func sort(_ frame: Frame, by keys: [SortKey]) throws -> Frame {
        let compiler = compiler(for: frame)
        let accessors = try keys.map { (key) throws(SyntaxError) in try compiler.value(key.key) }
        let ids = rowIDs(frame)
        if shouldStop() { throw Stopped() }
        // Comparisons are counted so that a long sort can be stopped between two of them.
        var comparisons = 0
        func poll() throws(Stopped) {
            comparisons += 1
            if comparisons & 0xFFFF == 0, shouldStop() { throw Stopped() }
        }
        let order: [Int]
        if case .measures = frame, keys.count == 1, case .field(.known(.value)) = keys[0].key.kind {
            // The common `sort value desc`: compare the value column directly.
            let values = corpus.measures.value
            let descending = keys[0].direction == .descending
            order = try ids.indices.sorted { (left, right) throws(Stopped) in
                try poll()
                let a = values[ids[left]]
                let b = values[ids[right]]
                if a != b { return descending ? a > b : a < b }
                return left < right
            }
        } else {
            let fields = compiler.fields
            let rankedKeys = zip(accessors, keys).map { accessor, key -> (key: SortRanks.Key, descending: Bool) in
                var read = SortRanks.Key.values(accessor)
                if case .field(.known(let field)) = key.key.kind, case .measures = frame {
                    if field == .value {
                        read = .numbers(corpus.measures.value)
                    } else if let column = fields.measureKeyColumn(field) {
                        read = .column(column.column, column.value)
                    }
                }
                return (read, key.direction == .descending)
            }
            order = try SortRanks(rows: ids, keys: rankedKeys, shouldStop: shouldStop).order(compare: poll)
        }
        switch frame {
        case .measures(let indices): return .measures(order.map { indices[$0] })
        case .sentences(let indices): return .sentences(order.map { indices[$0] })
        case .table(var table):
            table.rows = order.map { table.rows[$0] }
            return .table(table)
        }
    }

    /// The first `count` measures in the order of one `value` key, found in one pass with a small
    /// sorted buffer (ties keep their input order, as the full sort does); nil for other keys.
    private func topMeasures(_ indices: [Int32], by keys: [SortKey], count: Int) -> [Int32]? {
        guard keys.count == 1, case .field(.known(.value)) = keys[0].key.kind else { return nil }
        let values = corpus.measures.value
        let descending = keys[0].direction == .descending
        func before(_ a: Double, _ b: Double) -> Bool { descending ? a > b : a < b }
        var best: [Int32] = []
        best.reserveCapacity(count + 1)
        for index in indices {
            let value = values[Int(index)]
            if best.count == count, let last = best.last, !before(value, values[Int(last)]) { continue }
            var slot = best.count
            while slot > 0 && before(value, values[Int(best[slot - 1])]) { slot -= 1 }
            best.insert(index, at: slot)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    private func take(_ frame: Frame, _ count: Int) -> Frame {
        switch frame {
        case .measures(let indices): .measures(Array(indices.prefix(count)))
        case .sentences(let indices): .sentences(Array(indices.prefix(count)))
        case .table(let table):
            .table(RowTable(columns: table.columns, rows: Array(table.rows.prefix(count)), notes: table.notes))
        }
    }

    private func select(_ items: [SelectItem], from frame: Frame) throws -> RowTable {
        let compiler = compiler(for: frame)
        var columns: [RowTable.Column] = []
        var accessors: [(Int) -> Value] = []
        for item in items {
            accessors.append(try compiler.value(item.expr))
            var field: Field?
            if case .field(.known(let known)) = item.expr.kind { field = known }
            columns.append(RowTable.Column(name: item.alias?.value ?? expressionText(item.expr), field: field))
        }
        let ids = rowIDs(frame)
        var rows: [[Value]] = []
        rows.reserveCapacity(ids.count)
        try inChunks(ids.count) { chunk in
            for id in ids[chunk] { rows.append(accessors.map { $0(id) }) }
        }
        var table = RowTable(columns: columns, rows: rows)
        if case .table(let input) = frame { table.notes = input.notes }
        return table
    }

    private func distinct(_ fields: [Spanned<FieldName>], in frame: Frame) throws -> RowTable {
        let compiler = compiler(for: frame)
        let accessors = try fields.map { (field) throws(SyntaxError) in try compiler.fields.accessor(field.value, at: field.span) }
        let grouping = Grouping(rows: rowIDs(frame), by: fields, in: frame, accessors: accessors, corpus: corpus, cities: cities)
        return RowTable(
            columns: fields.map { field in
                var known: Field?
                if case .known(let value) = field.value { known = value }
                return RowTable.Column(name: field.value.name, field: known)
            },
            rows: grouping.groups.compactMap { group in group.first.map { first in accessors.map { $0(first) } } })
    }

    /// The text an expression was written as, to name its column (`value / 10000`).
    func expressionText(_ expr: Expr) -> String {
        if case .field(let name) = expr.kind { return name.name }
        let scalars = Array(text.unicodeScalars)
        let range = max(0, expr.span.start)..<min(scalars.count, expr.span.end)
        return String(String.UnicodeScalarView(scalars[range]))
    }
}
