/// Decides which open section a paragraph of a report's body belongs to.
///
/// A paragraph belongs to the innermost open section, with two exceptions for the closing or summary
/// paragraph after the last subsection, which belongs to the enclosing section:
/// - when the subsections are run-in paragraphs (`（一）聚焦扩大内需，确保经济平稳运行。紧抓…`), each one
///   paragraph long, the first paragraph after the last of them (at least three in a row) closes the
///   enclosing section (`过去一年，我们…`);
/// - a paragraph that addresses the congress (`各位代表！透过2025回望“十四五”…`) speaks for the whole
///   part, never for a subsection.
struct SectionTracker {
    /// The open sections, outermost first: their level and their index among the document's sections.
    private(set) var open: [(level: Int, index: Int)]
    /// Whether the innermost section was opened by a run-in heading and no paragraph followed yet.
    private var runInWithoutParagraph = false
    /// How many run-in siblings in a row before the innermost section were one paragraph long.
    private var singleParagraphSiblings = 0

    init(root: Int) {
        open = [(0, root)]
    }

    /// The innermost open section.
    var current: Int { open.last?.index ?? 0 }

    /// Opens the section `index` of `level`; `runIn` when its heading line goes on as a paragraph.
    mutating func enter(level: Int, index: Int, runIn: Bool) {
        let isSibling = open.last?.level == level
        singleParagraphSiblings = isSibling && runInWithoutParagraph && runIn ? singleParagraphSiblings + 1 : 0
        while let top = open.last, top.level >= level, open.count > 1 { open.removeLast() }
        open.append((level, index))
        runInWithoutParagraph = runIn
    }

    /// The section a paragraph belongs to; `addressesCongress` for a paragraph starting `各位代表`.
    mutating func section(forParagraph addressesCongress: Bool) -> Int {
        if let top = open.last, top.level >= 2, open.count > 1, runInWithoutParagraph, singleParagraphSiblings >= 2 {
            open.removeLast()
        }
        if addressesCongress {
            while let top = open.last, top.level >= 2, open.count > 1 { open.removeLast() }
        }
        runInWithoutParagraph = false
        singleParagraphSiblings = 0
        return current
    }
}
