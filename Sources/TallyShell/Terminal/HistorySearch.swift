/// The state of Ctrl-R, the reverse incremental search through the history: the text searched for
/// and the newest entry holding it at or before the entry last found.
///
/// tally searches itself rather than use libedit's `em-inc-search-prev`, which looks up each typed
/// key by its low byte only, so a Chinese character such as 肥 (U+80A5) ended the search and was
/// inserted into the line instead of being searched for.
struct HistorySearch {
    /// The entries searched, oldest first.
    let entries: [String]
    /// The text searched for, as typed so far.
    private(set) var query = ""
    /// The index in `entries` of the entry found, nil before anything is typed or when none matches.
    private(set) var found: Int?
    /// Whether the last search found nothing (the previous match, if any, stays shown).
    private(set) var isFailing = false
    /// Where the query's search starts: the entry found last, or the newest.
    private var start: Int?

    /// A search through `entries` (oldest first) that has found nothing yet.
    init(entries: [String]) {
        self.entries = entries
    }

    /// The entry found, if any.
    var foundEntry: String? { found.map { entries[$0] } }

    /// The offset in Unicode scalars of the query in the entry found (where the cursor goes).
    var foundOffset: Int? {
        guard let entry = foundEntry else { return nil }
        return Self.offset(of: query, in: entry)
    }

    /// Adds `scalar` to the query and searches again from the entry found (which may still match).
    mutating func type(_ scalar: Unicode.Scalar) {
        query.unicodeScalars.append(scalar)
        search(from: found ?? entries.count - 1)
    }

    /// Removes the query's last character and searches again from the newest entry.
    mutating func deleteLast() {
        guard !query.isEmpty else { return }
        query.unicodeScalars.removeLast()
        guard !query.isEmpty else {
            found = nil
            isFailing = false
            return
        }
        search(from: entries.count - 1)
    }

    /// Ctrl-R again: the next older entry holding the query.
    mutating func searchOlder() {
        guard !query.isEmpty else { return }
        search(from: (found ?? entries.count) - 1)
    }

    /// Finds the newest entry at or before index `last` holding the query; when none does, keeps
    /// the entry found before and marks the search failing.
    private mutating func search(from last: Int) {
        var index = min(last, entries.count - 1)
        while index >= 0 {
            if Self.offset(of: query, in: entries[index]) != nil {
                found = index
                isFailing = false
                return
            }
            index -= 1
        }
        isFailing = true
    }

    /// The offset in Unicode scalars of the last occurrence of `query` in `entry`, nil if absent.
    private static func offset(of query: String, in entry: String) -> Int? {
        let needle = Array(query.unicodeScalars)
        let haystack = Array(entry.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in stride(from: haystack.count - needle.count, through: 0, by: -1)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
