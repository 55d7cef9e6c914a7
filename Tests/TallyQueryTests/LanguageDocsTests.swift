import Foundation
import ReportKit
import TallyTestSupport
import Testing

@testable import TallyQuery

@Suite("Language docs")
struct LanguageDocsTests {
    /// docs/LANGUAGE.md, found from this file's path.
    private func languageDoc() throws -> String {
        let root = #filePath.components(separatedBy: "/Tests/TallyQueryTests/").first ?? ""
        return try String(contentsOfFile: root + "/docs/LANGUAGE.md", encoding: .utf8)
    }

    /// The contents of the ```tally blocks of a Markdown text.
    private func tallyBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil && line == "```tally" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test("every statement of every tally block in docs/LANGUAGE.md parses")
    func examplesParse() throws {
        let blocks = tallyBlocks(in: try languageDoc())
        #expect(blocks.count >= 20)
        var statementCount = 0
        for block in blocks {
            var scope = NameScope()
            for statement in ScriptSplitter.split(block) {
                statementCount += 1
                do {
                    scope.declare(try Parser.parse(statement.text, scope: scope))
                } catch {
                    Issue.record("\(statement.text): \(error.message)")
                }
            }
        }
        #expect(statementCount >= 50)
    }

    @Test("every statement of every tally block in docs/LANGUAGE.md runs on the seed report")
    func examplesRun() throws {
        for block in tallyBlocks(in: try languageDoc()) {
            var session = seedSession()
            for statement in ScriptSplitter.split(block) {
                do {
                    _ = try session.run(statement.text)
                } catch {
                    Issue.record("\(statement.text): \(error.rendered())")
                }
            }
        }
    }

    @Test("the alias tables of docs/LANGUAGE.md list every keyword and field with its alias")
    func aliasTables() throws {
        let doc = try languageDoc()
        for keyword in Keyword.allCases {
            #expect(doc.contains("| `\(keyword.english)` | `\(keyword.chinese)` |"), "\(keyword)")
        }
        for field in Field.allCases {
            #expect(doc.contains("| `\(field.english)` | `\(field.chinese)` | \(field.summary) |"), "\(field)")
        }
        for kind in Kind.allCases {
            #expect(doc.contains("| `\(kind.name)` | `\(kind.chineseName)` |"), "\(kind)")
        }
        for change in Change.allCases {
            #expect(doc.contains("| `\(change.name)` | `\(change.chineseName)` |"), "\(change)")
        }
        for approximation in Approximation.allCases {
            let chinese = Vocabulary.approximationChinese[approximation] ?? ""
            #expect(doc.contains("| `\(approximation.name)` | `\(chinese)` |"), "\(approximation)")
        }
    }
}
