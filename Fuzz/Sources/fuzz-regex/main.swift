import FuzzSupport
import TallyQuery

/// The longest one match may take. The matcher's work is bounded by the program's size times the
/// text's, so any input over this is a bug in the bound, and the target stops (libFuzzer keeps it).
let matchBudget: Duration = .seconds(1)

/// One input: the pattern up to the first line feed, the text after it. The pattern is compiled
/// (its mistakes are fine); a compiled pattern is matched against the text, the text repeated to
/// 4 KB and the pattern itself, each within the time budget.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = FuzzDriver.bytes(data, count)
    let cut = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
    let source = String(decoding: bytes[..<cut], as: UTF8.self)
    let text = cut < bytes.endIndex ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : ""
    let pattern: RegexPattern
    do {
        pattern = try RegexPattern(source)
    } catch {
        _ = (error.message, error.hint, error.range)
        return 0
    }
    let long = text.isEmpty ? "" : String(repeating: text, count: max(1, 4_096 / text.utf8.count))
    let matches = pattern.makeMatcher()
    for subject in [text, long, source] {
        let clock = ContinuousClock()
        let took = clock.measure { _ = matches(subject) }
        if took > matchBudget {
            fatalError("/\(source)/ took \(took) over \(subject.utf8.count) bytes, over the budget of \(matchBudget)")
        }
    }
    return 0
}

FuzzDriver.run(testOneInput)
