/// Reads administrative place names (`合肥市`, `呼伦贝尔市海拉尔区`, `内蒙古自治区`, `歙县`) from the start of
/// an office name, and shortens them the way people say them (`合肥`).
enum PlaceName {
    /// Suffixes that end a place name, longest first.
    static let suffixes: [[Unicode.Scalar]] = [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "州", "盟", "旗",
    ].map { Array($0.unicodeScalars) }
    /// Suffixes dropped in the short name when at least two characters remain (`合肥市` → `合肥`).
    static let droppedSuffixes = ["特别行政区", "自治区", "省", "市"]
    /// Characters that show a chunk is an office, not a place (`人民政府代区长`, `市委常委`). 长 and 常
    /// are not among them: 长治, 长沙, 长春 and 常州 are cities.
    static let officeCharacters: Set<Unicode.Scalar> = Set("政府委党局厅院部会副代办".unicodeScalars)

    /// The chain of place names at the start of `office` and the shortened name of the most specific
    /// one, or nil when `office` does not start with a place.
    static func parse(office: String) -> (place: String, city: String)? {
        var rest = ArraySlice(Array(office.unicodeScalars))
        var units: [ArraySlice<Unicode.Scalar>] = []
        while let length = leadingUnitLength(of: rest) {
            units.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        guard let last = units.last else { return nil }
        return (units.map(string).joined(), shortName(string(last)))
    }

    /// The shortened form: `合肥市` → `合肥`, `内蒙古自治区` → `内蒙古`, `宁夏回族自治区` → `宁夏`;
    /// `歙县`, `海拉尔区` stay.
    static func shortName(_ place: String) -> String {
        let scalars = Array(place.unicodeScalars)
        for suffix in droppedSuffixScalars
        where scalars.count - suffix.count >= 2 && scalars.suffix(suffix.count).elementsEqual(suffix) {
            let name = scalars.dropLast(suffix.count)
            if suffix == autonomousRegion,
                let people = ethnicNameScalars.first(where: {
                    name.count - $0.count >= 2 && name.suffix($0.count).elementsEqual($0)
                })
            {
                return string(name.dropLast(people.count))
            }
            return string(name)
        }
        return place
    }

    private static let droppedSuffixScalars = droppedSuffixes.map { Array($0.unicodeScalars) }
    private static let ethnicNameScalars = ethnicNames.map { Array($0.unicodeScalars) }
    private static let autonomousRegion = Array("自治区".unicodeScalars)

    /// The peoples named in the full names of autonomous regions, left out when people say them.
    static let ethnicNames = ["维吾尔", "回族", "壮族"]

    /// What is left of a candidate before its suffix when it is no name at all but a level word, a
    /// part of one, or a pronoun (`自治区`, `特别行政区`, `全省`, `本市`, `地区`).
    static let notNames: Set<String> = ["自治", "特别行政", "行政", "地", "全", "本", "该", "各", "我", "省", "市", "县", "区"]

    /// The first place name found anywhere in `text` (a title such as `合肥市2021年政府工作报告` or
    /// `2026年吉林省政府工作报告`). A name never starts with the unit of a date (`年`, `月`, `日` after a
    /// digit) or with `在`.
    static func firstPlace(in text: String) -> (place: String, city: String)? {
        var rest = ArraySlice(Array(text.unicodeScalars))
        var previous: Unicode.Scalar = " "
        while let first = rest.first {
            defer { previous = first }
            let isDatePart =
                "年月日号".unicodeScalars.contains(first)
                && (ScalarClass.digitValue(previous.value) != nil || ChineseNumerals.digit(previous.value) != nil
                    || previous == "十")
            if !isDatePart, first != "在", let length = leadingUnitLength(of: rest),
                length >= 3 || rest[rest.startIndex + length - 1] == "县"
            {
                let place = string(rest.prefix(length))
                return (place, shortName(place))
            }
            rest = rest.dropFirst()
        }
        return nil
    }

    /// The name of a body without a place of its own, from an office (`最高人民法院院长` → 最高人民法院,
    /// `国家统计局局长` → 国家统计局) or a title (`最高人民法院工作报告`), or nil.
    static func body(in text: String) -> String? {
        var name = Substring(text.trimmingSpaces())
        for ending in ["工作报告", "长"] where name.hasSuffix(ending) {
            name = name.dropLast(ending.count)
            break
        }
        while let first = name.unicodeScalars.first, !ScalarClass.isHan(first.value) || first == "年" {
            name = name.dropFirst()
        }
        guard name.count >= 3, name.count <= 20, bodyEndings.contains(where: { name.hasSuffix($0) }),
            !name.hasPrefix("政府"), !name.hasPrefix("人民政府"),
            name.unicodeScalars.allSatisfy({ ScalarClass.isHan($0.value) })
        else { return nil }
        return String(name)
    }

    /// How the names of courts, procuratorates, ministries and bureaus end.
    static let bodyEndings = ["法院", "检察院", "局", "厅", "署", "部", "委员会", "办公室"]

    /// The length of a place name of one to six Han characters plus a suffix at the start of `text`.
    private static func leadingUnitLength(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        var length = 1
        for scalar in text.prefix(9) {
            guard ScalarClass.isHan(scalar.value) else { return nil }
            if length > 1 {
                let candidate = text.prefix(length)
                for suffix in suffixes
                where candidate.count > suffix.count && candidate.suffix(suffix.count).elementsEqual(suffix) {
                    let name = candidate.dropLast(suffix.count)
                    guard !name.contains(where: { officeCharacters.contains($0) }), !notNames.contains(string(name))
                    else { continue }
                    // `常州市`, `杭州市`, `贵州省`: a 州 name that goes on with its own suffix is one name.
                    if suffix == ["州"], length < text.count,
                        "省市县区".unicodeScalars.contains(text[text.startIndex + length])
                    {
                        return length + 1
                    }
                    return length
                }
            }
            length += 1
        }
        return nil
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: scalars)
    }
}
