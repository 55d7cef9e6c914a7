import Foundation
import TallyTestSupport
import Testing

@testable import TallyShell

/// The engine over fixed data, so that every expectation is exact.
private let engine = CompletionEngine(
    data: CompletionData(
        cities: ["合肥", "蚌埠", "阜阳", "安庆", "黄山"], units: ["元", "人次", "%", "元/月"],
        speakers: ["刘卫宝", "吕栋"], names: ["money", "people"], years: [2021, 2022]),
    workingDirectory: "/nonexistent")

/// Completes `line` with the cursor at its end.
private func complete(_ line: String) -> CompletionCandidates {
    engine.complete(line: line, cursor: line.unicodeScalars.count)
}

@Suite("Completion engine")
struct CompletionEngineTests {
    @Test("A partial city after city == completes to the city, counted in scalars")
    func cityValue() {
        #expect(complete("measures | where city == 安") == CompletionCandidates(replaceFrom: 25, candidates: ["安庆"]))
        #expect(complete("compare 合肥, 安") == CompletionCandidates(replaceFrom: 12, candidates: ["安庆"]))
        #expect(complete("sections 黄") == CompletionCandidates(replaceFrom: 9, candidates: ["黄山"]))
    }

    @Test("After compare the city names come with cities, years and the loaded years; after a comma only the names")
    func compareCities() {
        #expect(
            complete("compare ").candidates == ["合肥", "蚌埠", "阜阳", "安庆", "黄山", "cities", "years", "2021", "2022"])
        #expect(complete("compare 各").candidates == ["各市", "各年"])
        #expect(complete("compare 20").candidates == ["2021", "2022"])
        #expect(complete("compare 合肥, ").candidates == ["合肥", "蚌埠", "阜阳", "安庆", "黄山"])
    }

    @Test("After targets the city names; after status, period, year and change their values")
    func yearsAndTargets() {
        #expect(complete("targets 安") == CompletionCandidates(replaceFrom: 8, candidates: ["安庆"]))
        #expect(complete("targets | where status == ").candidates == ["met", "missed", "unreported", "ambiguous"])
        #expect(complete("targets | where status == 未").candidates == ["未达成", "未报告"])
        #expect(complete("measures | where period == ").candidates == ["2021", "2022"])
        #expect(complete("measures | where year in (2021, ").candidates == ["2021", "2022"])
        #expect(complete("measures | where change == g").candidates == ["growth"])
        #expect(complete("measures | tr").candidates == ["trend"])
    }

    @Test("A partial verb after | completes, in any letter case")
    func verbs() {
        #expect(complete("measures | wh") == CompletionCandidates(replaceFrom: 11, candidates: ["where"]))
        #expect(complete("measures | SO").candidates == ["sort"])
        #expect(complete("measures | s").candidates == ["sort", "select", "summarize", "sum", "share"])
    }

    @Test("At the start: sources, let, help and the names let gave")
    func statementStart() {
        #expect(
            complete("").candidates == [
                "measures", "reports", "sections", "sentences", "cities", "units", "compare", "targets", "find", "let",
                "help",
                "money", "people",
            ])
        #expect(complete("mo").candidates == ["money"])
        #expect(complete("let x = me").candidates == ["measures"])
    }

    @Test("Fields after where, sort and by; Chinese aliases when the word starts in Chinese")
    func fields() {
        #expect(complete("measures | where ci").candidates == ["city"])
        #expect(complete("measures | sort va").candidates == ["value"])
        #expect(complete("measures | total by ci").candidates == ["city"])
        #expect(complete("measures | where 城").candidates == ["城市"])
        #expect(complete("数据 | 筛").candidates == ["筛选"])
    }

    @Test("Values of kind, unit, approx and speaker")
    func values() {
        #expect(complete("measures | where kind == peo").candidates == ["people"])
        #expect(complete("measures | where kind == 人").candidates == ["人数"])
        #expect(complete("measures | where unit == ").candidates == ["元", "人次", "\"%\"", "\"元/月\""])
        #expect(complete("measures | where approx == m").candidates == ["more"])
        #expect(complete("measures | where speaker == 吕").candidates == ["吕栋"])
    }

    @Test("Formats after format, keywords after a complete sort key")
    func formatsAndKeywords() {
        #expect(complete("cities | format j").candidates == ["json", "jsonl"])
        #expect(complete("measures | sort value d").candidates == ["desc"])
    }

    @Test("Inside a string nothing is offered")
    func insideString() {
        #expect(complete("find \"助").candidates.isEmpty)
    }

    @Test("The cursor decides: only the text before it counts")
    func cursorInside() {
        let line = "measures | wh | take 3"
        #expect(engine.complete(line: line, cursor: 13) == CompletionCandidates(replaceFrom: 11, candidates: ["where"]))
    }

    @Test("Meta commands: names, formats after .mode, on/off after .timer and .echo")
    func metaCommands() {
        #expect(complete(".mo") == CompletionCandidates(replaceFrom: 0, candidates: [".mode"]))
        #expect(complete(".re").candidates == [".read", ".reset", ".reports"])
        #expect(complete(".e").candidates == [".echo", ".expanded", ".exit"])
        #expect(complete(".mode c") == CompletionCandidates(replaceFrom: 6, candidates: ["csv"]))
        #expect(complete(".timer o").candidates == ["on", "off"])
        #expect(complete(".mode csv j").candidates.isEmpty)
        #expect(complete(".quit ").candidates.isEmpty)
    }

    @Test("File names after .read, .load, .output, .once and .step; folders end in /")
    func paths() throws {
        try withTemporaryFolder { url in
            let folder = url.path
            try FileManager.default.createDirectory(atPath: folder + "/scripts", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: folder + "/scripts/tour.tally", contents: Data())
            _ = FileManager.default.createFile(atPath: folder + "/scripts/search.tally", contents: Data())
            _ = FileManager.default.createFile(atPath: folder + "/seeds.txt", contents: Data())
            _ = FileManager.default.createFile(atPath: folder + "/.hidden", contents: Data())
            let files = CompletionEngine(data: CompletionData(), workingDirectory: folder, homeDirectory: folder)
            func complete(_ line: String) -> CompletionCandidates {
                files.complete(line: line, cursor: line.unicodeScalars.count)
            }

            #expect(complete(".read scr") == CompletionCandidates(replaceFrom: 6, candidates: ["scripts/"]))
            #expect(
                complete(".read scripts/")
                    == CompletionCandidates(replaceFrom: 6, candidates: ["scripts/search.tally", "scripts/tour.tally"]))
            #expect(complete(".step scripts/t").candidates == ["scripts/tour.tally"])
            #expect(complete(".load ").candidates == ["scripts/", "seeds.txt"])
            #expect(complete(".load seeds.txt s").candidates == ["scripts/", "seeds.txt"])
            #expect(complete(".output .h").candidates == [".hidden"])
            #expect(complete(".once ~/se").candidates == ["~/seeds.txt"])
            #expect(complete(".read \(folder)/scripts/s").candidates == ["\(folder)/scripts/search.tally"])
            #expect(complete(".read scripts/tour.tally x").candidates.isEmpty)
        }
    }
}
