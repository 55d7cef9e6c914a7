import Foundation
import TallyTestSupport
import Testing

/// Script mode through the real binary: files, `-c`, pipes, exit codes, errors and output files.
@Suite struct ScriptModeTests {
    /// The folder of this test's files, removed with the suite instance.
    private let scratch: TemporaryFolder

    init() throws {
        scratch = try TemporaryFolder()
    }

    /// Writes each text to its name in a new folder inside `scratch` and returns the folder.
    private func folder(with files: [String: String]) throws -> URL {
        let folder = scratch.url.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func aCommandSucceedsWithExitZero() throws {
        let result = try TallyProcess.run(["-c", "cities | select city | take 2"])
        #expect(result.status == 0)
        #expect(result.error == "")
        #expect(
            result.output == """
                ┌──────┐
                │ city │
                ├──────┤
                │ 合肥 │
                │ 蚌埠 │
                └──────┘
                2 rows

                """)
    }

    @Test func repeatedCommandsShareASessionAndFormatApplies() throws {
        let result = try TallyProcess.run(
            ["--format", "csv", "-c", "let small = cities | take 1", "-c", "small | select city, speaker"])
        #expect(result.status == 0)
        #expect(result.output == "small: 1 row\ncity,speaker\n合肥,刘卫宝\n")
    }

    @Test func anErrorExitsOneWithFileLineColumnAndACaretAfterChinese() throws {
        let script =
            "#!/usr/bin/env tally\n# 合肥 first\ncities | take 1\nmeasures | where 城市 == 合肥 and knd == money\ncities\n"
        let folder = try folder(with: ["bad.tally": script])
        let result = try TallyProcess.run(["bad.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(
            result.error == """
                bad.tally:4:31: error: unknown field 'knd'
                measures | where 城市 == 合肥 and knd == money
                \(String(repeating: " ", count: 34))^~~
                hint: did you mean 'kind'?

                """)
        #expect(result.output.components(separatedBy: "row").count == 2, "the command after the error must not run")
    }

    @Test func keepGoingRunsOnAndStillExitsOne() throws {
        let folder = try folder(with: ["k.tally": "bogus\ncities | select city | take 1 | format csv\n"])
        let result = try TallyProcess.run(["--keep-going", "k.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("k.tally:1:1: error:"))
        #expect(result.output == "city\n合肥\n")
    }

    @Test func badUsageExitsTwo() throws {
        for arguments in [
            ["--bogus"], ["--format", "xml", "-c", "cities"], ["--from", "2"], ["--transcript", "t.md"],
            ["--step", "a.tally", "b.tally"],
        ] {
            let result = try TallyProcess.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.contains("Usage: tally"), "\(arguments)")
            #expect(result.output == "")
        }
    }

    @Test func aMissingScriptExitsOne() throws {
        let result = try TallyProcess.run(["missing.tally"])
        #expect(result.status == 1)
        #expect(result.error == "tally: error: cannot read missing.tally: no such file or directory\n")
    }

    @Test func aShebangScriptRunsByItself() throws {
        let folder = try folder(with: [
            "run.tally": "#!/usr/bin/env tally\n# the first city\ncities | select city | take 1 | format csv\n"
        ])
        let script = folder.appendingPathComponent("run.tally")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let binFolder = TallyProcess.executable.deletingLastPathComponent().path
        let path = binFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        // Another test's child process may still hold the script open for a moment after it was
        // written (it inherited the descriptor when it forked): exec then fails with "text file busy".
        var attempt = 0
        var outcome: TallyProcess.Result?
        while outcome == nil {
            do {
                outcome = try TallyProcess.run(executable: script, [], environment: ["PATH": path], directory: folder)
            } catch let error as NSError
                where attempt < 20 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == 26
            {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let result = try #require(outcome)
        #expect(result.error == "")
        #expect(result.status == 0)
        #expect(result.output == "city\n合肥\n")
    }

    @Test func commandsArriveThroughAPipe() throws {
        let result = try TallyProcess.run(
            [], input: "cities |\n  select city |\n  take 1 | format csv\n.mode json\nunits | take 1\n")
        #expect(result.status == 0)
        #expect(
            result.output == """
                city
                合肥
                {
                  "rows": [
                    {
                      "unit": "个",
                      "kind": "count",
                      "measures": 30
                    }
                  ],
                  "notes": []
                }

                """)
        let failing = try TallyProcess.run([], input: "cities | take 1\ncities | sort nothing\n")
        #expect(failing.status == 1)
        #expect(failing.error.hasPrefix("<stdin>:2:15: error:"))
    }

    @Test func echoShowsEachCommandBeforeItsOutput() throws {
        let result = try TallyProcess.run(["--echo", "-c", ".mode csv", "-c", "cities | select city | take 1"])
        #expect(result.output == "tally> .mode csv\ntally> cities | select city | take 1\ncity\n合肥\n")
    }

    @Test func outputFilesHoldEveryResultCompletedBeforeAFailure() throws {
        let folder = try folder(with: [
            "good.tally":
                ".mode csv\n.output out.csv\ncities | select city | take 2\n.output\ncities | select city | take 1\n",
            "bad.tally": ".output out.csv\ncities | select city | format csv\nbogus\n",
            "out.csv": "old\n",
        ])
        let bad = try TallyProcess.run(["bad.tally"], directory: folder)
        #expect(bad.status == 1)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
                == "city\n合肥\n蚌埠\n阜阳\n安庆\n黄山\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "bad.tally", "good.tally", "out.csv",
            ])

        let good = try TallyProcess.run(["good.tally"], directory: folder)
        #expect(good.status == 0)
        #expect(good.output == "city\n合肥\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8) == "city\n合肥\n蚌埠\n")

        let open = try TallyProcess.run(
            ["-c", ".output open.csv", "-c", "cities | select city | take 1 | format csv"], directory: folder)
        #expect(open.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("open.csv"), encoding: .utf8) == "city\n合肥\n")
    }

    @Test func aScriptThatReadsItselfIsRefusedAsACycle() throws {
        let folder = try folder(with: ["loop.tally": "cities | select city | take 1 | format csv\n.read loop.tally\n"])
        let result = try TallyProcess.run(["loop.tally"], directory: folder)
        #expect(result.status == 1)
        #expect(result.output == "city\n合肥\n")
        #expect(
            result.error == """
                loop.tally:2:7: error: '.read loop.tally' would run loop.tally again while it is running
                .read loop.tally
                      ^~~~~~~~~~
                hint: a script cannot read itself, directly or through other scripts

                """)
    }

    @Test func dataReplacesTheBundledSeeds() throws {
        let folder = try folder(with: ["黄山.txt": "黄山市报告\n全市建成调解工作室1082个。\n"])
        let result = try TallyProcess.run(
            ["--data", "黄山.txt", "-c", "measures | select city, raw | format csv"], directory: folder)
        #expect(result.status == 0)
        #expect(result.output == "city,raw\n黄山,1082个\n")
        let missing = try TallyProcess.run(["--data", "nowhere", "-c", "cities"], directory: folder)
        #expect(missing.status == 1)
        #expect(missing.error.contains("nowhere"))
    }

    @Test func emptyPipedInputDoesNothing() throws {
        let result = try TallyProcess.run([], input: "")
        #expect(result.status == 0)
        #expect(result.output == "")
        #expect(result.error == "")
    }
}
