import FuzzSupport
import ReportKit
import TallyQuery
import TallyShell

/// One input: arbitrary text as a script file run by the shell's script runner — meta commands,
/// multi-line statements, `let` names — on the seed report. Safe mode is on with no path named, so
/// no input can write a file or read one (`.output`, `.read`, `.load` are refused); everything the
/// shell prints is dropped.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    var settings = ShellSettings()
    settings.keepGoing = true
    settings.width = 80
    let shell = Shell(
        corpus: SeedReports.session.corpus, settings: settings,
        console: Console(writeOutput: { _ in }, writeError: { _ in }))
    shell.setUpSafeMode(namedPaths: [], on: true)
    let text = String(decoding: FuzzDriver.bytes(data, count), as: UTF8.self)
    _ = shell.runScript(ScriptFile(text: text, name: "fuzz.tally"))
    shell.finish()
    return 0
}

FuzzDriver.run(testOneInput)
