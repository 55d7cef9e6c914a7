import FuzzSupport
import ReportKit
import TallyQuery

/// One input: arbitrary bytes read as a report file, as text and (when they hold a `<`) as HTML;
/// a document that parses joins a corpus whose reports, sections, sentences and measures are all
/// queried and rendered.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let bytes = FuzzDriver.bytes(data, count)
    var names = ["fuzz.txt"]
    if bytes.contains(UInt8(ascii: "<")) { names.append("fuzz.html") }
    for name in names {
        switch ReportParser.parse(name: name, bytes: bytes) {
        case .success(let document):
            var session = Session(corpus: Corpus([document]))
            for index in 0..<session.corpus.measures.count { _ = session.corpus.measure(index) }
            Statements.run("reports\nsections\nsentences\nmeasures\nmeasures | total by city", in: &session, file: name)
        case .failure(let diagnostic):
            TerminalCheck.require(diagnostic.rendered())
        }
    }
    return 0
}

FuzzDriver.run(testOneInput)
