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
    static let longVerbWords = [
        "投入", "建成", "建立", "发放", "开展", "纳入", "储备", "争取", "引进", "培育", "成立", "签约", "推介",
        "申报", "获批", "获得", "清理整治", "打击了", "打击", "下辖", "列入", "汇总", "走访", "受理", "完成",
        "实施", "落实", "购买", "配备", "支付", "参与", "设立", "筹集", "选出", "调处", "出台", "制定", "召开",
        "新增", "提供", "开通", "设置", "录入", "实现", "覆盖", "惠及", "帮扶", "安排", "规划", "计划", "入选",
        "资助", "慰问", "培训", "举办", "接待", "办理", "认定", "招募", "给予",
    ]
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
        "每月", "每年", "每人", "连续", "接近", "下降至", "下降到", "升至", "升到", "平均", "预计", "稳步", "持续", "逐步",
        "占", "跃升", "跃升到", "跃升至", "上升到", "上升至", "增长到", "增长至", "减少到", "减少至", "降低到", "降低至",
    ])

    /// Words stripped from the start (`全市`, `截至目前`).
    static let leadingWords = WordTable([
        "截至目前", "截至", "目前", "全市", "全省", "全县", "全区", "我市", "我省", "我县", "我区", "本市", "其中",
        "力争", "确保", "年内", "争取", "计划", "预计",
        "共", "累计", "已", "并", "同时", "还", "另", "先后", "总计", "合计", "共计", "全年", "今年", "当年", "和",
        "及", "与", "在", "全面", "顺利", "圆满", "提前", "了",
    ])
    /// Words that begin a change or a comparison after a figure (`提升至`, `同比`, `高于`).
    static let changeStarts = WordTable(changeStartWords)
    static let changeStartWords = [
        "增长", "下降", "提升", "提高", "增加", "减少", "同比", "较", "比", "高于", "低于", "占", "居", "位居", "连续", "降",
        "增至", "达到",
    ]
    /// Whether a figure gives the size of a thing (weight, power, length, area) rather than counting it.
    private static func isSize(_ measure: ScannedMeasure) -> Bool {
        switch measure.quantity.kind {
        case .other, .length, .area: true
        default: false
        }
    }

    /// Verbs that put a project in hand (`启动`, `开工建设`, `推动`): words before a size that end with one
    /// are an action, not the name of the thing.
    static let projectVerbs = WordTable([
        "建设", "新建", "启动", "推进", "推动", "加快", "确保", "开工", "改造", "提升", "巩固", "形成", "安置", "布局",
        "做好", "打造", "抓好", "要",
    ])

    /// The name in the words before a size: what follows the last verb (`推动吉林梅花` → `吉林梅花`),
    /// nil when nothing of two characters does (`重点实施`, `开工建设`).
    private static func name(in words: [UInt8]) -> [UInt8]? {
        words.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var start = 0
            var index = 0
            while index < buffer.count {
                if let length = verbs.match(buffer, at: index, limit: buffer.count)
                    ?? projectVerbs.match(buffer, at: index, limit: buffer.count)
                {
                    start = index + length
                    index += length
                } else {
                    index += buffer.scalar(at: index).length
                }
            }
            return scalarCount(buffer[start...]) >= 2 ? Array(buffer[start...]) : nil
        }
    }

    /// Whether the 居 at `index` begins 居民 or 居住 (a noun), not a rank.
    private func isResidents(at index: Int) -> Bool {
        bytes.matches("居民", at: index) || bytes.matches("居住", at: index)
    }

    /// Whether a phrase read after a figure begins a change or a comparison (`提升至83.9岁`,
    /// `居全国第5位`) rather than a noun (`居民家庭`).
    static func beginsChange(_ phrase: Bytes) -> Bool {
        guard !phrase.isEmpty, let length = changeStarts.match(phrase, at: 0, limit: phrase.count) else { return false }
        guard length == 3, phrase.matches("居", at: 0), length < phrase.count else { return true }
        let next = phrase.scalar(at: length).value
        return next != 0x6C11 && next != 0x4F4F  // 居民, 居住
    }

    /// Words that name a quantity without naming what it is of (`投资`, `人数`, `强度`): a subject that
    /// is only one of them borrows its owner from the words around it.
    static let genericHeads = WordTable([
        "投资", "总投资", "投入", "资金", "产值", "总产值", "产量", "总产量", "产能", "交易额", "销售额", "收入",
        "人数", "强度", "规模", "总量", "数量", "金额", "面积", "服务", "比例", "比重", "费用", "市值", "总市值",
        "货币价值",
    ])

    /// Words that begin a predicate and so end a noun phrase read after a figure: `露天矿项目已进入…`,
    /// `高铁加快建设`, `卡点攻关取得突破`, `社会组织踊跃参与`.
    static let predicateStarts = WordTable(predicateStartWords)
    static let predicateStartWords = ["已", "被", "正式", "全面", "全部", "顺利", "加快", "取得", "持续", "积极", "踊跃", "主动"]

    /// Words of a rank, a comparison or a level reached, which end a noun phrase read after a figure
    /// wherever they come (`5项指标居全国第一`, `90%的煤矿达到…标准`); words of growth (`提升`, `增长`) also
    /// make nouns (`道路提升改造`, `稳增长方案`) and end it only right before the next figure.
    static let comparisonStartWords = [
        "同比", "较", "比", "高于", "低于", "占", "居", "位居", "连续", "增至", "达到", "降至", "降到",
    ]

    /// Place words a subject never is on its own (`全市90%…`).
    static let placeWords = WordTable(["全市", "全省", "全县", "全区", "我市", "我省", "本市", "市", "省"])
    /// Units that count events; their subject is what comes before (`主要负责同志3次`), not after.
    static let eventUnits = WordTable(["次", "人次", "户次", "例", "件", "小时", "天", "年", "个月", "周", "%"])

    /// Whether `words` are exactly one of `placeWords`.
    static func isPlaceWord(_ words: [UInt8]) -> Bool {
        words.withUnsafeBufferPointer { !$0.isEmpty && placeWords.match($0, at: 0, limit: $0.count) == $0.count }
    }

    /// Whether `unit` is one of `eventUnits`.
    static func isEventUnit(_ unit: String) -> Bool {
        var unit = unit
        return unit.withUTF8 { !$0.isEmpty && eventUnits.match($0, at: 0, limit: $0.count) == $0.count }
    }

    /// Fills `subject` for each measure of one sentence (measures in text order).
    func assignSubjects(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var previousEnd = sentence.lowerBound
        var previousSubject: [UInt8] = []
        var previousStartsTransition = false
        var subjects: [[UInt8]] = []
        subjects.reserveCapacity(measures.count)
        for index in measures.indices {
            let measure = measures[index]
            let next = index + 1 < measures.count ? measures[index + 1].rawStart..<measures[index + 1].rawEnd : nil
            let segmentStart = clauseStart(before: measure.rawStart, floor: previousEnd)
            let segment = segmentStart..<measure.rawStart
            var before =
                Self.hasQuotes(bytes, segment)
                ? Self.clean(Self.withoutQuotes(bytes, segment)) : Self.clean(Bytes(rebasing: bytes[segment]))
            if Self.isPlaceWord(before) { before = [] }
            // `中欧班列（成渝）累计开行超2.6万列、占全国23.9%`: a share of the whole with no owner of its
            // own is the share of the figure before it.
            if !previousSubject.isEmpty, bytes.matches("占", at: segmentStart),
                before.withUnsafeBufferPointer({
                    !$0.isEmpty && Self.scopeWords.match($0, at: 0, limit: $0.count) == $0.count
                })
            {
                before = previousSubject + Array("占".utf8) + before
            }
            // A figure right after another, or a change whose own words name no indicator
            // (`地区生产总值5.3万亿元、增长5.5%`, `完成253.7亿元，同比增长10.1%`), measures the one named before it.
            let adjoinsPrevious =
                index > 0 && before.isEmpty
                && (segmentStart == previousEnd || (measure.details.change != .none && !previousSubject.isEmpty))
            // `省属一级企业由66户整合至12户`: a start value is named before it, an end value by the start value.
            let startsTransition =
                bytes.matches("由", endingAt: measure.rawStart) || bytes.matches("从", endingAt: measure.rawStart)
            let endsTransition =
                previousStartsTransition && segmentStart == previousEnd && !previousSubject.isEmpty
                && (bytes.matches("至", endingAt: measure.rawStart) || bytes.matches("为", endingAt: measure.rawStart)
                    || bytes.matches("到", endingAt: measure.rawStart))
            var (after, afterEnd) = phrase(after: measure.rawEnd, limit: sentence.upperBound, next: next)
            // `82.4岁提升至83.9岁`: words of a change after a figure say what happened to it, not what it is.
            if startsTransition || after.withUnsafeBufferPointer(Self.beginsChange) { after = [] }
            let afterLength = Self.scalarCount(after)
            let described =
                afterLength <= 2 && (afterLength > 0 || before.isEmpty)
                ? thing(describedAt: afterEnd, by: after, limit: sentence.upperBound, next: next) : nil
            var subject: [UInt8]
            if endsTransition {
                subject = previousSubject
            } else if let described {
                subject = described
            } else if !Self.isEventUnit(measure.quantity.unit) && afterLength >= 2 {
                // `大唐700万吨露天矿项目`, `中心城区68公里供水`: a size between a name and a noun is part of
                // the thing both name.
                subject = Self.isSize(measure) ? (Self.name(in: before) ?? []) + after : after
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
                let owner = thing(describedAt: measure.rawEnd, by: [], limit: sentence.upperBound, next: next)
            {
                subject = owner + before
            }
            // `监管企业营收增长5.9%、利润增长5.5%`: a two-character item after `、` shares the owner of the one
            // before it.
            if index > 0, Self.scalarCount(subject) <= 2, !subject.isEmpty, segmentStart > previousEnd,
                bytes.spells("、", in: TextLines.trim(bytes, previousEnd..<segmentStart)),
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
            subjects.append(subject)
            previousEnd = measure.rawEnd
            previousSubject = subject
            previousStartsTransition = startsTransition
        }
        SubjectOwners(bytes: bytes).complete(&subjects, of: measures, sentence: sentence)
        for index in measures.indices {
            measures[index].subject = String(decoding: Self.shortened(subjects[index]), as: UTF8.self)
        }
        ListSubjects(bytes: bytes).distribute(&measures, sentence: sentence)
    }

    // MARK: - Reading around the figure

    /// The start of the clause that holds `offset` (after the last clause break before it, `，、；：`
    /// among them), not before `floor`. A bracket inside a noun (`中欧班列（西安）开行`) does not end it.
    func clauseStart(before offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor {
            let start = bytes.scalarStart(before: index)
            let value = bytes.scalar(at: start).value
            if value == 0xFF09 || value == 0x29, let opening = bracketOpening(closingAt: start, floor: floor) {
                index = opening
                continue
            }
            if Self.isClauseBreak(value) { return index }
            index = start
        }
        return floor
    }

    /// Whether the digit at `index` belongs to a name: after an ASCII letter or digit of one
    /// (`PM2.5`, `AES100`), or before a letter or 强 (`4S店`, `5G基站`, `500强企业`).
    private func isInName(digitAt index: Int, after start: Int, limit: Int) -> Bool {
        if index > start && (Self.isASCIILetter(bytes[index - 1]) || (0x30...0x39).contains(bytes[index - 1])) {
            return true
        }
        var end = index
        while end < limit, (0x30...0x39).contains(bytes[end]) { end += 1 }
        return end < limit && (Self.isASCIILetter(bytes[end]) || bytes.matches("强", at: end))
    }

    /// The thing a figure describes through `的` at `offset`, with `word`, the short noun between them:
    /// `4个村的安全饮水工程` → `安全饮水工程村`, `23万平方米的建材城` → `建材城`; nil without `的` or a
    /// noun of two characters after it.
    private func thing(describedAt offset: Int, by word: [UInt8], limit: Int, next: Range<Int>?) -> [UInt8]? {
        guard offset + 3 < limit, bytes.matches("的", at: offset) else { return nil }
        let owner = phrase(after: offset + 3, limit: limit, next: next).bytes
        return Self.scalarCount(owner) >= 2 ? owner + word : nil
    }

    /// Where the bracket that closes at `close` opens, when it sits inside a noun (`执业（助理）医师`):
    /// within twelve characters, with no clause break inside, after a character that is no clause break.
    private func bracketOpening(closingAt close: Int, floor: Int) -> Int? {
        var index = close
        for _ in 0..<12 where index > floor {
            let start = bytes.scalarStart(before: index)
            let value = bytes.scalar(at: start).value
            if value == 0xFF08 || value == 0x28 {
                guard start > floor else { return nil }
                return Self.isClauseBreak(bytes.scalar(at: bytes.scalarStart(before: start)).value) ? nil : start
            }
            if Self.isClauseBreak(value) { return nil }
            index = start
        }
        return nil
    }

    /// The noun phrase right after a figure and where it ends: up to a clause break, a figure (`next`
    /// is the next one's raw text; digits of a name such as `4S店` or `500强` do not end it), a stop
    /// character, a verb, a change right before the next figure (`托位数提高到4.6个`) or the start of
    /// a predicate (`已进入`, `加快建设`).
    /// A figure right at the start is stepped over: `20个500千伏输变电工程` → `输变电工程`.
    private func phrase(after offset: Int, limit: Int, next: Range<Int>?) -> (bytes: [UInt8], end: Int) {
        let start = offset == next?.lowerBound ? next?.upperBound ?? offset : offset
        var end = start
        var count = 0
        while end < limit && end != next?.lowerBound && count < Self.maximumLength {
            let (value, length) = bytes.scalar(at: end)
            if Self.isClauseBreak(value) || Self.isPhraseStop(value) { break }
            if ScalarClass.digitValue(value) != nil && !isInName(digitAt: end, after: start, limit: limit) { break }
            if end == start && (value == 0x5E76 || value == 0x4E14) { break }  // 并 且
            let stops = PhraseStop(rawValue: Self.phraseStops.tags(bytes, at: end, limit: limit))
            if stops.contains(.predicate) { break }
            if end > start && stops.contains(.comparison) && !Self.isRatioNoun(bytes, at: end) && !isResidents(at: end)
            {
                break
            }
            if end > start && stops.contains(.longVerb) { break }
            if end > start, stops.contains(.change), let next,
                let change = Self.changeStarts.match(bytes, at: end, limit: limit),
                next.lowerBound - (end + change) <= 9, !Self.isRatioNoun(bytes, at: end)
            {
                break
            }
            end += length
            count += 1
        }
        let phrase = Self.withoutQuotes(bytes, start..<end)
        let leadingVerb = phrase.withUnsafeBufferPointer { buffer -> Int? in
            guard !buffer.isEmpty, let verb = Self.verbs.match(buffer, at: 0, limit: buffer.count),
                Self.scalarCount(buffer[verb...]) >= 2
            else { return nil }
            return verb
        }
        return (leadingVerb.map { Array(phrase[$0...]) } ?? phrase, end)
    }

    /// The word groups that may end a phrase read after a figure, found with one lookup per scalar.
    struct PhraseStop: OptionSet {
        let rawValue: UInt32
        static let predicate = PhraseStop(rawValue: 1 << 0)
        static let comparison = PhraseStop(rawValue: 1 << 1)
        static let longVerb = PhraseStop(rawValue: 1 << 2)
        static let change = PhraseStop(rawValue: 1 << 3)
    }

    /// `predicateStarts`, `comparisonStarts`, `longVerbs` and `changeStarts` in one table, each word
    /// tagged with the groups it is in.
    static let phraseStops = WordTable(
        tagged: Dictionary(
            [
                (predicateStartWords, PhraseStop.predicate), (comparisonStartWords, .comparison),
                (longVerbWords, .longVerb), (changeStartWords, .change),
            ].flatMap { words, stop in words.map { ($0, stop.rawValue) } }, uniquingKeysWith: |
        ).sorted { $0.key < $1.key }.map { (word: $0.key, tag: $0.value) })

    // MARK: - Shortening

    /// At most `maximumLength` scalars: a longer phrase keeps what follows its last `的`, `等` or `之`
    /// when that leaves more than two characters, then its tail.
    static func shortened(_ subject: [UInt8]) -> [UInt8] {
        guard subject.count > maximumLength,
            subject.withUnsafeBufferPointer({
                $0.hasScalars(maximumLength + 1, in: 0..<$0.count)
            })
        else { return subject }
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
        return tail(of: result, scalars: maximumLength)
    }

    /// The last `count` scalars of `bytes` (all of them when there are fewer), found in one pass from
    /// the end so that a phrase of a megabyte is cut as fast as a short one.
    private static func tail(of bytes: [UInt8], scalars count: Int) -> [UInt8] {
        var start = bytes.count
        var kept = 0
        while start > 0 && kept < count {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { kept += 1 }
        }
        return start == 0 ? bytes : Array(bytes[start...])
    }

    /// Whether `range` may hold a quotation or title mark: they start with 0xE2 or 0xE3 (or are ASCII
    /// `"`), and most phrases have none.
    private static func hasQuotes(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        UnsafeBufferPointer(rebasing: bytes[range]).contains { $0 == 0xE2 || $0 == 0xE3 || $0 == 0x22 }
    }

    /// The bytes of `range` without quotation and title marks.
    private static func withoutQuotes(_ bytes: Bytes, _ range: Range<Int>) -> [UInt8] {
        guard hasQuotes(bytes, range) else { return Array(UnsafeBufferPointer(rebasing: bytes[range])) }
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

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
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
