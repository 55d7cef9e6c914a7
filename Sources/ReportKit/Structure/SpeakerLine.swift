/// A speaker line such as `合肥市人民政府副市长 刘卫宝` or `蚌埠市委常委、统战部部长 张晓静`: an office
/// ending in a title, white space, and a personal name.
struct SpeakerLine: Sendable, Equatable {
    /// The office and title (`合肥市人民政府副市长`).
    var role: String
    /// The personal name (`刘卫宝`).
    var name: String

    /// Titles an office line ends with.
    static let titles: [[Unicode.Scalar]] = [
        "市长", "省长", "区长", "县长", "州长", "旗长", "盟长", "主席", "书记", "部长", "厅长", "局长", "主任", "院长",
        "委员", "常委", "秘书长", "会长", "理事长", "总经理", "署长", "司长", "处长", "科长", "镇长", "乡长", "巡视员",
        "调研员", "检察长", "庭长", "董事长", "负责人", "代表", "专员", "馆长", "校长", "社长", "主委", "教务长", "行长", "团长",
    ].map { Array($0.unicodeScalars) }

    /// Whether a line may be a speaker line, from its bytes alone: at most 48 scalars, a space or
    /// colon before the name, and no sentence punctuation. Only such lines are read as text.
    static func mayBe(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard range.count <= 48 * 3 else { return false }
        var separator = false
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = bytes.scalar(at: index)
            switch value {
            case 0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF01, 0xFF1F: return false  // 。，,；;！？
            case 0x3A, 0xFF1A: separator = true
            default: if ScalarClass.isSpace(value) { separator = true }
            }
            index += length
        }
        return separator
    }

    /// Recognises a speaker line, or returns nil. A name printed with a space inside (`王　勇`, `杜 联合`)
    /// is one name: a single character before the name is never an office, which ends in a title.
    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 48, var split = scalars.lastIndex(where: Self.isSeparator) else { return nil }
        var name = Array(scalars[(split + 1)...])
        if name.count <= 2, let previous = scalars[..<split].lastIndex(where: { !Self.isSeparator($0) }),
            let before = scalars[..<previous].lastIndex(where: Self.isSeparator), previous - before == 1,
            ScalarClass.isHan(scalars[previous].value)
        {
            name.insert(scalars[previous], at: 0)
            split = before
        }
        let office = scalars[..<split].filter { !Self.isSeparator($0) }
        guard Self.isName(name[...]), Self.isOffice(office[...]) else { return nil }
        self.role = String(scalars: office)
        self.name = String(scalars: name)
    }

    /// A speaker from its parts, when both pass the checks of a speaker line.
    init?(role: String, name: String) {
        let office = Array(role.unicodeScalars)
        let scalars = Array(name.unicodeScalars)
        guard Self.isName(scalars[...]), Self.isOffice(office[...]) else { return nil }
        self.role = role
        self.name = name
    }

    /// A personal name: two to four Han characters, or a transcribed name with `·`.
    static func isName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        ((2...4).contains(name.count) || (name.contains("·") && name.count <= 12))
            && name.allSatisfy { $0 == "·" || ScalarClass.isHan($0.value) }
    }

    /// An office: Han characters (and `、（）`) ending in a title; the title alone (`省长`) is one.
    static func isOffice(_ office: ArraySlice<Unicode.Scalar>) -> Bool {
        office.count >= 2
            && office.allSatisfy({ isOfficeMark($0) || ScalarClass.isHan($0.value) })
            && titles.contains(where: { office.count >= $0.count && office.suffix($0.count).elementsEqual($0) })
    }

    /// `、（）()`, which an office may hold (`市委常委、副市长`).
    private static func isOfficeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001, 0xFF08, 0xFF09, 0x28, 0x29: true
        default: false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":" || ScalarClass.isSpace(scalar.value)
    }
}
