/// Names what a figure measures with a short noun phrase taken from the words around it:
/// `累计投入建设运营资金4680万元` → `建设运营资金`, `集中供养率达到62%` → `集中供养率`,
/// `成立6个专项学习小组` → `专项学习小组`. Heuristic by design: good enough to search by keyword and to
/// label a chart. It works on UTF-8 bytes; the only string it builds is the subject itself.
struct SubjectExtractor {
    let bytes: Bytes

    /// The longest subject kept, in scalars; Chinese noun phrases put their head last, so the tail stays.
    static let maximumLength = 16

    /// Verbs after which the object is the subject: `发放…补贴4.67万人` → `…补贴`.
    static let verbs = WordTable([
        "投入", "建成", "建立", "发放", "开展", "纳入", "储备", "争取", "引进", "培育", "成立", "签约", "推介",
        "申报", "获批", "获得", "获", "清理整治", "打击了", "打击", "下辖", "列入", "汇总", "走访", "受理", "完成",
        "实施", "落实", "购买", "配备", "支付", "参与", "设立", "筹集", "选出", "调处", "出台", "制定", "召开",
        "新增", "提供", "开通", "设置", "录入", "实现", "覆盖", "惠及", "帮扶", "安排", "规划", "计划", "入选",
        "资助", "慰问", "培训", "举办", "接待", "办理", "认定", "招募", "占", "为", "对", "向", "给予", "在",
    ])
    /// Verbs of two or more characters, which also end a phrase read after a figure.
    static let longVerbs = WordTable([
        "投入", "建成", "建立", "发放", "开展", "纳入", "储备", "争取", "引进", "培育", "成立", "签约", "推介",
        "申报", "获批", "获得", "清理整治", "打击了", "打击", "下辖", "列入", "汇总", "走访", "受理", "完成",
        "实施", "落实", "购买", "配备", "支付", "参与", "设立", "筹集", "选出", "调处", "出台", "制定", "召开",
        "新增", "提供", "开通", "设置", "录入", "实现", "覆盖", "惠及", "帮扶", "安排", "规划", "计划", "入选",
        "资助", "慰问", "培训", "举办", "接待", "办理", "认定", "招募", "给予",
    ])
    /// Words stripped from the end of the words before a figure (`达到62%`, `同比增长9.1%`): link words,
    /// approximation words and the words of a change, so that a growth rate names its indicator
    /// (`地区生产总值增长5.5%` → `地区生产总值`).
    static let trailingWords = WordTable([
        "达到", "达", "约为", "为", "是", "共计", "共有", "共", "累计", "合计", "总计", "约", "近", "超过", "逾", "有",
        "了", "的", "已", "分别", "均", "占比", "突破", "增至", "增加到", "提高到", "提高至", "至", "到", "和", "与",
        "其中", "在", "超", "完成", "实现", "同比", "年均", "年平均", "比上年", "较上年", "增长", "下降", "降低", "减少",
        "提高", "提升", "提升至", "提升到", "上升", "上涨", "回落", "增加", "扩大", "缩小", "压减", "压缩", "降至", "降到",
        "稳定在", "保持在", "控制在", "维持在", "高于全国", "低于全国", "高于", "低于", "快于", "慢于", "增速", "增幅",
        "涨幅", "由", "从", "仍", "继续", "稳定", "保持", "以上", "左右", "不少于", "不低于", "不超过", "不高于", "以内",
        "每月", "每年", "每人",
    ])

    /// Words stripped from the start (`全市`, `截至目前`).
    static let leadingWords = WordTable([
        "截至目前", "截至", "目前", "全市", "全省", "全县", "全区", "我市", "我省", "我县", "我区", "本市", "其中",
        "力争", "确保", "年内", "争取", "计划", "预计",
        "共", "累计", "已", "并", "同时", "还", "另", "先后", "总计", "合计", "共计", "全年", "今年", "当年", "和",
        "及", "与", "在",
    ])
    /// Words that begin a change or a comparison after a figure (`提升至`, `同比`, `高于`).
    static let changeStarts = WordTable([
        "增长", "下降", "提升", "提高", "增加", "减少", "同比", "较", "比", "高于", "低于", "占", "居", "位居", "连续", "降",
        "增至", "达到",
    ])
    /// Place words a subject never is on its own (`全市90%…`).
    static let placeWords: Set<[UInt8]> = Set(
        ["全市", "全省", "全县", "全区", "我市", "我省", "本市", "市", "省"].map { Array($0.utf8) })
    /// Units that count events; their subject is what comes before (`主要负责同志3次`), not after.
    static let eventUnits: Set<String> = ["次", "人次", "户次", "例", "件", "小时", "天", "年", "个月", "周", "%"]

    /// Fills `subject` for each measure of one sentence (measures in text order).
    func assignSubjects(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var previousEnd = sentence.lowerBound
        var previousSubject: [UInt8] = []
        for index in measures.indices {
            let measure = measures[index]
            let segmentStart = clauseStart(before: measure.rawStart, floor: previousEnd)
            var before = Self.withoutQuotes(bytes, segmentStart..<measure.rawStart)
            before = Self.clean(before)
            if Self.placeWords.contains(before) { before = [] }
            // A figure right after another, or a change whose own words name no indicator
            // (`地区生产总值5.3万亿元、增长5.5%`, `完成253.7亿元，同比增长10.1%`), measures the one named before it.
            let adjoinsPrevious =
                index > 0 && before.isEmpty
                && (segmentStart == previousEnd || (measure.details.change != .none && !previousSubject.isEmpty))
            var after = phrase(after: measure.rawEnd, limit: sentence.upperBound)
            // `82.4岁提升至83.9岁`: words of a change after a figure say what happened to it, not what it is.
            if after.withUnsafeBufferPointer({
                !$0.isEmpty && Self.changeStarts.match($0, at: 0, limit: $0.count) != nil
            }) {
                after = []
            }
            let afterLength = Self.scalarCount(after)
            var subject: [UInt8]
            if !Self.eventUnits.contains(measure.quantity.unit) && afterLength >= 2 {
                subject = after
            } else if !before.isEmpty {
                subject = before
            } else if adjoinsPrevious || (after.isEmpty && !previousSubject.isEmpty) {
                // `地区生产总值增长11%，达到282亿元`: nothing names this figure, so it is the previous one's.
                subject = previousSubject
            } else {
                subject = after
            }
            // `投资3.3亿元的机场快速路建成通车` → `机场快速路投资`: a figure of a short noun (投资, 总投资) that
            // describes the thing after `的` belongs to that thing.
            if Self.scalarCount(before) <= 3, !before.isEmpty, subject == before,
                bytes.matches("的", at: measure.rawEnd), measure.rawEnd + 3 < sentence.upperBound
            {
                let owner = phrase(after: measure.rawEnd + 3, limit: sentence.upperBound)
                if Self.scalarCount(owner) >= 2 { subject = owner + before }
            }
            // `监管企业营收增长5.9%、利润增长5.5%`: a two-character item after `、` shares the owner of the one
            // before it.
            if index > 0, Self.scalarCount(subject) <= 2, !subject.isEmpty, segmentStart > previousEnd,
                bytes.string(previousEnd..<segmentStart).trimmingSpaces() == "、",
                Self.scalarCount(previousSubject) > Self.scalarCount(subject) + 1
            {
                var owner = previousSubject
                for _ in 0..<Self.scalarCount(subject) {
                    while let last = owner.last, last & 0xC0 == 0x80 { owner.removeLast() }
                    if !owner.isEmpty { owner.removeLast() }
                }
                subject = owner + subject
            }
            subject = Self.shortened(subject)
            measures[index].subject = String(decoding: subject, as: UTF8.self)
            previousEnd = measure.rawEnd
            previousSubject = subject
        }
        ListSubjects(bytes: bytes).distribute(&measures, sentence: sentence)
    }

    // MARK: - Reading around the figure

    /// The start of the clause that holds `offset` (after the last clause break before it, `，、；：`
    /// among them), not before `floor`.
    func clauseStart(before offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor {
            let start = bytes.scalarStart(before: index)
            if Self.isClauseBreak(bytes.scalar(at: start).value) { return index }
            index = start
        }
        return floor
    }

    /// The noun phrase right after a figure, up to a clause break, a figure, a stop character or a verb.
    private func phrase(after offset: Int, limit: Int) -> [UInt8] {
        var end = offset
        var count = 0
        while end < limit && count < Self.maximumLength {
            let (value, length) = bytes.scalar(at: end)
            if Self.isClauseBreak(value) || ScalarClass.digitValue(value) != nil || Self.isPhraseStop(value) { break }
            if end > offset && Self.longVerbs.match(bytes, at: end, limit: limit) != nil { break }
            end += length
            count += 1
        }
        let phrase = Self.withoutQuotes(bytes, offset..<end)
        let leadingVerb = phrase.withUnsafeBufferPointer { buffer -> Int? in
            guard !buffer.isEmpty, let verb = Self.verbs.match(buffer, at: 0, limit: buffer.count),
                Self.scalarCount(buffer[verb...]) >= 2
            else { return nil }
            return verb
        }
        return leadingVerb.map { Array(phrase[$0...]) } ?? phrase
    }

    // MARK: - Shortening

    /// At most `maximumLength` scalars: a longer phrase keeps what follows its last `的`, `等` or `之`
    /// when that leaves more than two characters, then its tail.
    private static func shortened(_ subject: [UInt8]) -> [UInt8] {
        guard scalarCount(subject[...]) > maximumLength else { return subject }
        var result = subject
        subject.withUnsafeBufferPointer { buffer in
            var cut: Int?
            var index = 0
            while index < buffer.count {
                let (value, length) = buffer.scalar(at: index)
                if value == 0x7684 || value == 0x7B49 || value == 0x4E4B { cut = index + length }  // 的 等 之
                index += length
            }
            if let cut, scalarCount(buffer[cut...]) > 2 { result = Array(buffer[cut...]) }
        }
        while scalarCount(result[...]) > maximumLength {
            result.removeFirst()
            while let first = result.first, first & 0xC0 == 0x80 { result.removeFirst() }
        }
        return result
    }

    /// The bytes of `range` without quotation and title marks.
    private static func withoutQuotes(_ bytes: Bytes, _ range: Range<Int>) -> [UInt8] {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // Quotation marks start with 0xE2 or 0xE3 (or are ASCII `"`); most phrases have none.
        guard slice.contains(where: { $0 == 0xE2 || $0 == 0xE3 || $0 == 0x22 }) else { return Array(slice) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = bytes.scalar(at: index)
            if !isQuote(value) {
                for offset in index..<(index + length) { result.append(bytes[offset]) }
            }
            index += length
        }
        return result
    }

    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    static func scalarCount(_ bytes: [UInt8]) -> Int { scalarCount(bytes[...]) }

    // MARK: - Character classes

    /// Scalars that end a clause: Chinese and ASCII commas, enumeration commas, semicolons, colons,
    /// brackets, sentence ends and spaces.
    @inline(__always)
    static func isClauseBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0xFF08, 0x28, 0xFF09, 0x29, 0x3002, 0xFF01, 0x21,
            0xFF1F, 0x3F, 0x20, 0x3000:
            true
        default:
            false
        }
    }

    /// Characters that end a noun phrase read after a figure (`90%养老助餐机构用房在社区…`):
    /// 在 的 等 和 及 为 列 联.
    @inline(__always)
    private static func isPhraseStop(_ value: UInt32) -> Bool {
        switch value {
        case 0x5728, 0x7684, 0x7B49, 0x548C, 0x53CA, 0x4E3A, 0x5217, 0x8054: true
        default: false
        }
    }

    /// Quotation and title marks: “ ” ‘ ’ 《 》 「 」 『 』 and the ASCII double quote.
    @inline(__always)
    private static func isQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x22: true
        default: false
        }
    }
}
