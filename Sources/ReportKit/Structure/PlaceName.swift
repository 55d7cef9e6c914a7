/// Reads administrative place names (`合肥市`, `呼伦贝尔市海拉尔区`, `内蒙古自治区`, `歙县`) from the start of
/// an office name, and shortens them the way people say them (`合肥`).
enum PlaceName {
    /// Suffixes that end a place name, longest first.
    static let suffixes = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "州", "盟", "旗"]
    /// Suffixes dropped in the short name when at least two characters remain (`合肥市` → `合肥`).
    static let droppedSuffixes = ["特别行政区", "自治区", "省", "市"]
    /// Characters that show a chunk is an office, not a place (`人民政府代区长`).
    static let officeCharacters: Set<Character> = ["政", "府", "委", "党", "局", "厅", "院", "部", "会", "长", "副", "代", "办", "常", "人"]

    /// The chain of place names at the start of `office` and the shortened name of the most specific
    /// one, or nil when `office` does not start with a place.
    static func parse(office: String) -> (place: String, city: String)? {
        var rest = Substring(office)
        var units: [Substring] = []
        while let unit = leadingUnit(of: rest) {
            units.append(unit)
            rest = rest.dropFirst(unit.count)
        }
        guard let last = units.last else { return nil }
        return (units.joined(), shortName(String(last)))
    }

    /// The shortened form: `合肥市` → `合肥`, `内蒙古自治区` → `内蒙古`; `歙县`, `海拉尔区` stay.
    static func shortName(_ place: String) -> String {
        for suffix in droppedSuffixes where place.hasSuffix(suffix) && place.count - suffix.count >= 2 {
            return String(place.dropLast(suffix.count))
        }
        return place
    }

    /// The first place name found anywhere in `text` (a title such as `合肥市2021年政府工作报告`).
    static func firstPlace(in text: String) -> (place: String, city: String)? {
        var rest = Substring(text)
        while !rest.isEmpty {
            if let unit = leadingUnit(of: rest), unit.count >= 3 || unit.hasSuffix("县") {
                return (String(unit), shortName(String(unit)))
            }
            rest = rest.dropFirst()
        }
        return nil
    }

    /// A place name of one to six Han characters plus a suffix at the start of `text`.
    private static func leadingUnit(of text: Substring) -> Substring? {
        var length = 1
        for character in text.prefix(9) {
            guard character.unicodeScalars.allSatisfy({ ScalarClass.isHan($0.value) }) else { return nil }
            if length > 1 {
                let candidate = text.prefix(length)
                for suffix in suffixes where candidate.hasSuffix(suffix) {
                    let name = candidate.dropLast(suffix.count)
                    if !name.isEmpty && !name.contains(where: { officeCharacters.contains($0) }) {
                        return candidate
                    }
                }
            }
            length += 1
        }
        return nil
    }
}
