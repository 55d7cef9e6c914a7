import Foundation
import TallyTestSupport
import Testing

/// The 10,000-document benchmark corpus (210 MB, 1,020,000 figures) in the interactive shell, in a
/// real terminal: every kind of query finishes (the counts and totals of `answers` exactly), a long
/// one stops at Ctrl-C, and the shell answers afterwards; loading it stays under 2.75 times the size
/// of its files in memory. Measured on the 2-core CI machine in a debug build: about 55 s to load
/// (490 MB at the peak), the slowest query (a regular expression over all 1,360,000 sentences) about
/// 10 s, the whole test about 2 minutes.
@Suite(.serialized, .slow, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LargeCorpusTests {
    static let prompt = "tally (10,000 documents, 2022)>"

    /// One query of each source and stage of the language, the expensive forms included.
    static let queries = [
        "measures", "reports", "sections", "sections 杭州", "sentences", "cities", "units",
        "find 养老 服务", "compare 杭州, 金华", "compare cities", "compare cities on kind == people",
        "compare cities by subject",
        "measures | where kind == money and value > 1亿 | sort value desc | take 10",
        "measures | where subject ~ \"养老\" | total by city",
        "measures | where kind == money | summarize count, sum(value), avg(value), min(value), max(value) by city",
        "measures | count by city", "measures | where kind == money | share by city",
        "measures | distinct subject", "measures | distinct city, unit",
        "measures | sort subject", "measures | sort city, value desc",
        "measures | select city, subject, value / 10000 as 万, unit",
        "sentences | where sentence ~ /养老.*服务/ | count",
        "measures | find 助餐 | select city, raw, subject",
        "measures | where subject ~ /养老|助餐/ and subject !~ \"机构\"",
        "measures | where city == 杭州 | chart", "measures | where kind == money | total by city | chart",
        "measures | where city in (杭州, 金华) and not approx == about | total by city, unit",
        "measures | where unit == \"元\" | total by city",
        "let big = measures | where value > 1万", "big | count by kind",
        "measures | take 5 | format csv",
    ]

    /// What some of the queries answer (with `.maxrows 6`): row counts and totals of the generated
    /// corpus, whose 1,020,000 figures the generator wrote itself.
    static let answers: [String: [String]] = [
        "measures": ["1,020,000 rows, 6 shown"],
        "reports": ["50,000 rows, 6 shown"],
        "sentences": ["1,360,000 rows, 6 shown"],
        "cities": ["130 rows, 6 shown"],
        "measures | count by city": ["│ 大庆   │  8201 │", "130 rows, 6 shown"],
        "let big = measures | where value > 1万": ["big: 349,687 rows"],
        "big | count by kind": ["│ money  │ 160000 │", "│ people │ 128728 │", "5 rows"],
        "sentences | where sentence ~ /养老.*服务/ | count": ["│ 90000 │", "1 row"],
        "measures | where kind == money and value > 1亿 | sort value desc | take 10": ["10 rows, 6 shown"],
        "measures | where unit == \"元\" | total by city": [
            "≥3,448.93亿元 │  1318 │", "≥2,954.34亿元 │  1187 │",
            "130 rows, 6 shown",
        ],
    ]

    @Test func everyAnswerIsForAQueryThatRuns() {
        #expect(Set(Self.answers.keys).isSubset(of: Self.queries))
    }

    @Test func everyQueryFinishesOrStopsAtControlCAndTheShellStaysUsable() throws {
        try withTemporaryFolder { folder in
            let generated = try TallyProcess.run(
                executable: TallyProcess.builtExecutable("tally-bench"),
                ["--documents", "10000", "--generate", folder.path])
            #expect(generated.status == 0, "\(generated.error)")
            #expect(generated.output == "wrote 10,000 documents (210.1 MB, 1,020,000 figures) to \(folder.path)\n")

            try withTemporaryFolder { home in
                let shell = try TmuxSession(
                    command: "'\(TallyProcess.executable.path)' --no-rc --data '\(folder.path)'", width: 120,
                    height: 50,
                    environment: ["TALLY_HISTORY": home.appendingPathComponent("history").path, "NO_COLOR": "1"])
                try shell.waitFor(Self.prompt, timeout: .seconds(900))
                // Memory stays bounded while loading: files are parsed a batch at a time into the corpus.
                // Before, every parsed document was held until the corpus was built: 750 MB at the peak.
                let fileBytes = try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(0) {
                    sum, name in
                    sum
                        + ((try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[
                            .size] as? Int) ?? 0)
                }
                let peak = try shell.commandPeakMemory
                #expect(peak < fileBytes * 11 / 4, "peak \(peak) bytes loading \(fileBytes) bytes of files")
                try run(".maxrows 6", in: shell)

                for query in Self.queries {
                    let screen = try run(query, in: shell, timeout: .seconds(300))
                    #expect(!screen.contains("error:"), "\(query)\n\(screen)")
                    for answer in Self.answers[query] ?? [] {
                        #expect(screen.contains(answer), "\(query) should show \(answer)\n\(screen)")
                    }
                }

                // Stopped while computing (a regular expression over every one of 1,360,000 sentences, about
                // 10 s; a sort of every figure by text now finishes within the 2 s before Ctrl-C), and while
                // printing (every sentence, 700 MB of table, to the terminal).
                for (setting, query) in [
                    (nil, "sentences | where sentence ~ /(养老|助餐).*(服务|工程)/ | count"), (".maxrows 0", "sentences"),
                ] {
                    if let setting { try run(setting, in: shell) }
                    try clear(shell)
                    try shell.send(text: query)
                    try shell.press("Enter")
                    Thread.sleep(forTimeInterval: 2)
                    try shell.press("C-c")
                    let screen = try shell.waitUntil("interrupted, then the prompt", timeout: .seconds(60)) {
                        $0.contains("interrupted") && Self.endsWithPrompt($0)
                    }
                    #expect(screen.contains("tally: interrupted"), "\(query)\n\(screen)")
                }

                let screen = try run("cities | count", in: shell)
                #expect(screen.contains("│   130 │\n└───────┘\n1 row"), "\(screen)")
                try shell.send(text: ".quit")
                try shell.press("Enter")
                #expect(try shell.waitForExit(timeout: .seconds(30)) == 0)
            }
        }
    }

    /// Clears the screen (Ctrl-L), types `command` and Enter, and waits for the next prompt; returns
    /// the screen then.
    @discardableResult
    private func run(_ command: String, in shell: TmuxSession, timeout: Duration = .seconds(30)) throws -> String {
        try clear(shell)
        try shell.send(text: command)
        try shell.press("Enter")
        return try shell.waitUntil("the prompt after \(command)", timeout: timeout, Self.endsWithPrompt)
    }

    /// Clears the screen so that it shows only the prompt.
    private func clear(_ shell: TmuxSession) throws {
        try shell.press("C-l")
        try shell.waitUntil("a clear screen") { $0 == Self.prompt }
    }

    /// Whether the screen's last line is an empty prompt, after at least one other line.
    private static func endsWithPrompt(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 && lines.last.map(String.init) == prompt
    }
}
