import ReportKit
import TallySeeds

/// A shelf of work reports across years for the queries of issue 12: the bundled 海拉尔区 series
/// (six reports, 2012–2018) copied once per made-up district, 海拉尔 renamed in each copy, so every
/// district has a real series with real targets and results. The synthetic corpus of the other
/// queries has one year only and no targets; this one gives `trend`, `compare years` and `targets`
/// work of the same shape as a real shelf.
enum YearsCorpus {
    /// The syllables of the district names: two of them and 区 (`安宝区`), 41² = 1,681 districts.
    static let syllables = Array("安宝昌丰广和华吉嘉建江金康乐临龙隆宁平庆瑞山顺泰天通同万文武祥新兴阳义永玉元云长正")

    /// At least `documents` reports (whole series of six), parsed in memory, and how many districts.
    static func build(documents: Int) throws(BenchFailure) -> (corpus: Corpus, districts: Int) {
        var texts: [(name: String, utf8: [UInt8])] = []
        for file in BundledSeeds.hailar {
            switch TextDecoder.decode(file.bytes) {
            case .success(let decoded): texts.append((file.name, decoded.utf8))
            case .failure: throw BenchFailure("\(file.name): the bundled series does not decode")
            }
        }
        let original = Array("海拉尔".utf8)
        let districts = min((documents + texts.count - 1) / texts.count, syllables.count * syllables.count)
        var corpus = Corpus()
        for district in 0..<districts {
            let name = Array(
                (String(syllables[district / syllables.count]) + String(syllables[district % syllables.count])).utf8)
            for text in texts {
                let bytes = replacing(original, with: name, in: text.utf8)
                switch ReportParser.parse(name: "district-\(district + 1)/\(text.name)", bytes: bytes) {
                case .success(let parsed): _ = corpus.add(parsed)
                case .failure(let diagnostic): throw BenchFailure(diagnostic.message)
                }
            }
        }
        return (corpus, districts)
    }

    /// `text` with every occurrence of `pattern` replaced by `replacement`.
    static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var position = 0
        text.withUnsafeBufferPointer { buffer in
            while let found = ByteSearch.firstOccurrence(of: pattern, in: buffer, from: position) {
                result += buffer[position..<found]
                result += replacement
                position = found + pattern.count
            }
        }
        result += text[position...]
        return result
    }
}
