/// What a report's header says about it — speaker, title, meeting line and page metadata — and the
/// place, date and year read from that evidence.
///
/// The place is read, in this order, from the speaker's office (`北京市市长`), the report's title
/// (`2026年吉林省政府工作报告`), the page title, the meeting line (`在吉林省第十四届人民代表大会…`) and
/// the source (`来源：合肥市民政局`); a body without a place keeps its own name (`最高人民法院`). When
/// nothing names a place, the place is empty: it is never guessed.
struct ReportHeader {
    var speaker: SpeakerLine?
    var title: String
    var documentTitle: String?
    var meeting: MeetingLine?
    var metadata: DocumentMetadata

    /// The place (full name) and the name people use for it, or nil.
    var place: (place: String, city: String)? {
        if let role = speaker?.role, let place = PlaceName.parse(office: role) { return place }
        for text in [title, documentTitle ?? ""] {
            if let place = PlaceName.firstPlace(in: text) { return place }
        }
        if let place = meeting?.place { return place }
        if let source = metadata.source, let place = PlaceName.firstPlace(in: source) { return place }
        for text in [speaker?.role ?? "", title, documentTitle ?? ""] {
            if let body = PlaceName.body(in: text) { return (body, body) }
        }
        return nil
    }

    /// The day the report was delivered (the meeting line), else the day it was published.
    var date: String? { meeting?.date ?? metadata.date.flatMap(ReportDate.iso(in:)) }

    /// The report's year: from the title (`2026年…政府工作报告`), the meeting line or the date.
    var year: Int? {
        ReportDate.year(in: title) ?? ReportDate.year(in: documentTitle ?? "") ?? meeting?.year
            ?? date.flatMap { Int($0.prefix(4)) }
    }

    /// The report starting at 1-based `line`.
    func report(line: Int) -> ParsedReport {
        let place = place
        return ParsedReport(
            place: place?.place ?? "", city: place?.city ?? "", role: speaker?.role ?? "",
            speaker: speaker?.name ?? "", title: title, date: date, year: year, line: line)
    }
}
