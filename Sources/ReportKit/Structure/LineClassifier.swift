/// Recognises the lines of a web page that are not report text: site boilerplate, metadata lines and
/// the footer.
enum LineClassifier {
    /// Words that mark navigation, legal and contact lines of a government or news site.
    static let boilerplateWords = WordTable([
        "当前所在", "当前位置", "您的位置", "您现在的位置", "欢迎访问", "免责声明", "版权所有", "ICP备", "ICP证", "公网安备",
        "联系电话", "监督电话", "举报电话", "咨询电话", "邮箱", "电子邮件", "E-mail", "e-mail", "QQ", "主办", "主管", "承办",
        "技术支持", "网站地图", "办公区", "地址：", "地址:", "邮编", "联系我们", "打印本页", "关闭窗口", "【打印】", "分享到",
        "责任编辑", "扫一扫", "上一篇", "下一篇", "举报中心", "违法犯罪举报", "网站标识码", "浏览次数", "字号", "【大 中 小】",
        " > ", ">>", "【字体", "阅读量", "阅读数", "分享：", "分享:",
    ])
    /// Whole lines of page chrome: the buttons of the page tools and the pieces of a breadcrumb or a
    /// font-size switch printed one to a line.
    static let chromeLines: Set<String> = [
        "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "】", "【", ">", "›", "»", "首页", "大", "中", "小",
        "分享", "分享到", "返回", "关闭", "默认", "放大", "缩小", "字号", "字体",
    ]

    /// Whether a line is a piece of page chrome by itself (`下载`, `加大`, `>`).
    static func isChromeLine(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        range.count <= 12 && chromeLines.contains(bytes.string(range))
    }
    /// Line starts that begin the footer: everything after them is the site's, not the report's.
    static let footerStarts = WordTable([
        "原文链接", "相关报道", "相关新闻", "相关链接", "相关阅读", "[免责声明]", "【免责声明】", "免责声明", "版权所有", "本站部分信息", "本网部分",
    ])

    /// Whether a short line is site boilerplate: a navigation bullet first, or a marker word
    /// anywhere (breadcrumbs `首页 > 民政资讯` included).
    static func isBoilerplate(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        switch bytes.scalar(at: range.lowerBound).value {
        case 0x2022, 0x25CF, 0x25AA, 0x25A0, 0x25C6, 0xBB, 0x203A, 0x25B6: return true  // • ● ▪ ■ ◆ » › ▶
        default: return boilerplateWords.occurs(in: bytes, range)
        }
    }

    /// Whether a line starts the footer.
    static func startsFooter(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        !range.isEmpty && footerStarts.match(bytes, at: range.lowerBound, limit: range.upperBound) != nil
    }

    /// Whether a line may be a metadata line: short, with an ASCII or full-width colon.
    static func mayHoldMetadata(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard range.count <= 480 else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == 0x3A || bytes.matches("：", at: index) { return true }
            index += 1
        }
        return false
    }

    /// The key of a metadata line that holds only its key (`时间：`, `来源:`, `发表时间：`); its value is
    /// on the next line. Returns the line as a prefix to read with the value, or nil.
    static func keyOnly(_ bytes: Bytes, _ range: Range<Int>) -> String? {
        guard range.count <= 8 * 3, let metadata = metadata(bytes, range), metadata == DocumentMetadata() else {
            return nil
        }
        let line = bytes.string(range)
        return line.hasSuffix(":") || line.hasSuffix("：") ? line : nil
    }

    /// Reads a metadata line given as text (a key line joined with its value line).
    static func metadata(_ text: String) -> DocumentMetadata? {
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { metadata($0, 0..<$0.count) }
    }

    /// The metadata fields a line can fill.
    private enum Field {
        case source, author, date, link
    }

    /// Keys of metadata lines, each with the field it fills, in the order of `metadataKeyTable`.
    private static let metadataKeys: [(key: String, field: Field)] = [
        ("来源", .source), ("作者", .author), ("发布时间", .date), ("发布日期", .date), ("时间", .date),
        ("日期", .date), ("原文链接", .link), ("原文地址", .link),
    ]
    private static let metadataKeyTable = WordTable(metadataKeys.map(\.key))
    private static let fieldByKeyLength: [[UInt8]: Field] = Dictionary(
        metadataKeys.map { (Array($0.key.utf8), $0.field) }, uniquingKeysWith: { first, _ in first })

    /// Reads `来源:安徽省民政厅 作者:佚名时间:2022-01-22` into metadata, or returns nil when the line has
    /// no metadata key followed by a colon.
    static func metadata(_ bytes: Bytes, _ range: Range<Int>) -> DocumentMetadata? {
        guard range.count <= 480 else { return nil }
        // Each key followed by a colon: (key start, value start, field).
        var found: [(start: Int, valueStart: Int, field: Field)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = metadataKeyTable.match(bytes, at: index, limit: range.upperBound) {
                let colon = index + length
                let colonLength =
                    colon < range.upperBound && bytes[colon] == 0x3A ? 1 : bytes.matches("：", at: colon) ? 3 : 0
                if colonLength > 0, let field = fieldByKeyLength[Array(bytes[index..<colon])] {
                    found.append((index, colon + colonLength, field))
                    index = colon + colonLength
                    continue
                }
            }
            index += bytes.scalar(at: index).length
        }
        guard !found.isEmpty else { return nil }
        var metadata = DocumentMetadata()
        for (position, entry) in found.enumerated() {
            let end = position + 1 < found.count ? found[position + 1].start : range.upperBound
            let value = bytes.string(TextLines.trim(bytes, entry.valueStart..<end))
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
        Array(utf8).withUnsafeBufferPointer { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let (value, length) = bytes.scalar(at: index)
                if ScalarClass.isSpace(value) {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
