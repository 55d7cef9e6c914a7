import FuzzSupport
import TallyQuery

/// One input: arbitrary text as a script of query statements (`let` names carry from one to the
/// next), run against the seed report with a time budget, every result and error rendered.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    var session = SeedReports.session
    Statements.run(String(decoding: FuzzDriver.bytes(data, count), as: UTF8.self), in: &session, file: "fuzz.tally")
    return 0
}

FuzzDriver.run(testOneInput)
