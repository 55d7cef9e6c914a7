/// A catalogue text split once into literal runs and placeholders `{N}`, so that filling it in is
/// a few appends (labels and notes are filled for every row of some tables).
struct Template: Sendable {
    private enum Piece: Sendable {
        case literal(String)
        /// `{N}`: the argument's index and the placeholder as written, shown when there is no
        /// such argument.
        case argument(Int, written: String)
    }

    /// The text as written, returned when there are no arguments.
    let text: String
    private let pieces: [Piece]

    init(_ text: String) {
        self.text = text
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.argument(index, written: String(rest[open...close])))
                rest = rest[rest.index(after: close)...]
            } else {
                literal += "{"
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The indices of its placeholders.
    var placeholders: Set<Int> {
        Set(
            pieces.compactMap {
                if case .argument(let index, _) = $0 { index } else { nil }
            })
    }

    /// The text with each placeholder `{N}` replaced by `arguments[N]`; a placeholder with no
    /// argument stays as written.
    func filled(_ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return text }
        var result = ""
        for piece in pieces {
            switch piece {
            case .literal(let literal): result += literal
            case .argument(let index, let written):
                result += arguments.indices.contains(index) ? arguments[index] : written
            }
        }
        return result
    }
}
