import ReportKit

/// The truth and the corpus side by side, per document, as sorted keys for `ExtractionAccuracy`.
struct TruthIndex {
    /// A key and the truth figure or corpus measure it stands for.
    struct Entry {
        var key: FigureKey
        var keyWithCity: FigureKey
        var item: Int
    }

    let corpus: Corpus
    let truth: Truth
    let names: [String]
    /// The corpus measures of each truth document (empty when it was not loaded).
    private var measureRanges: [Range<Int>]
    /// The corpus document of each truth document, or -1.
    private var corpusDocument: [Int]
    /// Each figure slot's unit as a corpus unit id (a unique negative id when the corpus lacks it).
    private var slotUnits: [Int32]
    /// City names as ids, shared by truth and corpus.
    private var cityIds: [String: Int32] = [:]
    /// Each corpus report's city id.
    private var reportCities: [Int32] = []

    init(corpus: Corpus, truth: Truth, names: [String]) {
        self.corpus = corpus
        self.truth = truth
        self.names = names
        let truthByName = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var corpusByTruth = [Int](repeating: -1, count: names.count)
        for (position, document) in corpus.documents.enumerated() {
            let fileName = document.name.split(separator: "/").last.map(String.init) ?? document.name
            if let truthDocument = truthByName[fileName] { corpusByTruth[truthDocument] = position }
        }
        corpusDocument = corpusByTruth
        var rangesByCorpus = [Range<Int>](repeating: 0..<0, count: corpus.documents.count)
        let documentColumn = corpus.measures.document
        var start = 0
        while start < documentColumn.count {
            var end = start
            while end < documentColumn.count && documentColumn[end] == documentColumn[start] { end += 1 }
            rangesByCorpus[Int(documentColumn[start])] = start..<end
            start = end
        }
        measureRanges = corpusByTruth.map { $0 >= 0 ? rangesByCorpus[$0] : 0..<0 }
        slotUnits = truth.template.figures.enumerated().map { position, figure in
            corpus.units.id(of: figure.unit) ?? Int32(-1 - position)
        }
        for report in corpus.reports { reportCities.append(cityId(report.city)) }
    }

    /// The true figures of a document, sorted by key.
    func expected(document: Int) -> [Entry] {
        let cities = truth.cities[document].map { cityIds[$0] ?? -2 }  // -2: a city the corpus never names
        return truth.template.figures.indices.map { figure in
            let slot = truth.template.figures[figure]
            let key = FigureKey(
                unit: slotUnits[figure], value: FigureKey.thousandths(truth.value(document: document, figure: figure)),
                city: 0)
            var withCity = key
            withCity.city = slot.report >= 0 ? cities[slot.report] : -1
            return Entry(key: key, keyWithCity: withCity, item: figure)
        }.sorted { ($0.key, $0.keyWithCity) < ($1.key, $1.keyWithCity) }
    }

    /// The measures the parser found in a document, sorted by key.
    func found(document: Int) -> [Entry] {
        let measures = corpus.measures
        return measureRanges[document].map { measure in
            let key = FigureKey(
                unit: measures.unit[measure], value: FigureKey.thousandths(measures.value[measure]), city: 0)
            var withCity = key
            let report = Int(measures.report[measure])
            withCity.city = report >= 0 ? reportCities[report] : -1
            return Entry(key: key, keyWithCity: withCity, item: measure)
        }.sorted { ($0.key, $0.keyWithCity) < ($1.key, $1.keyWithCity) }
    }

    /// A true figure the parser missed, with the sentence it stands in and what was found there.
    func missedExample(document: Int, figure: Int) -> ExtractionAccuracy.Example {
        let raw = truth.writtenText(document: document, figure: figure)
        var sentence = ""
        var parsed: [String] = []
        if let found = sentenceIndex(containing: raw, document: document) {
            sentence = corpus.sentenceText(found)
            parsed = measureRanges[document].filter { Int(corpus.measures.sentence[$0]) == found }
                .map { corpus.rawText(ofMeasure: $0) }
        }
        return ExtractionAccuracy.Example(
            document: names[document], city: truth.city(document: document, figure: figure), raw: raw,
            value: truth.value(document: document, figure: figure), unit: truth.template.figures[figure].unit,
            sentence: sentence, parsedInSentence: parsed)
    }

    /// A measure the parser found that is not true.
    func spuriousExample(measure: Int) -> ExtractionAccuracy.Example {
        let resolved = corpus.measure(measure)
        let fileName = resolved.document.split(separator: "/").last.map(String.init) ?? resolved.document
        return ExtractionAccuracy.Example(
            document: fileName, city: resolved.city, raw: resolved.raw, value: resolved.quantity.value,
            unit: resolved.quantity.unit, sentence: resolved.sentence, parsedInSentence: [])
    }

    /// Each report of a truth document beside the city written for it, in order (a missing or extra
    /// report shows as an empty city on one side).
    func reportCities(document: Int) -> [ExtractionAccuracy.CityMismatch] {
        let expected = truth.cities[document]
        let position = corpusDocument[document]
        let reports = position >= 0 ? Array(corpus.reports[corpus.documents[position].reports]) : []
        return (0..<max(expected.count, reports.count)).map { slot in
            ExtractionAccuracy.CityMismatch(
                document: names[document], expected: slot < expected.count ? expected[slot] : "",
                parsed: slot < reports.count ? reports[slot].city : "",
                role: slot < reports.count ? reports[slot].role : "")
        }
    }

    /// The corpus sentence of a truth document that contains `raw` (its first occurrence), if any.
    private func sentenceIndex(containing raw: String, document: Int) -> Int? {
        let position = corpusDocument[document]
        guard position >= 0 else { return nil }
        let text = corpus.documents[position].text
        let needle = Array(raw.utf8)
        guard !needle.isEmpty, text.count >= needle.count,
            let offset = (0...(text.count - needle.count)).first(where: {
                text[$0..<$0 + needle.count].elementsEqual(needle)
            })
        else { return nil }
        let sentences = corpus.sentences
        return (0..<sentences.count).first { sentence in
            Int(sentences.document[sentence]) == position && Int(sentences.start[sentence]) <= offset
                && offset < Int(sentences.end[sentence])
        }
    }

    /// The id of a city name, added on first sight.
    private mutating func cityId(_ city: String) -> Int32 {
        if let id = cityIds[city] { return id }
        let id = Int32(cityIds.count)
        cityIds[city] = id
        return id
    }
}
