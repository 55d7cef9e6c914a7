/// Gives each figure of a `分别` list its own subject: `城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%`
/// → `城镇常住居民人均可支配收入` and `农村常住居民人均可支配收入`; `诉求解决率、满意率分别达97.3%和97.7%`
/// → `诉求解决率` and `诉求满意率`. When the items and the figures do not pair up one to one, the
/// subjects are left as they are.
struct ListSubjects {
    let bytes: Bytes

    /// `分别`, which hands out a list of figures to a list of items.
    static let respectively = Array("分别".utf8)

    /// `、`, which joins the items of a list.
    static let enumerationComma = Array("、".utf8)

    /// Marks that join the items of a list.
    static let itemSeparators: [Character] = ["、", "和", "及", "与"]

    func distribute(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var index = 0
        while index < measures.count {
            let start = listStart(
                before: measures[index].rawStart, floor: index > 0 ? measures[index - 1].rawEnd : sentence.lowerBound)
            let lead = Bytes(rebasing: bytes[start..<measures[index].rawStart])
            // Without 分别, items joined by `、` before figures joined by `、` pair up just the same:
            // `国内游客人次、总花费增长5.6％、7.5％`.
            let mark = ByteSearch.firstOccurrence(of: Self.respectively, in: lead, from: 0)
            guard mark != nil || ByteSearch.firstOccurrence(of: Self.enumerationComma, in: lead, from: 0) != nil else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < measures.count,
                mark != nil
                    ? ChangeReader.isListSeparator(bytes, measures[last].rawEnd..<measures[last + 1].rawStart)
                    : isEnumerationComma(measures[last].rawEnd..<measures[last + 1].rawStart)
            {
                last += 1
            }
            // One figure is no list: its items are not read.
            let items = last > index ? Self.items(lead.string(0..<(mark ?? lead.count))) : []
            if last > index && items.count == last - index + 1 {
                let longest = items.max { $0.count < $1.count } ?? ""
                let longestPosition = items.firstIndex(of: longest) ?? 0
                for (offset, item) in items.enumerated() {
                    measures[index + offset].subject = Self.completed(
                        item, longest: longest, before: offset < longestPosition)
                }
            }
            index = last + 1
        }
    }

    /// Whether `range` is only `、` (spaces around it allowed).
    private func isEnumerationComma(_ range: Range<Int>) -> Bool {
        let trimmed = TextLines.trim(bytes, range)
        return trimmed.count == 3 && bytes.matchesBytes(Self.enumerationComma, at: trimmed.lowerBound)
    }

    /// The start of the list a figure closes: after the last `，；：` before it, not before `floor`.
    private func listStart(before offset: Int, floor: Int) -> Int {
        var index = offset
        while index > floor {
            let start = bytes.scalarStart(before: index)
            switch bytes.scalar(at: start).value {
            case 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3002: return index
            default: index = start
            }
        }
        return floor
    }

    /// The items of `text` split at `、` and at `和及与` between words, cleaned as subjects; empty when
    /// an item is empty.
    static func items(_ text: String) -> [String] {
        // Each item is cleaned on its own, so that a verb in one (`覆盖率`) cuts no other.
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "、" }).flatMap { item in
            splitAtConjunctions(String(decoding: SubjectExtractor.clean(Array(item.utf8)), as: UTF8.self))
        }
        return parts.contains(where: \.isEmpty) ? [] : parts
    }

    /// An item split at 和, 及, 与 where both sides have two characters or more: `开发区和工业园区` is
    /// two items, `普及率` and `参与率` are words.
    private static func splitAtConjunctions(_ item: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(item)
        while let mark = rest.dropFirst(2).firstIndex(where: { itemSeparators.contains($0) }),
            rest[rest.index(after: mark)...].count >= 2
        {
            parts.append(String(rest[..<mark]))
            rest = rest[rest.index(after: mark)...]
        }
        return parts + [String(rest)]
    }

    /// An item completed with the shared words of the longest item: a short item before it borrows
    /// its tail (`城镇` + `常住居民人均可支配收入`), one after it its head (`诉求` + `满意率`). A longer
    /// item before it borrows what follows the longest's first copy of its last character
    /// (`先进制造业` + `增加值占规模以上工业增加值比重` from `高技术制造业增加值占…`), else only the head
    /// the longest ends with (`农村自来水` + `普及率`, `“新三样”` + `出口`).
    static func completed(_ item: String, longest: String, before: Bool) -> String {
        guard item.count < longest.count else { return item }
        // After it, an item at most half as long shares its owner (`生产安全死亡事故` + `死亡人数`); a longer
        // one names its own (`农村自来水普及率` after `城乡环卫一体化覆盖率`).
        if !before { return item.count * 2 <= longest.count ? String(longest.dropLast(item.count)) + item : item }
        if item.count <= 2 { return item + String(longest.dropFirst(item.count)) }
        // Past the longest's own first two characters, which begin its modifier (`工业战略性…`).
        let modifierEnd = longest.index(longest.startIndex, offsetBy: 2)
        if let last = item.last, let parallel = longest[modifierEnd...].firstIndex(of: last) {
            return item + String(longest[longest.index(after: parallel)...])
        }
        let head = Array(longest.utf8).withUnsafeBufferPointer { buffer in
            sharedHeads.suffix(of: buffer, 0..<buffer.count).map {
                String(decoding: buffer[(buffer.count - $0)...], as: UTF8.self)
            }
        }
        guard let head, !item.hasSuffix(head) else { return item }
        return item + head
    }

    /// The heads a list of indicators shares (`农村自来水、卫生户厕普及率`).
    static let sharedHeads = WordTable([
        "率", "普及率", "覆盖率", "出口", "进口", "产量", "产值", "增加值", "收入", "投资", "人次", "人数", "面积",
        "总量", "规模", "比重", "比例", "零售额", "花费", "数",
    ])
}
