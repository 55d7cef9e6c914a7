/// Recognises the lines of a web page that are not report text: site boilerplate, metadata lines and
/// the footer.
enum LineClassifier {
    /// Words that mark navigation, legal and contact lines of a government or news site.
    static let boilerplateWords = [
        "当前所在", "当前位置", "您的位置", "您现在的位置", "欢迎访问", "免责声明", "版权所有", "ICP备", "ICP证", "公网安备",
        "联系电话", "监督电话", "举报电话", "咨询电话", "邮箱", "电子邮件", "E-mail", "e-mail", "QQ", "主办", "主管", "承办",
        "技术支持", "网站地图", "办公区", "地址：", "地址:", "邮编", "联系我们", "打印本页", "关闭窗口", "【打印】", "分享到",
        "责任编辑", "扫一扫", "上一篇", "下一篇", "举报中心", "违法犯罪举报", "网站标识码", "浏览次数", "字号", "【大 中 小】",
    ]
    /// Bullets that start navigation lines.
    static let navigationBullets: Set<Character> = ["•", "●", "▪", "■", "◆", "»", "›", "▶"]
    /// Line starts that begin the footer: everything after them is the site's, not the report's.
    static let footerStarts = ["原文链接", "[免责声明]", "【免责声明】", "免责声明", "版权所有", "本站部分信息", "本网部分"]

    /// Whether a short line is site boilerplate.
    static func isBoilerplate(_ line: String) -> Bool {
        if let first = line.first, navigationBullets.contains(first) { return true }
        if boilerplateWords.contains(where: { line.contains($0) }) { return true }
        if line.contains(" > ") || line.contains(">>") { return line.count < 60 }  // breadcrumbs
        return false
    }

    /// Whether a line starts the footer.
    static func startsFooter(_ line: String) -> Bool {
        footerStarts.contains(where: { line.hasPrefix($0) })
    }

    /// The metadata fields a line can fill.
    private enum Field {
        case source, author, date, link
    }

    /// Keys of metadata lines, each with the field it fills.
    private static let metadataKeys: [(key: String, field: Field)] = [
        ("来源", .source), ("作者", .author), ("发布时间", .date), ("发布日期", .date), ("时间", .date),
        ("日期", .date), ("原文链接", .link), ("原文地址", .link),
    ]

    /// Reads `来源:安徽省民政厅 作者:佚名时间:2022-01-22` into metadata, or returns nil when the line has
    /// no metadata key followed by a colon.
    static func metadata(_ line: String) -> DocumentMetadata? {
        guard line.count <= 160 else { return nil }
        var found: [(range: Range<String.Index>, field: Field)] = []
        for (key, field) in metadataKeys {
            var searchStart = line.startIndex
            while let range = line[searchStart...].firstRange(of: key) {
                searchStart = range.upperBound
                guard range.upperBound < line.endIndex, line[range.upperBound] == ":" || line[range.upperBound] == "："
                else { continue }
                let keyRange = range.lowerBound..<line.index(after: range.upperBound)
                if !found.contains(where: { $0.range.overlaps(keyRange) }) { found.append((keyRange, field)) }
            }
        }
        guard !found.isEmpty else { return nil }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var metadata = DocumentMetadata()
        for (position, entry) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].range.lowerBound : line.endIndex
            let value = line[entry.range.upperBound..<end].trimmingSpaces()
            guard !value.isEmpty else { continue }
            switch entry.field {
            case .source: metadata.source = metadata.source ?? value
            case .author: metadata.author = metadata.author ?? value
            case .date: metadata.date = metadata.date ?? value
            case .link: metadata.link = metadata.link ?? value
            }
        }
        return metadata
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space of any kind tally recognises.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { ScalarClass.isSpace($0.value) } }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension String {
    /// The text with every run of white space (en spaces, ideographic spaces…) as one ASCII space.
    func collapsingSpaces() -> String {
        var result = ""
        var pendingSpace = false
        for character in self {
            if character.unicodeScalars.allSatisfy({ ScalarClass.isSpace($0.value) }) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
