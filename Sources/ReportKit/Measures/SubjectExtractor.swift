/// Names what a figure measures with a short noun phrase taken from the words around it:
/// `累计投入建设运营资金4680万元` → `建设运营资金`, `集中供养率达到62%` → `集中供养率`,
/// `成立6个专项学习小组` → `专项学习小组`. Heuristic by design: good enough to search by keyword and to
/// label a chart.
struct SubjectExtractor {
    let bytes: Bytes

    /// The longest subject kept, in scalars; Chinese noun phrases put their head last, so the tail stays.
    static let maximumLength = 16

    /// Scalars that end a clause.
    static let clauseBreaks: Set<UInt32> = [
        0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0xFF08, 0x28, 0xFF09, 0x29, 0x3002, 0xFF01, 0x21,
        0xFF1F, 0x3F, 0x20, 0x3000,
    ]
    /// Units that count events; their subject is what comes before (`主要负责同志3次`), not after.
    static let eventUnits: Set<String> = ["次", "人次", "户次", "例", "件", "小时", "天", "年", "个月", "周", "%"]
    /// Verbs after which the object is the subject: `发放…补贴4.67万人` → `…补贴`.
    static let verbs = [
        "投入", "建成", "建立", "发放", "开展", "纳入", "储备", "争取", "引进", "培育", "成立", "签约", "推介",
        "申报", "获批", "获得", "获", "清理整治", "打击了", "打击", "下辖", "列入", "汇总", "走访", "受理", "完成",
        "实施", "落实", "购买", "配备", "支付", "参与", "设立", "筹集", "选出", "调处", "出台", "制定", "召开",
        "新增", "提供", "开通", "设置", "录入", "实现", "覆盖", "惠及", "帮扶", "安排", "规划", "计划", "入选",
        "资助", "慰问", "培训", "举办", "接待", "办理", "认定", "招募", "占", "为", "对", "向", "给予", "在",
    ]
    /// Words stripped from the end of the words before a figure (`达到62%`).
    static let trailingWords = [
        "达到", "达", "约为", "为", "是", "共计", "共有", "共", "累计", "合计", "总计", "约", "近", "超过", "逾", "有",
        "了", "的", "已", "分别", "均", "占比", "突破", "增至", "增加到", "提高到", "提高至", "至", "到", "和", "与",
        "其中", "在",
    ]
    /// Words stripped from the start (`全市`, `截至目前`).
    static let leadingWords = [
        "截至目前", "截至", "目前", "全市", "全省", "全县", "全区", "我市", "我省", "我县", "我区", "本市", "其中",
        "共", "累计", "已", "并", "同时", "还", "另", "先后", "总计", "合计", "共计", "全年", "今年", "当年", "和",
        "及", "与", "在",
    ]
    /// Scalars that end a noun phrase read after a figure (`90%养老助餐机构用房在社区…`).
    static let phraseStops: Set<Character> = ["在", "的", "中", "等", "和", "及", "为", "列", "联"]
    /// Place words a subject never is on its own (`全市90%…`).
    static let placeWords: Set<String> = ["全市", "全省", "全县", "全区", "我市", "我省", "本市", "市", "省"]

    /// Fills `subject` for each measure of one sentence (measures in text order).
    func assignSubjects(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var previousEnd = sentence.lowerBound
        var previousSubject = ""
        for index in measures.indices {
            let measure = measures[index]
            let segmentStart = clauseStart(before: measure.rawStart, floor: max(previousEnd, sentence.lowerBound))
            let before = Self.clean(bytes.string(segmentStart..<measure.rawStart))
            let adjoinsPrevious = index > 0 && before.isEmpty && segmentStart == previousEnd
            let after = phrase(after: measure.rawEnd, limit: sentence.upperBound)
            let prefersAfter = !Self.eventUnits.contains(measure.quantity.unit)
            var subject: String
            if prefersAfter && after.count >= 2 {
                subject = after
            } else if !before.isEmpty {
                subject = before
            } else if adjoinsPrevious {
                subject = previousSubject
            } else {
                subject = after
            }
            if Self.placeWords.contains(subject) { subject = after.count >= 2 ? after : "" }
            if subject.unicodeScalars.count > Self.maximumLength, let cut = subject.lastIndex(where: { "的等之".contains($0) }),
                subject.distance(from: cut, to: subject.endIndex) > 2
            {
                subject = String(subject[subject.index(after: cut)...])
            }
            if subject.unicodeScalars.count > Self.maximumLength {
                subject = String(String.UnicodeScalarView(subject.unicodeScalars.suffix(Self.maximumLength)))
            }
            measures[index].subject = subject
            previousEnd = measure.rawEnd
            previousSubject = subject
        }
    }

    /// The start of the clause that holds `offset`, not before `floor`.
    private func clauseStart(before offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor {
            let start = bytes.scalarStart(before: index)
            if Self.clauseBreaks.contains(bytes.scalar(at: start).value) { return index }
            index = start
        }
        return floor
    }

    /// The noun phrase right after a figure, up to a clause break, a figure or a stop word.
    private func phrase(after offset: Int, limit: Int) -> String {
        var end = offset
        var count = 0
        while end < limit && count < Self.maximumLength {
            let (value, length) = bytes.scalar(at: end)
            if Self.clauseBreaks.contains(value) || ScalarClass.digitValue(value) != nil { break }
            if let scalar = Unicode.Scalar(value), Self.phraseStops.contains(Character(scalar)) { break }
            if end > offset && Self.verbs.contains(where: { $0.utf8.count > 3 && startsWith($0, at: end, limit: limit) }) {
                break
            }
            end += length
            count += 1
        }
        var phrase = Self.stripQuotes(bytes.string(offset..<end))
        for verb in Self.verbs where phrase.hasPrefix(verb) && phrase.count > verb.count + 1 {
            phrase.removeFirst(verb.count)
            break
        }
        return phrase
    }

    private func startsWith(_ word: String, at index: Int, limit: Int) -> Bool {
        var offset = index
        for byte in word.utf8 {
            guard offset < limit, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// The words before a figure reduced to the noun phrase: trailing link words and leading place and
    /// time words removed, and everything up to the last verb dropped.
    static func clean(_ text: String) -> String {
        var phrase = stripQuotes(text)
        phrase = stripLeadingYear(phrase)
        var changed = true
        while changed {
            changed = false
            for word in trailingWords where phrase.hasSuffix(word) {
                phrase.removeLast(word.count)
                changed = true
            }
        }
        if let cut = lastVerbEnd(in: phrase) { phrase = String(phrase[cut...]) }
        changed = true
        while changed {
            changed = false
            for word in leadingWords where phrase.hasPrefix(word) && phrase.count > word.count {
                phrase.removeFirst(word.count)
                changed = true
            }
            let trimmed = stripLeadingYear(phrase)
            if trimmed != phrase {
                phrase = trimmed
                changed = true
            }
        }
        return phrase
    }

    /// The end of the rightmost verb that leaves at least two characters after it.
    private static func lastVerbEnd(in phrase: String) -> String.Index? {
        var best: String.Index?
        for verb in verbs {
            var searchStart = phrase.startIndex
            while let range = phrase[searchStart...].firstRange(of: verb) {
                if phrase.distance(from: range.upperBound, to: phrase.endIndex) >= 2,
                    best.map({ range.upperBound > $0 }) ?? true
                {
                    best = range.upperBound
                }
                searchStart = range.upperBound
            }
        }
        return best
    }

    /// Removes quotation and title marks, keeping the words inside.
    static func stripQuotes(_ text: String) -> String {
        let marks: Set<Character> = ["“", "”", "‘", "’", "《", "》", "「", "」", "\"", "『", "』"]
        guard text.contains(where: { marks.contains($0) }) else { return text }
        return String(text.filter { !marks.contains($0) })
    }

    /// Drops a leading year (`2021年`, `2021年度`).
    private static func stripLeadingYear(_ text: String) -> String {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count == 4 else { return text }
        var rest = text.dropFirst(4)
        guard rest.hasPrefix("年") else { return text }
        rest = rest.dropFirst()
        if rest.hasPrefix("度") { rest = rest.dropFirst() }
        return String(rest)
    }
}
