/// Completes a subject that is only a generic head (`投资`, `产值`, `总市值`) with the owner another
/// clause of the sentence names:
///
/// - the figure before it, when that counts or sizes things: `全年共实施重点工业项目28个，完成投资33.9亿元`
///   → `重点工业项目投资`, `马铃薯总产量达到25万吨，实现产值2.5亿元` → `马铃薯产值`;
/// - else, for a level (a bare `投资增长5%` is the whole economy's), the clause before it: `“菜篮子”工程一期全面完工，完成投资2.4亿元` → `菜篮子工程一期投资`;
/// - else, for a level of money put in (`投资`, `投入`) in the sentence's first clause, the clause after it: `投资5.2亿元，建成保障性住房2262套`
///   → `保障性住房投资`, `投资1亿元，启动实施黑羊站水厂改扩建工程` → `黑羊站水厂改扩建工程投资`.
struct SubjectOwners {
    let bytes: Bytes

    /// Completes `subjects` (one per measure of the sentence, in order) in place.
    func complete(_ subjects: inout [[UInt8]], of measures: [ScannedMeasure], sentence: Range<Int>) {
        let extractor = SubjectExtractor(bytes: bytes)
        for index in subjects.indices where Self.isGeneric(subjects[index]) {
            let measure = measures[index]
            let clause = extractor.clauseStart(before: measure.rawStart, floor: sentence.lowerBound)
            var owner: [UInt8] = []
            if index > 0, !Self.isGeneric(subjects[index - 1]), Self.countsOrSizes(measures[index - 1]) {
                // `规划用地面积355亩,总投资5.6亿`: an attribute of the same thing (`用地`) owns nothing.
                owner = Self.withoutGenericHead(subjects[index - 1])
                if owner.count < subjects[index - 1].count && SubjectExtractor.scalarCount(owner) < 3 { owner = [] }
            } else if measure.details.change != .none {
                // `…扩大投资…，投资增长5%`: a bare 投资 that grows is the investment of the whole economy.
                continue
            } else if clause > sentence.lowerBound, index == 0 || measures[index - 1].rawEnd <= clause {
                owner = previousClauseOwner(
                    before: clause, floor: index > 0 ? measures[index - 1].rawEnd : sentence.lowerBound)
            } else if clause == sentence.lowerBound, Self.isInvestment(subjects[index]) {
                owner = nextClauseOwner(
                    after: measure.rawEnd, subjects: subjects, measures: measures, from: index + 1,
                    limit: sentence.upperBound)
            }
            if SubjectExtractor.scalarCount(owner) >= 2 { subjects[index] = owner + subjects[index] }
        }
    }

    /// Whether a subject is money put into something (`投资`, `投入`), which a sentence that opens with it
    /// spends on what the next clause names.
    private static func isInvestment(_ subject: [UInt8]) -> Bool {
        subject.spells("投资") || subject.spells("投入") || subject.spells("总投资") || subject.spells("资金")
    }

    /// Whether a subject is only a generic head.
    static func isGeneric(_ subject: [UInt8]) -> Bool {
        subject.withUnsafeBufferPointer {
            !$0.isEmpty && SubjectExtractor.genericHeads.match($0, at: 0, limit: $0.count) == $0.count
        }
    }

    /// Whether a figure counts or sizes things (`28个`, `2万亩`, `25万吨`) rather than measuring money,
    /// people or a rate, whose subject is an indicator of its own.
    private static func countsOrSizes(_ measure: ScannedMeasure) -> Bool {
        switch measure.quantity.kind {
        case .count, .area, .length, .other: true
        default: false
        }
    }

    /// A subject without the generic head it ends with: `马铃薯总产量` → `马铃薯`.
    private static func withoutGenericHead(_ subject: [UInt8]) -> [UInt8] {
        subject.withUnsafeBufferPointer { buffer in
            guard let length = SubjectExtractor.genericHeads.suffix(of: buffer, 0..<buffer.count), length < buffer.count
            else { return Array(buffer) }
            return Array(buffer[0..<(buffer.count - length)])
        }
    }

    /// The noun phrase of the clause that ends at `end` (a clause break just before it), not before
    /// `floor` (see `nounPhrase`).
    private func previousClauseOwner(before end: Int, floor: Int) -> [UInt8] {
        let breakStart = bytes.scalarStart(before: end)
        let start = SubjectExtractor(bytes: bytes).clauseStart(before: breakStart, floor: floor)
        return nounPhrase(start..<breakStart)
    }

    /// The owner named by the clause after a figure's own: the subject of its first figure, else
    /// its noun phrase.
    private func nextClauseOwner(
        after offset: Int, subjects: [[UInt8]], measures: [ScannedMeasure], from next: Int, limit: Int
    ) -> [UInt8] {
        var start = offset
        while start < limit && !SubjectExtractor.isClauseBreak(bytes.scalar(at: start).value) {
            start += bytes.scalar(at: start).length
        }
        guard start < limit, bytes.scalar(at: start).value == 0xFF0C else { return [] }  // ，
        start += 3
        var end = start
        while end < limit && !SubjectExtractor.isClauseBreak(bytes.scalar(at: end).value) {
            end += bytes.scalar(at: end).length
        }
        if next < measures.count, measures[next].rawStart < end {
            return Self.isGeneric(subjects[next]) ? [] : subjects[next]
        }
        return nounPhrase(start..<end)
    }

    /// The words of `range` cleaned as a subject (the words after its last verb) and cut at the first
    /// predicate word (`全面完工`); empty when what is left is only words of time or place or shorter
    /// than three characters (`力争年末`, `规划展厅投入使用` → `使用`).
    private func nounPhrase(_ range: Range<Int>) -> [UInt8] {
        guard !range.isEmpty else { return [] }
        var phrase = SubjectExtractor.clean(Array(UnsafeBufferPointer(rebasing: bytes[range])))
        phrase = phrase.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if index > 0 && SubjectExtractor.predicateStarts.match(buffer, at: index, limit: buffer.count) != nil {
                    return Array(buffer[0..<index])
                }
                index += buffer.scalar(at: index).length
            }
            return Array(buffer)
        }
        let isTimeOrPlace = phrase.withUnsafeBufferPointer {
            !$0.isEmpty && SubjectExtractor.leadingWords.match($0, at: 0, limit: $0.count) == $0.count
        }
        return isTimeOrPlace || SubjectExtractor.scalarCount(phrase) < 3 ? [] : phrase
    }
}
