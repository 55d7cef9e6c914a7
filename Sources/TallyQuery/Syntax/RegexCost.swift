import TallyText

/// Spots regular expressions whose matching can take exponential or high polynomial time on a
/// long sentence (`(a*)*`, `.*.*.*.*x`): a backtracking match cannot be interrupted, so such a
/// pattern would hang the query where Ctrl-C cannot stop it.
enum RegexCost {
    /// The most open-ended repetitions (`*`, `+`, `{n,}`) one pattern may hold.
    static let maximumOpenRepetitions = 3

    /// Why `pattern` is too costly to run, or nil when it is fine. Escapes and character classes are
    /// skipped; a group counts as repeating when a repetition follows its `)`.
    static func problem(in pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        var groupsHoldRepetition: [Bool] = []
        var open = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\\":
                index += 1
            case "[":
                index = classEnd(scalars, from: index)
            case "(":
                groupsHoldRepetition.append(false)
            case ")":
                let held = groupsHoldRepetition.popLast() ?? false
                guard let length = openRepetitionLength(scalars, at: index) else {
                    if held, !groupsHoldRepetition.isEmpty {
                        groupsHoldRepetition[groupsHoldRepetition.count - 1] = true
                    }
                    continue
                }
                if held { return Phrase.regexNestedRepetition() }
                index += length
                open += 1
                if !groupsHoldRepetition.isEmpty { groupsHoldRepetition[groupsHoldRepetition.count - 1] = true }
            default:
                guard let length = openRepetitionLength(scalars, at: index - 1) else { continue }
                index += length - 1
                open += 1
                if !groupsHoldRepetition.isEmpty { groupsHoldRepetition[groupsHoldRepetition.count - 1] = true }
            }
            if open > maximumOpenRepetitions {
                return Phrase.regexTooManyRepetitions(maximumOpenRepetitions)
            }
        }
        return nil
    }

    /// The length of an open-ended repetition (`*`, `+`, `{2,}`, each maybe followed by `?` or `+`)
    /// starting at `index`, or nil when there is none.
    private static func openRepetitionLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < scalars.count else { return nil }
        var length: Int
        switch scalars[index] {
        case "*", "+":
            length = 1
        case "{":
            var cursor = index + 1
            while cursor < scalars.count, scalars[cursor].properties.numericType != nil { cursor += 1 }
            guard cursor > index + 1, cursor + 1 < scalars.count, scalars[cursor] == ",", scalars[cursor + 1] == "}"
            else { return nil }
            length = cursor + 2 - index
        default:
            return nil
        }
        if index + length < scalars.count, scalars[index + length] == "?" || scalars[index + length] == "+" {
            length += 1
        }
        return length
    }

    /// The index after the `]` that closes a character class whose content starts at `index`.
    private static func classEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var cursor = index
        if cursor < scalars.count, scalars[cursor] == "^" { cursor += 1 }
        if cursor < scalars.count, scalars[cursor] == "]" { cursor += 1 }
        while cursor < scalars.count, scalars[cursor] != "]" {
            cursor += scalars[cursor] == "\\" ? 2 : 1
        }
        return cursor + 1
    }
}
