/// Photo captions printed with a report: `本报记者 戴冰摄`, `省长赵刚作政府工作报告`,
/// `自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄`. They are no part of the report's text.
enum CaptionLine {
    /// Whether a line is a photo caption: a short line that ends with the photographer's credit
    /// (`记者 … 摄`), or a short line without commas saying that someone delivers the report.
    static func isCaption(_ line: String) -> Bool {
        guard line.containsBytes("摄") || line.containsBytes("报告") else { return false }
        let text = line.trimmingSpaces()
        let count = text.unicodeScalars.count
        guard count <= 120 else { return false }
        var end = Substring(text)
        while let last = end.last, "）)".contains(last) { end = end.dropLast() }
        if end.hasSuffix("摄"), ["记者", "摄影", "通讯员"].contains(where: { end.contains($0) }) { return true }
        return count <= 60 && !text.contains("，") && ["作政府工作报告", "作工作报告"].contains(where: { text.contains($0) })
    }

    /// Whether the line in `range` may be a caption: every caption names a photographer (摄) or a
    /// report (报告), and most lines hold neither.
    static func mayBe(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        range.count <= 120 * 3
            && (bytes.firstOffset(of: "摄", from: range.lowerBound, limit: range.upperBound) != nil
                || bytes.firstOffset(of: "报告", from: range.lowerBound, limit: range.upperBound) != nil)
    }

    /// The speaker a caption names with their office right before `name` (`省长毛伟明作政府工作报告`
    /// → 省长 毛伟明), or nil.
    static func speaker(named name: String, in caption: String) -> SpeakerLine? {
        guard let found = caption.firstRange(of: name) else { return nil }
        let before = caption[..<found.lowerBound].unicodeScalars
        var roleStart = before.endIndex
        while roleStart > before.startIndex {
            let previous = before.index(before: roleStart)
            guard ScalarClass.isHan(before[previous].value) else { break }
            roleStart = previous
        }
        return SpeakerLine(role: String(before[roleStart...]), name: name)
    }
}
