import ReportKit

/// The tables of an exported database, as SQL.
enum DatabaseSchema {
    static let sql = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, encoding TEXT NOT NULL, title TEXT, source TEXT,
            author TEXT, date TEXT, link TEXT, lead TEXT NOT NULL);
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), number INTEGER NOT NULL,
            city TEXT NOT NULL, place TEXT NOT NULL, speaker TEXT NOT NULL, role TEXT NOT NULL, title TEXT NOT NULL,
            date TEXT, year INTEGER, line INTEGER NOT NULL);
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), path TEXT NOT NULL,
            level INTEGER NOT NULL, label TEXT NOT NULL, heading TEXT NOT NULL, line INTEGER NOT NULL);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            report_id INTEGER REFERENCES reports(id), section_id INTEGER REFERENCES sections(id),
            line INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE measures (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            report_id INTEGER REFERENCES reports(id), section_id INTEGER REFERENCES sections(id),
            sentence_id INTEGER NOT NULL REFERENCES sentences(id), part_of INTEGER REFERENCES measures(id),
            city TEXT NOT NULL, section TEXT NOT NULL, heading TEXT NOT NULL,
            value REAL NOT NULL, high REAL, unit TEXT NOT NULL, kind TEXT NOT NULL, approx TEXT NOT NULL,
            implied INTEGER NOT NULL, change TEXT NOT NULL, basis TEXT NOT NULL, period TEXT,
            target INTEGER NOT NULL, subject TEXT NOT NULL, raw TEXT NOT NULL, line INTEGER NOT NULL,
            "column" INTEGER NOT NULL);
        """

    /// Indexes made after the rows are in (faster than keeping them up to date row by row).
    static let indexes = """
        CREATE INDEX measures_report ON measures(report_id);
        CREATE INDEX measures_city_unit ON measures(city, unit);
        CREATE INDEX sentences_report ON sentences(report_id);
        CREATE INDEX sections_report ON sections(report_id);
        CREATE INDEX reports_document ON reports(document_id);
        """
}

/// Writes every row of a corpus into an open database, in one transaction. Ids are the corpus's
/// own indexes (from 0), so `part_of` and the `*_id` columns are the numbers `tally parse` shows.
struct DatabaseRows {
    let corpus: Corpus
    let database: SQLiteFile

    /// Rows written between two questions to `isStopped`.
    static let batch = 4_096

    /// Creates the tables and writes every row; false when stopped (the database is then unfinished).
    func writeAll(isStopped: () -> Bool) throws(DatabaseExport.Failure) -> Bool {
        try database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        try database.execute(DatabaseSchema.sql)
        try database.execute("BEGIN")
        try documents()
        try reports()
        try sections()
        guard try sentences(isStopped), try measures(isStopped) else { return false }
        try database.execute(DatabaseSchema.indexes)
        try database.execute("COMMIT")
        return true
    }

    private typealias Value = SQLiteFile.Statement.Value

    private func documents() throws(DatabaseExport.Failure) {
        let insert = try database.prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for (id, document) in corpus.documents.enumerated() {
            let metadata = document.metadata
            try insert.run([
                .integer(id), .text(document.name), .text(document.encoding.rawValue), optional(metadata.title),
                optional(metadata.source), optional(metadata.author), optional(metadata.date), optional(metadata.link),
                .text(document.lead),
            ])
        }
    }

    private func reports() throws(DatabaseExport.Failure) {
        let insert = try database.prepare("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for (id, report) in corpus.reports.enumerated() {
            let number = id - corpus.documents[report.document].reports.lowerBound + 1
            try insert.run([
                .integer(id), .integer(report.document), .integer(number), .text(report.city), .text(report.place),
                .text(report.speaker), .text(report.role), .text(report.title), optional(report.date),
                report.year.map(Value.integer) ?? .null, .integer(report.line),
            ])
        }
    }

    private func sections() throws(DatabaseExport.Failure) {
        let insert = try database.prepare("INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (id, section) in corpus.sections.enumerated() {
            try insert.run([
                .integer(id), .integer(section.report), .text(section.path), .integer(section.level),
                .text(section.label), .text(corpus.heading(ofSection: id)), .integer(section.line),
            ])
        }
    }

    private func sentences(_ isStopped: () -> Bool) throws(DatabaseExport.Failure) -> Bool {
        let insert = try database.prepare("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)")
        let sentences = corpus.sentences
        for id in 0..<sentences.count {
            if id % Self.batch == 0 && isStopped() { return false }
            try insert.run([
                .integer(id), .integer(Int(sentences.document[id])), reference(sentences.report[id]),
                reference(sentences.section[id]), .integer(corpus.line(ofSentence: id)), .text(corpus.sentenceText(id)),
            ])
        }
        return true
    }

    private func measures(_ isStopped: () -> Bool) throws(DatabaseExport.Failure) -> Bool {
        let placeholders = Array(repeating: "?", count: 23).joined(separator: ", ")
        let insert = try database.prepare("INSERT INTO measures VALUES (\(placeholders))")
        let table = corpus.measures
        for id in 0..<table.count {
            if id % Self.batch == 0 && isStopped() { return false }
            let measure = corpus.measure(id)
            let details = measure.details
            try insert.run([
                .integer(id), .integer(Int(table.document[id])), reference(table.report[id]),
                reference(table.section[id]), .integer(Int(table.sentence[id])),
                measure.partOf.map(Value.integer) ?? .null, .text(measure.city), .text(measure.section),
                .text(measure.heading), .real(measure.quantity.value), measure.quantity.high.map(Value.real) ?? .null,
                .text(measure.quantity.unit), .text(table.kind[id].name), .text(measure.quantity.approximation.name),
                .integer(details.impliedUnit ? 1 : 0), .text(details.change.name), .text(details.basis.name),
                details.period.map { .text($0.name) } ?? .null, .integer(details.target ? 1 : 0),
                .text(measure.subject), .text(measure.raw), .integer(measure.line), .integer(measure.column),
            ])
        }
        return true
    }

    /// A corpus index as a foreign key: NULL for -1 (a document's lead has no report or section).
    private func reference(_ index: Int32) -> Value { index < 0 ? .null : .integer(Int(index)) }

    private func optional(_ text: String?) -> Value { text.map(Value.text) ?? .null }
}
