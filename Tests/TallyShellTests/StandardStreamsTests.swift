import Foundation
import TallyQuery
import TallyTestSupport
import Testing

@testable import TallyShell

@Suite("Writing results")
struct StandardStreamsTests {
    @Test("Output goes out in pieces of whole lines and stops when asked between pieces")
    func stopsBetweenPieces() throws {
        let line = String(repeating: "合肥 4,680万元 ", count: 10) + "\n"
        let text = String(repeating: line, count: 2_000)
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("out.txt").path
            let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            try #require(descriptor >= 0)
            var questions = 0
            let failure = StandardStreams.write(
                text, to: descriptor,
                stop: StopSignal {
                    questions += 1
                    return questions > 1
                })
            close(descriptor)
            #expect(failure == .stopped)
            let written = try #require(contents(file))
            let pieceLines = StandardStreams.pieceSize / line.utf8.count + 1
            #expect(written == String(repeating: line, count: pieceLines))
            #expect(questions == 2)
        }
    }
}
