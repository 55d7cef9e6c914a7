/// Gives each figure of a `分别` list its own subject: `城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%`
/// → `城镇常住居民人均可支配收入` and `农村常住居民人均可支配收入`; `诉求解决率、满意率分别达97.3%和97.7%`
/// → `诉求解决率` and `诉求满意率`. When the items and the figures do not pair up one to one, the
/// subjects are left as they are.
struct ListSubjects {
    let bytes: Bytes

    /// `分别`, which hands out a list of figures to a list of items.
    static let respectively = Array("分别".utf8)

    /// Marks that join the items of a list.
    static let itemSeparators: [Character] = ["、", "和", "及", "与"]

    func distribute(_ measures: inout [ScannedMeasure], sentence: Range<Int>) {
        var index = 0
        while index < measures.count {
            let start = listStart(
                before: measures[index].rawStart, floor: index > 0 ? measures[index - 1].rawEnd : sentence.lowerBound)
            let lead = Bytes(rebasing: bytes[start..<measures[index].rawStart])
            guard let mark = ByteSearch.firstOccurrence(of: Self.respectively, in: lead, from: 0) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < measures.count,
                ChangeReader.isListSeparator(bytes, measures[last].rawEnd..<measures[last + 1].rawStart)
            {
                last += 1
            }
            let items = Self.items(lead.string(0..<mark))
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

    /// The items of `text` split at `、和及与`, cleaned as subjects; empty when an item is empty.
    static func items(_ text: String) -> [String] {
        let cleaned = String(decoding: SubjectExtractor.clean(Array(text.utf8)), as: UTF8.self)
        let parts = cleaned.split(omittingEmptySubsequences: false, whereSeparator: { itemSeparators.contains($0) })
            .map(String.init)
        return parts.contains(where: \.isEmpty) ? [] : parts
    }

    /// An item completed with the shared words of the longest item: a short item before it borrows
    /// its tail (`城镇` + `常住居民人均可支配收入`), one after it its head (`诉求` + `满意率`).
    static func completed(_ item: String, longest: String, before: Bool) -> String {
        guard item.count < longest.count else { return item }
        return before ? item + String(longest.dropFirst(item.count)) : String(longest.dropLast(item.count)) + item
    }
}
