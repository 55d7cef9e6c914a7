// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tally",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
        .library(name: "TallyQuery", targets: ["TallyQuery"]),
        .library(name: "TallyShell", targets: ["TallyShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Every text tally shows, in one catalogue per language (English, Chinese), and the choice of language.
        .target(name: "TallyText"),
        // Turns report files into documents, reports, sections, sentences and measures.
        .target(name: "ReportKit", dependencies: ["TallyText"]),
        // Hand-checked answer keys of real reports and the scorer that reads tally against them.
        .target(name: "TallyKeys", dependencies: ["ReportKit"]),
        // The reports tally ships, compiled into the binary from the top-level seeds/ folder.
        .target(name: "TallySeeds", resources: [.embedInCode("seeds")]),
        // The build step that parses the bundled seeds and writes their corpus, archived, as Swift.
        .executableTarget(name: "tally-seed-archiver", dependencies: ["ReportKit", "TallySeeds"]),
        // Runs tally-seed-archiver for the target it is applied to, whenever the parser or seeds change.
        .plugin(name: "SeedArchive", capability: .buildTool(), dependencies: ["tally-seed-archiver"]),
        // The bundled seeds as a corpus archived at build time, so start-up does not parse them.
        .target(name: "TallySeedCorpus", dependencies: ["ReportKit"], plugins: ["SeedArchive"]),
        // The query language: lexer, parser, evaluator, result tables and renderers.
        .target(name: "TallyQuery", dependencies: ["ReportKit", "TallyText"]),
        // Debian's libedit (native el_wgets/history_w API) behind a C shim.
        // Linked by TallyShell: statically on Linux (see `staticOnLinux`), so start-up maps no library for it.
        .systemLibrary(name: "CEditLine", providers: [.apt(["libedit-dev"])]),
        // The system's SQLite (libsqlite3) behind a module map.
        // Linked by TallyExport: statically on Linux (see `staticOnLinux`).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CMalloc"),
        // Files for other programs: a result table as an Excel workbook, the corpus as a SQLite database.
        .target(
            name: "TallyExport",
            dependencies: [
                "ReportKit", "TallyQuery", "TallyText", "CSQLite", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            linkerSettings: staticOnLinux(["sqlite3"])),
        // The interactive shell, script runner and step-through mode.
        .target(
            name: "TallyShell", dependencies: ["ReportKit", "TallyQuery", "TallyExport", "TallyText", "CEditLine"],
            linkerSettings: staticOnLinux(["edit"], then: ["tinfo", "bsd", "md"])),
        // The command-line interface.
        .executableTarget(
            name: "tally",
            dependencies: [
                "ReportKit", "TallyQuery", "TallyShell", "TallyExport", "TallySeeds", "TallySeedCorpus", "TallyText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The benchmark: a synthetic corpus at scale, parse/load/query speed, memory and extraction accuracy.
        .executableTarget(
            name: "tally-bench", dependencies: ["ReportKit", "TallyQuery", "TallySeeds", "TallyKeys", "CMalloc"]),
        // What the test targets share: the seed session, a captured console, temporary folders that
        // always clean up, `finishing(within:)` and the `.slow` trait.
        .target(name: "TallyTestSupport", dependencies: ["ReportKit", "TallyQuery", "TallyShell", "TallySeeds"]),
        .testTarget(name: "TallyTextTests", dependencies: ["TallyText"]),
        .testTarget(name: "ReportKitTests", dependencies: ["ReportKit", "TallySeeds", "TallyKeys", "TallyTestSupport"]),
        .testTarget(
            name: "TallyQueryTests", dependencies: ["TallyQuery", "ReportKit", "TallySeeds", "TallyText", "TallyTestSupport"]),
        .testTarget(
            name: "TallyShellTests", dependencies: ["TallyShell", "TallyQuery", "ReportKit", "TallyText", "TallyTestSupport"]),
        .testTarget(name: "TallySeedCorpusTests", dependencies: ["TallySeedCorpus", "ReportKit", "TallySeeds"]),
        .testTarget(name: "TallyExportTests", dependencies: ["TallyExport", "TallyQuery", "ReportKit", "TallyTestSupport"]),
        .testTarget(name: "TallyCLITests", dependencies: ["tally", "tally-bench", "TallyTestSupport"]),
    ]
)

/// Links `libraries` (and the libraries they need, `then`) from their static archives on Linux, so that
/// the dynamic loader has fewer libraries to map and bind at every start (Debian's -dev packages
/// ship the archives); elsewhere from the system's shared libraries.
func staticOnLinux(_ libraries: [String], then needed: [String] = []) -> [LinkerSetting] {
    (libraries + needed).map { .linkedLibrary(":lib\($0).a", .when(platforms: [.linux])) }
        + libraries.map { .linkedLibrary($0, .when(platforms: [.macOS])) }
}
