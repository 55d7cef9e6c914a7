/// A speaker line such as `合肥市人民政府副市长 刘卫宝` or `蚌埠市委常委、统战部部长 张晓静`: an office
/// ending in a title, white space, and a personal name.
struct SpeakerLine: Sendable, Equatable {
    /// The office and title (`合肥市人民政府副市长`).
    var role: String
    /// The personal name (`刘卫宝`).
    var name: String

    /// Titles an office line ends with.
    static let titles = [
        "市长", "省长", "区长", "县长", "州长", "旗长", "盟长", "主席", "书记", "部长", "厅长", "局长", "主任", "院长",
        "委员", "常委", "秘书长", "会长", "理事长", "总经理", "署长", "司长", "处长", "科长", "镇长", "乡长", "巡视员",
        "调研员", "检察长", "庭长", "董事长", "负责人", "代表", "专员", "馆长", "校长", "社长", "主委",
    ]

    /// Recognises a speaker line, or returns nil.
    init?(_ line: String) {
        let scalars = line.unicodeScalars
        guard scalars.count <= 48, !line.contains(where: { "。，,；;！？".contains($0) }) else { return nil }
        guard let split = line.lastIndex(where: Self.isSeparator) else { return nil }
        let name = String(line[line.index(after: split)...])
        let office = String(line[..<split]).filter { !Self.isSeparator($0) }
        guard (2...4).contains(name.count) || (name.contains("·") && name.count <= 12),
            name.allSatisfy({ $0 == "·" || Self.isHan($0) }),
            office.count >= 3,
            office.allSatisfy({ "、（）()".contains($0) || Self.isHan($0) }),
            Self.titles.contains(where: { office.hasSuffix($0) })
        else { return nil }
        self.role = office
        self.name = name
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == "：" || character == ":"
            || character.unicodeScalars.allSatisfy { ScalarClass.isSpace($0.value) }
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { ScalarClass.isHan($0.value) }
    }
}
