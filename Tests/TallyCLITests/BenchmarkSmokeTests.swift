import Foundation
import TallyTestSupport
import Testing

/// `tally-bench` through the real binary on a tiny corpus, so the benchmark cannot rot. Its
/// timings are reported, never asserted.
@Suite struct BenchmarkSmokeTests {
    static let bench = TallyProcess.builtExecutable("tally-bench")
    static let tinyRun = ["--documents", "5", "--runs", "1", "--query-runs", "20", "--startup-runs", "2"]

    @Test func aTinyRunReportsEveryMeasurementAsJSON() throws {
        // Run in the repository, so the answer keys of Tests/Fixtures are scored beside the speed.
        let result = try TallyProcess.run(
            executable: Self.bench, Self.tinyRun + ["--json"], directory: TallyProcess.repository)
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["benchmark", "machine", "seed", "startup", "runs", "growth", "answer_keys"])
        let keys = try #require(json["answer_keys"] as? [[String: Any]], "\(json["answer_keys"] ?? "")")
        #expect(keys.count == 6)
        for key in keys {
            #expect((key["recall"] as? Double ?? 0) > 0.9, "\(key)")
            #expect(key["reports"] as? Int == key["reports_right"] as? Int, "\(key)")
        }
        let machine = try #require(json["machine"] as? [String: Any])
        #expect(Set(machine.keys) == ["cpu", "cores", "memory_bytes", "system", "build"])
        let startup = try #require(json["startup"] as? [String: Any])
        #expect(startup["command"] as? String == "tally -c cities", "\(startup)")
        #expect(startup["first_output_ms"] is [String: Any])
        // sqlite3 is timed in the same run (the test machine has it: .ci/deps installs it).
        let sqlite = try #require(startup["sqlite3"] as? [String: Any], "\(startup)")
        #expect(sqlite["command"] as? String == "sqlite3 :memory: \"select 1\"")
        #expect(startup["first_output_ratio_to_sqlite3"] is Double)

        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(run["documents"] as? Int == 5)
        #expect(run["truth_figures"] as? Int == 510)
        for key in ["parse_single_core", "parse_all_cores", "load", "memory", "accuracy"] {
            #expect(run[key] is [String: Any], "\(key)")
        }
        let endToEnd = try #require(run["end_to_end"] as? [String: Any])
        #expect(
            endToEnd["command"] as? String
                == #"tally --data FOLDER --format csv -c 'measures | where unit == "元" | total by city'"#)
        #expect(endToEnd["seconds"] is [String: Any])
        #expect(endToEnd["cities"] as? Int ?? 0 > 0)
        // The Python extractor runs when python3 is on PATH, and says why not when it is not.
        let python = try #require(endToEnd["python"] as? [String: Any])
        if python["error"] == nil {
            #expect((python["share_of_tally_total"] as? Double ?? 0) > 0.5, "\(python)")
            #expect(endToEnd["python_to_tally"] is Double)
        } else {
            #expect(python["error"] as? String == "not measured: no python3 on PATH")
        }
        let parse = try #require(run["parse_single_core"] as? [String: Any])
        #expect(parse["mb_per_s"] is Double)
        let memory = try #require(run["memory"] as? [String: Any])
        #expect(memory["bytes_per_measure"] is Double)

        let accuracy = try #require(run["accuracy"] as? [String: Any])
        let recall = try #require(accuracy["recall"] as? Double)
        let precision = try #require(accuracy["precision"] as? Double)
        #expect((0...1).contains(recall) && (0...1).contains(precision))
        #expect(accuracy["truth"] as? Int == 510)
        #expect(accuracy["missed_examples"] is [Any] && accuracy["spurious_examples"] is [Any])

        let queries = try #require(run["queries"] as? [[String: Any]])
        #expect(
            queries.map { $0["name"] as? String } == [
                "total money by city", "top 10 人次", "count per unit", "subject contains 养老", "compare cities by kind",
                "find 助餐",
            ])
        let export = try #require(run["export"] as? [String: Any])
        #expect(export["statement"] as? String == "measures | format csv")
        #expect(export["rows"] as? Int == accuracy["extracted"] as? Int)
        #expect(export["bytes"] as? Int ?? 0 > 0)
        #expect(export["peak_rss_growth_bytes"] is Int)
        let years = try #require(run["years_corpus"] as? [String: Any])
        #expect(years["districts"] as? Int ?? 0 >= 1)
        let yearQueries = try #require(run["year_queries"] as? [[String: Any]])
        #expect(
            yearQueries.map { $0["name"] as? String } == [
                "trend of 地区生产总值", "compare years by kind", "targets by status",
            ])
        // The shelf across years has real targets, so the targets query has rows to count.
        #expect((yearQueries.last?["rows"] as? Int ?? 0) > 0)
        let timings = try #require(queries.first?["ms"] as? [String: Any])
        #expect(timings["runs"] as? Int == 20)
        #expect(timings["median"] is Double)
    }

    @Test func theTablesAndTheMarkdownPageNameTheMachineAndEveryMeasurement() throws {
        try withTemporaryFolder { folder in
            let page = folder.appendingPathComponent("PERFORMANCE.md")
            let result = try TallyProcess.run(
                executable: Self.bench, Self.tinyRun + ["--markdown", page.path], environment: ["COLUMNS": "200"])
            #expect(result.status == 0, "\(result.error)")
            let markdown = try String(contentsOf: page, encoding: .utf8)
            for heading in [
                "Machine", "Start-up: tally -c cities on the bundled seeds",
                "Parse, load, memory and accuracy", "Accuracy on the hand-checked answer keys of real reports",
                "End to end on 5 documents", "Queries on 5 documents",
            ] {
                #expect(result.output.contains(heading), "\(heading)")
                #expect(markdown.contains("**\(heading)"), "\(heading)")
            }
            #expect(result.output.contains("│ figures written (truth)                  │ 510"))
            #expect(markdown.hasPrefix("# Performance\n\nWritten by `tally-bench --documents 5"))
            #expect(markdown.contains("| figures written (truth) | 510 |"))
            #expect(!result.output.contains("Growth from"))
        }
    }

    @Test func anUnknownOptionIsAnErrorWithTheUsage() throws {
        let result = try TallyProcess.run(executable: Self.bench, ["--documnets", "5"])
        #expect(result.status == 2)
        #expect(
            result.error.hasPrefix(
                "tally-bench: error: unknown option '--documnets'\nusage: tally-bench [--documents N]..."))
        #expect(result.output.isEmpty)
    }
}
