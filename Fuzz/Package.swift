// swift-tools-version: 6.1
import PackageDescription

// The fuzz targets live in a package of their own so that the main package's `swift build` and
// `swift test` never see them. Build and run them with `Fuzz/run` (it passes -sanitize=fuzzer,address).

// SwiftPM names a path dependency after its folder, so the main package's identity is the name of
// the folder the repository is checked out into ("tally", "main", …), read from the path here.
let tally = Context.packageDirectory.split(separator: "/").dropLast().last.map { $0.lowercased() } ?? "tally"

let package = Package(
    name: "tally-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // libFuzzer's LLVMFuzzerRunDriver, declared for Swift; the library comes with -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        // The driver, the seed report and the statement runner the targets share.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "ReportKit", package: tally), .product(name: "TallyQuery", package: tally),
            ],
            resources: [.embedInCode("seeds")]),
        // Arbitrary bytes as a report file: decoding, HTML, structure, measures, the corpus.
        .executableTarget(
            name: "fuzz-report",
            dependencies: [
                "FuzzSupport",
                .product(name: "ReportKit", package: tally), .product(name: "TallyQuery", package: tally),
            ]),
        // Arbitrary text as query statements on the seed report: lexer, parser, evaluator, renderers.
        .executableTarget(
            name: "fuzz-query",
            dependencies: ["FuzzSupport", .product(name: "TallyQuery", package: tally)]),
        // Arbitrary bytes as a regular expression (up to the first line feed) and a text: compiled,
        // then matched within a time budget per input, so the linear-time bound is checked.
        .executableTarget(
            name: "fuzz-regex",
            dependencies: ["FuzzSupport", .product(name: "TallyQuery", package: tally)]),
        // Arbitrary text as a script file run by the shell (safe mode on): meta commands and statements.
        .executableTarget(
            name: "fuzz-script",
            dependencies: [
                "FuzzSupport",
                .product(name: "ReportKit", package: tally), .product(name: "TallyQuery", package: tally),
                .product(name: "TallyShell", package: tally),
            ]),
    ]
)
