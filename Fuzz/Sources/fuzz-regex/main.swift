import FuzzSupport
import Glibc
import TallyQuery

/// The longest one match may take, in this thread's CPU time (so that other work on the machine
/// cannot make an input look slow). The matcher's work is bounded by the program's size times the
/// text's, so any input over this is a bug in the bound, and the target stops (libFuzzer keeps it).
let matchBudget = 1.0

/// The CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

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
        let start = threadCPUSeconds()
        _ = matches(subject)
        let took = threadCPUSeconds() - start
        if took > matchBudget {
            fatalError(
                "/\(source)/ took \(took) s of CPU over \(subject.utf8.count) bytes, over the budget of \(matchBudget) s")
        }
    }
    return 0
}

FuzzDriver.run(testOneInput)
