import ReportKit

/// A hand-checked answer key for one real report (`Tests/Fixtures/keys/NAME.*.tsv`): every figure
/// with what it must be read as, the numerals that are no figure, and the reports the file holds.
public struct AnswerKey: Sendable {
    /// The key's name, which is also the report's file name without `.txt`.
    public var name: String
    /// Every figure, in text order.
    public var figures: [KeyFigure]
    /// Numerals that are not figures.
    public var nonFigures: [KeyNonFigure]
    /// The reports (speeches) of the file, in order.
    public var reports: [KeyReport]

    /// Reads the key `name` from the folder of keys.
    public static func read(name: String, keys: String) throws(KeyError) -> AnswerKey {
        let figures = try TSVFile.rows(path: "\(keys)/\(name).measures.tsv").map(KeyFigure.init)
        let nonFigures = try TSVFile.rows(path: "\(keys)/\(name).nonmeasures.tsv").map(KeyNonFigure.init)
        let reports = try TSVFile.rows(path: "\(keys)/\(name).structure.tsv").map(KeyReport.init)
        return AnswerKey(name: name, figures: figures, nonFigures: nonFigures, reports: reports)
    }

    /// The names of the keys in the folder, sorted.
    public static func names(in keys: String) -> [String] {
        FolderListing.names(in: keys).compactMap { name in
            name.hasSuffix(".measures.tsv") ? String(name.dropLast(".measures.tsv".count)) : nil
        }.sorted()
    }
}

/// One figure of a key.
public struct KeyFigure: Sendable {
    /// Byte offset of `raw` in the report's text as UTF-8.
    public var offset: Int
    public var raw: String
    public var value: Double
    public var high: Double?
    public var unit: String
    public var kind: String
    public var approx: String
    public var change: String
    public var basis: String
    public var period: String
    public var target: Bool
    /// Whether recall counts it (`core` yes).
    public var core: Bool
    public var subject: String

    /// The byte range of `raw`.
    public var range: Range<Int> { offset..<(offset + raw.utf8.count) }

    init(_ row: TSVRow) throws(KeyError) {
        offset = try row.integer("offset")
        raw = try row.text("raw")
        value = try row.number("value")
        high = try row.text("high").isEmpty ? nil : try row.number("high")
        unit = try row.text("unit")
        kind = try row.text("kind")
        approx = try row.text("approx")
        change = try row.text("change")
        basis = try row.text("basis")
        period = try row.text("period")
        target = try row.text("target") == "true"
        core = try row.text("core") == "yes"
        subject = try row.text("subject")
    }
}

/// A numeral of a key that is not a figure, with the reason.
public struct KeyNonFigure: Sendable {
    public var offset: Int
    public var raw: String
    public var reason: String

    /// The byte range of `raw`.
    public var range: Range<Int> { offset..<(offset + raw.utf8.count) }

    init(_ row: TSVRow) throws(KeyError) {
        offset = try row.integer("offset")
        raw = try row.text("raw")
        reason = try row.text("reason")
    }
}

/// One report of a key: place as people say it, speaker, role, date and year.
public struct KeyReport: Sendable {
    public var place: String
    public var speaker: String
    public var role: String
    public var date: String
    public var year: Int
    public var title: String

    init(_ row: TSVRow) throws(KeyError) {
        place = try row.text("place")
        speaker = try row.text("speaker")
        role = try row.text("role")
        date = try row.text("date")
        year = try row.integer("year")
        title = try row.text("title")
    }
}

/// A key file that cannot be read, with the file and line.
public struct KeyError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
