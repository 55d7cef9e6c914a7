/// The title line of a report as it should read.
enum ReportTitle {
    /// The title with runs of white space as one space, and a title spaced out character by
    /// character (`政 府 工 作 报 告`) closed up (`政府工作报告`).
    static func normalized(_ line: String) -> String {
        let collapsed = line.collapsingSpaces()
        let words = collapsed.split(separator: " ")
        guard words.count >= 3, words.allSatisfy({ $0.count == 1 }) else { return collapsed }
        return words.joined()
    }
}
