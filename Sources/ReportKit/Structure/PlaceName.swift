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

    /// The shortened form: `合肥市` → `合肥`, `内蒙古自治区` → `内蒙古`; `歙县`, `海拉尔区` stay.
    static func shortName(_ place: String) -> String {
        for suffix in droppedSuffixes where place.hasSuffix(suffix) && place.count - suffix.count >= 2 {
            return String(place.dropLast(suffix.count))
        }
        return place
    }

    /// The first place name found anywhere in `text` (a title such as `合肥市2021年政府工作报告`).
    static func firstPlace(in text: String) -> (place: String, city: String)? {
        var rest = ArraySlice(Array(text.unicodeScalars))
        while !rest.isEmpty {
            if let length = leadingUnitLength(of: rest), length >= 3 || rest[rest.startIndex + length - 1] == "县" {
                let place = string(rest.prefix(length))
                return (place, shortName(place))
            }
            rest = rest.dropFirst()
        }
        return nil
    }

    /// The length of a place name of one to six Han characters plus a suffix at the start of `text`.
    private static func leadingUnitLength(of text: ArraySlice<Unicode.Scalar>) -> Int? {
        var length = 1
        for scalar in text.prefix(9) {
            guard ScalarClass.isHan(scalar.value) else { return nil }
            if length > 1 {
                let candidate = text.prefix(length)
                for suffix in suffixes where candidate.count > suffix.count && candidate.suffix(suffix.count).elementsEqual(suffix) {
                    let name = candidate.dropLast(suffix.count)
                    guard !name.contains(where: { officeCharacters.contains($0) }) else { continue }
                    // `常州市`, `杭州市`: a 州 name that goes on with its own suffix is one name.
                    if length < text.count, "市县区".unicodeScalars.contains(text[text.startIndex + length]) {
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
        String(String.UnicodeScalarView(scalars))
    }
}
