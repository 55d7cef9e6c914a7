import ReportKit

/// Parses a snippet of report text (a document without speaker lines, after one plain sentence so
/// that the snippet is never taken for the title) and returns its measures.
func measures(in text: String) throws -> [Measure] {
    let parsed = try ReportParser.parse(name: "测试市.txt", bytes: Array(("报告正文。\n" + text).utf8)).get()
    let corpus = Corpus([parsed])
    return (0..<corpus.measures.count).map(corpus.measure)
}

/// A compact form of a measure for comparisons: `4680万元=46800000元`, `30余次=30次(more)`,
/// `5%—5.5%=5..5.5%`, `5.6亿=560000000元(implied)`.
func summary(_ measure: Measure) -> String {
    let quantity = measure.quantity
    var text = "\(measure.raw)=\(plain(quantity.value))"
    if let high = quantity.high { text += "..\(plain(high))" }
    text += quantity.unit
    if quantity.approximation != .exact { text += "(\(quantity.approximation.name))" }
    if measure.details.impliedUnit { text += "(implied)" }
    return text
}

private func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
