/// Finds the completions for the word at the cursor.
///
/// `line` is the whole line being edited and `cursor` the cursor position in Unicode scalars
/// (the unit libedit works in). Called when the user presses Tab.
public typealias Completer = (_ line: String, _ cursor: Int) -> CompletionCandidates

/// A completer's answer: where the word being completed starts and what it could become.
public struct CompletionCandidates: Sendable, Equatable {
    /// Scalar offset in the line where the word being completed starts; the text from here to the
    /// cursor is replaced by the chosen candidate.
    public var replaceFrom: Int
    /// Whole words that could replace that text, in the order they should be listed.
    public var candidates: [String]

    /// Creates a completion replacing the text from `replaceFrom` to the cursor with one of `candidates`.
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }

    /// A completion that offers nothing (Tab beeps).
    public static let none = CompletionCandidates(replaceFrom: 0, candidates: [])
}

/// The edit that Tab performs for a completion.
enum CompletionEdit: Equatable {
    /// Delete `deleting` scalars before the cursor, then insert `inserting` there.
    case replace(deleting: Int, inserting: String)
    /// Show these candidates and keep the line as it is.
    case list([String])
    /// Nothing matches: beep.
    case beep
}

extension CompletionCandidates {
    /// Decides what Tab does when the cursor is at scalar offset `cursor` of `line`.
    ///
    /// One candidate is inserted whole, followed by a space unless it is a folder name ending in `/`
    /// (so the next Tab can go on into the folder). Several candidates whose common prefix
    /// is longer than the typed word extend the word to that prefix. Otherwise they are listed.
    /// Prefixes are compared on Unicode scalars, so the inserted text is exactly what libedit counts.
    func edit(line: String, cursor: Int) -> CompletionEdit {
        let scalars = Array(line.unicodeScalars)
        let end = min(max(cursor, 0), scalars.count)
        let start = min(max(replaceFrom, 0), end)
        let typed = Array(scalars[start..<end])

        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard let first = unique.first else { return .beep }

        if unique.count == 1 {
            let separator: [Unicode.Scalar] = first.hasSuffix("/") ? [] : [" "]
            return replacement(of: typed, with: Array(first.unicodeScalars) + separator)
        }
        let prefix = unique.dropFirst().reduce(Array(first.unicodeScalars)) { prefix, candidate in
            Array(zip(prefix, candidate.unicodeScalars).prefix { $0 == $1 }.map(\.0))
        }
        if prefix.count > typed.count {
            return replacement(of: typed, with: prefix)
        }
        return .list(unique)
    }

    /// The smallest edit that turns `typed` into `target`: keep their common prefix, replace the rest.
    private func replacement(of typed: [Unicode.Scalar], with target: [Unicode.Scalar]) -> CompletionEdit {
        let kept = zip(typed, target).prefix { $0 == $1 }.count
        var inserted = String.UnicodeScalarView()
        inserted.append(contentsOf: target[kept...])
        return .replace(deleting: typed.count - kept, inserting: String(inserted))
    }
}
