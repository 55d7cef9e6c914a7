import ReportKit
import TallyText

/// Compiles expressions into closures over row ids, once per query. Comparisons of a measure field
/// with a constant (`city == 合肥`, `kind == money`, `value >= 1000万`, `subject ~ "养老"`) compile to
/// reads of one integer or double column, so filters over a million measures stay fast; everything
/// else goes through `Value`.
struct ExpressionCompiler {
    let fields: RowFields
    let cities: CityDirectory

    private var corpus: Corpus { fields.corpus }

    // MARK: - Conditions

    /// A condition: true for the rows to keep.
    func predicate(_ expr: Expr) throws(StatementError) -> (Int) -> Bool {
        switch expr.kind {
        case .logical(let op, let left, let right):
            let lhs = try predicate(left)
            let rhs = try predicate(right)
            return op == .and ? { lhs($0) && rhs($0) } : { lhs($0) || rhs($0) }
        case .not(let inner):
            let condition = try predicate(inner)
            return { !condition($0) }
        case .boolean(let flag):
            return { _ in flag }
        case .comparison(let op, let left, let right):
            return try comparison(op, left, right, span: expr.span)
        case .membership(let item, let list, let negated):
            let test = try membership(item, list)
            return negated ? { !test($0) } : test
        case .field:
            let value = try self.value(expr)
            guard staticType(expr) == .bool || staticType(expr) == nil else {
                throw StatementError(Phrase.conditionMustCompare(), at: expr.span)
            }
            return { if case .bool(true) = value($0) { true } else { false } }
        default:
            throw StatementError(Phrase.conditionMustCompare(), at: expr.span)
        }
    }

    private func comparison(
        _ op: ComparisonOperator, _ left: Expr, _ right: Expr, span: SourceSpan
    ) throws(StatementError) -> (Int) -> Bool {
        if let test = try columnTest(op, left, right) {
            return test.rowTest(corpus, cityOfMeasure: cities.idOfMeasure)
        }
        if op == .contains || op == .notContains {
            let test = try contains(left, right)
            return op == .contains ? test : { !test($0) }
        }
        let leftType = staticType(left)
        let rightType = staticType(right)
        let ordering = op != .equal && op != .notEqual
        if let leftType, let rightType, leftType != rightType, ordering || leftType == .bool || rightType == .bool {
            throw StatementError(
                Phrase.cannotCompare(name(leftType), name(rightType)), at: span,
                hint: leftType == .text || rightType == .text ? Phrase.textComparesWithText() : nil
            )
        }
        let lhs = try value(left)
        let rhs = try constantOrValue(right, comparedWith: left)
        return { row in Self.compare(op, lhs(row), rhs(row)) }
    }

    private func name(_ type: ValueType) -> String {
        switch type {
        case .number: Phrase.typeNumber()
        case .text: Phrase.typeText()
        case .bool: Phrase.typeBool()
        }
    }

    /// Compares two values: numbers numerically, text as text, a text field with a number by the
    /// number's digits (`section == 2`).
    static func compare(_ op: ComparisonOperator, _ lhs: Value, _ rhs: Value) -> Bool {
        if let left = lhs.number, let right = rhs.number {
            switch op {
            case .equal: return left == right
            case .notEqual: return left != right
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            case .greaterOrEqual: return left >= right
            case .contains, .notContains: return false
            }
        }
        switch op {
        case .equal: return !lhs.isNull && !rhs.isNull && lhs.text == rhs.text
        case .notEqual: return lhs.isNull || rhs.isNull || lhs.text != rhs.text
        default: return false
        }
    }

    /// `a ~ Phrase.typeText()` (contains) or `a ~ /regex/` (matches somewhere).
    private func contains(_ left: Expr, _ right: Expr) throws(StatementError) -> (Int) -> Bool {
        let lhs = try value(left)
        switch right.kind {
        case .string(let needle):
            if case .field(.known(.indicator)) = left.kind, case .measures = fields.frame {
                let corpus = corpus
                let matches = (0..<corpus.indicatorCodeCount).map { corpus.indicatorName(ofCode: $0).contains(needle) }
                return { matches[corpus.indicatorCode(ofMeasure: $0)] }
            }
            return { lhs($0).text.contains(needle) }
        case .regex(let pattern):
            let matches = pattern.makeMatcher()
            return { matches(lhs($0).text) }
        default:
            let rhs = try value(right)
            return { lhs($0).text.contains(rhs($0).text) }
        }
    }

    /// `item in (…)`: the item is read once per row and looked up among the list's constants (a set,
    /// so a long list costs no more per row than a short one); the other elements — expressions, and
    /// names a column reads by id (`kind`, `unit`, `indicator`) — are compared one by one.
    private func membership(_ item: Expr, _ list: [Expr]) throws(StatementError) -> (Int) -> Bool {
        var constants = ConstantSet()
        var tests: [(Int) -> Bool] = []
        let readsByID: Bool
        if case .field(.known(let field)) = item.kind, case .measures = fields.frame {
            readsByID = field == .kind || field == .unit || field == .indicator
        } else {
            readsByID = false
        }
        for element in list {
            if !readsByID, let constant = try constant(element, comparedWith: item) {
                constants.insert(constant)
            } else {
                tests.append(try comparison(.equal, item, element, span: element.span))
            }
        }
        guard !constants.isEmpty else { return { row in tests.contains { $0(row) } } }
        let lhs = try value(item)
        return { row in constants.contains(lhs(row)) || tests.contains { $0(row) } }
    }

    /// The value of a literal list element as `item == element` compares it (a city name resolved),
    /// after the same type check; nil for an element that is no literal.
    private func constant(_ element: Expr, comparedWith item: Expr) throws(StatementError) -> Value? {
        switch element.kind {
        case .number, .string, .boolean: break
        default: return nil
        }
        guard comparedColumn(element) == nil else { return nil }
        if let itemType = staticType(item), let elementType = staticType(element), itemType != elementType,
            itemType == .bool || elementType == .bool
        {
            throw StatementError(
                Phrase.cannotCompare(name(itemType), name(elementType)), at: element.span,
                hint: itemType == .text || elementType == .text ? Phrase.textComparesWithText() : nil)
        }
        return try constantOrValue(element, comparedWith: item)(0)
    }

    // MARK: - Fast paths

    /// A comparison of a measure column with a constant, resolved to a test of that column; nil when
    /// the comparison is not of that shape.
    private func columnTest(_ op: ComparisonOperator, _ left: Expr, _ right: Expr) throws(StatementError)
        -> MeasureColumnTest?
    {
        guard case .measures = fields.frame, case .field(.known(let field)) = left.kind else { return nil }
        if op == .contains || op == .notContains, field == .subject {
            let wanted = op == .contains
            switch right.kind {
            case .string(let needle):
                return .subject(passes: corpus.subjects.strings.map { $0.contains(needle) == wanted })
            case .regex(let pattern):
                let matches = pattern.makeMatcher()
                return .subject(passes: corpus.subjects.strings.map { matches($0) == wanted })
            default: return nil
            }
        }
        let equality = op == .equal || op == .notEqual
        switch (field, right.kind) {
        case (.value, .number(let number, _)) where op != .contains && op != .notContains:
            return .value(op, number)
        case (.city, .string(let name)) where equality:
            guard let city = cities.resolve(name), let id = cities.id(of: city) else {
                throw cities.unknown(name, at: right.span)
            }
            return .city(id, equal: op == .equal)
        case (.kind, .string(let name)) where equality:
            guard let kind = Kind(name: name) else {
                throw StatementError(
                    Phrase.noKind(name), at: right.span,
                    hint: Phrase.theKindsAre(Kind.allCases.map(\.name).joined(separator: ", ")))
            }
            return .kind(kind, equal: op == .equal)
        case (.indicator, .string(let name)) where equality:
            // The code split into the subjects that have its indicator and its change, so a figure
            // is judged by two array reads.
            let code = corpus.indicatorCode(named: name) ?? -1
            let changes = IndicatorChange.allCases.count
            return .indicator(
                subjectHolds: corpus.indicatorOfSubject.map { code >= 0 && Int($0) == code / changes },
                change: code % changes, equal: op == .equal)
        case (.unit, .string(let name)) where equality:
            guard let unit = corpus.units.id(of: name) else {
                let units = corpus.units.strings.filter { !$0.isEmpty }
                throw StatementError(
                    Phrase.noUnitNamed(name), at: right.span,
                    hint: Suggestion.hint(for: name, among: units) ?? Phrase.theUnitsAre(units.joined(separator: ", ")))
            }
            return .unit(unit, equal: op == .equal)
        default:
            return nil
        }
    }

    /// A condition over measures as a `BlockPredicate`: comparisons of a column with a constant are
    /// column loops, `and`/`or`/`not` combine masks, and anything else is tested row by row with the
    /// same checks and errors as `predicate(_:)`. Only for a measures frame.
    func blockPredicate(_ expr: Expr) throws(StatementError) -> BlockPredicate {
        switch expr.kind {
        case .logical(let op, let left, let right):
            let lhs = try blockPredicate(left)
            let rhs = try blockPredicate(right)
            return op == .and ? .and(lhs, rhs) : .or(lhs, rhs)
        case .not(let inner):
            return .not(try blockPredicate(inner))
        case .comparison(let op, let left, let right):
            if let test = try columnTest(op, left, right) {
                return test.blockTest(corpus, cityOfMeasure: cities.idOfMeasure)
            }
        default:
            break
        }
        return .rowByRow(try predicate(expr))
    }

    /// The right side of a comparison with the city field resolved (`合肥市` → `合肥`), so that
    /// tables compare the way measures do.
    private func constantOrValue(_ expr: Expr, comparedWith left: Expr) throws(StatementError) -> (Int) -> Value {
        if case .string(let name) = expr.kind, isCityField(left) {
            guard let city = cities.resolve(name) else { throw cities.unknown(name, at: expr.span) }
            return { _ in .text(city) }
        }
        return try value(expr)
    }

    private func isCityField(_ expr: Expr) -> Bool {
        guard case .field(let name) = expr.kind else { return false }
        if case .known(.city) = name { return true }
        if let index = fields.frame.tableColumnIndex(of: name) {
            return fields.frame.tableColumns?[index].field == .city
        }
        return false
    }

    // MARK: - Values

    /// The column of a table a bare word or number names: a city or year column of `compare`
    /// (`compare 合肥, 安庆 | sort 安庆 desc`, `compare 2013, 2017 | where 2017 > 2013`), which holds
    /// no field and is named exactly so.
    private func comparedColumn(_ expr: Expr) -> FieldName? {
        guard let columns = fields.frame.tableColumns else { return nil }
        let name: String
        switch expr.kind {
        case .string(let text): name = text
        case .number(let number, isPercent: false) where number == number.rounded() && abs(number) < 1e6:
            name = String(Int(number))
        default: return nil
        }
        return columns.contains { $0.name == name && $0.field == nil } ? .column(name) : nil
    }

    /// An expression's value for each row.
    func value(_ expr: Expr) throws(StatementError) -> (Int) -> Value {
        if let column = comparedColumn(expr) { return try fields.accessor(column, at: expr.span) }
        switch expr.kind {
        case .number(let number, _):
            return { _ in .number(number) }
        case .string(let text):
            return { _ in .text(text) }
        case .boolean(let flag):
            return { _ in .bool(flag) }
        case .regex:
            throw StatementError(Phrase.regexOnRight(), at: expr.span)
        case .field(let name):
            return try fields.accessor(name, at: expr.span)
        case .negate(let inner):
            try requireNumber(inner)
            let operand = try value(inner)
            return { row in operand(row).number.map { .number(-$0) } ?? .null }
        case .arithmetic(let op, let left, let right):
            try requireNumber(left)
            try requireNumber(right)
            if op == .divide, case .number(0, _) = right.kind {
                throw StatementError(Phrase.divisionByZero(), at: right.span)
            }
            let lhs = try value(left)
            let rhs = try value(right)
            return { row in
                guard let a = lhs(row).number, let b = rhs(row).number else { return .null }
                switch op {
                case .add: return .number(a + b)
                case .subtract: return .number(a - b)
                case .multiply: return .number(a * b)
                case .divide: return b == 0 ? .null : .number(a / b)
                }
            }
        case .not, .logical, .comparison, .membership:
            let condition = try predicate(expr)
            return { .bool(condition($0)) }
        }
    }

    private func requireNumber(_ expr: Expr) throws(StatementError) {
        if let type = staticType(expr), type != .number {
            throw StatementError(Phrase.arithmeticNeedsNumbers(name(type)), at: expr.span)
        }
    }

    /// The type of an expression when it is known before running (literals and known fields).
    private func staticType(_ expr: Expr) -> ValueType? {
        if comparedColumn(expr) != nil { return nil }
        switch expr.kind {
        case .number, .arithmetic, .negate: return .number
        case .string: return .text
        case .boolean, .not, .logical, .comparison, .membership: return .bool
        case .regex: return nil
        case .field(let name):
            guard case .known(let field) = name else { return nil }
            if fields.frame.tableColumns != nil, fields.frame.tableColumnIndex(of: name) == nil { return nil }
            return field.definition.type
        }
    }
}
