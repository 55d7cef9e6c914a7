#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tally-bench`: the benchmark of issue 5.
@main
struct BenchMain {
    static func main() {
        let options: BenchOptions
        do throws(BenchFailure) {
            options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            Progress.say("error: \(error.message)")
            StandardError.write(BenchOptions.usage + "\n")
            exit(2)
        }
        do throws(BenchFailure) {
            if options.help {
                print(BenchOptions.usage)
                return
            }
            if let folder = options.generate {
                print(try Benchmark(options: options).generate(into: folder))
                return
            }
            if let fixtures = options.keys {
                print(try KeyScoring.run(fixtures: fixtures, misses: options.misses), terminator: "")
                return
            }
            if let folder = options.loadMemory {
                print(CorpusMemory.ofLoad(folder).line)
                return
            }
            if options.queriesOnly {
                print(try Benchmark(options: options).queriesOnly(), terminator: "")
                return
            }
            if options.profileParse {
                print(try Benchmark(options: options).profileParse())
                return
            }
            let result = try Benchmark(options: options).run()
            let json = ResultJSON.text(result)
            if let path = options.output { try SystemText.create(path, contents: json) }
            if let path = options.markdown {
                try SystemText.create(path, contents: PerformancePage.markdown(result, arguments: options.arguments))
            }
            if options.json {
                print(json, terminator: "")
            } else {
                let terminal = isatty(1) == 1
                print(
                    ResultTables.text(result, maxWidth: terminal ? terminalWidth() : nil, color: false), terminator: "")
            }
        } catch {
            Progress.say("error: \(error.message)")
            exit(1)
        }
    }

    /// The terminal's width from `COLUMNS`, if set.
    private static func terminalWidth() -> Int? {
        getenv("COLUMNS").flatMap { Int(String(cString: $0)) }
    }
}
