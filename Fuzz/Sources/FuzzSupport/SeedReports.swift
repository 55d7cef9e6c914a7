import ReportKit
import TallyQuery

/// The seed report (the repository's `seeds/` folder, embedded through a symbolic link as the main
/// package's TallySeeds target does; that target is not a library product), parsed once.
public enum SeedReports {
    /// A query session over the seed report; each input runs on its own copy.
    public static let session = Session(corpus: Corpus([parsed]))

    private static var parsed: ParsedDocument {
        let name = "anhui-minzheng-2022-01-22.txt"
        switch ReportParser.parse(name: name, bytes: PackageResources.anhui_minzheng_2022_01_22_txt) {
        case .success(let document): return document
        case .failure(let diagnostic): fatalError("the seed report no longer parses: \(diagnostic.rendered())")
        }
    }
}
