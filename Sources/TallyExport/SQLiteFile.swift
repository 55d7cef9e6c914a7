import CSQLite
import TallyText

/// A SQLite database opened through the system's libsqlite3: statements run, values bound, errors
/// read as one line.
final class SQLiteFile {
    private var handle: OpaquePointer?

    /// Opens (creating) the database file at `path`.
    init(path: String) throws(DatabaseExport.Failure) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? Phrase.databaseCannotOpen()
            sqlite3_close(handle)
            handle = nil
            throw DatabaseExport.Failure(message: message)
        }
    }

    deinit { sqlite3_close(handle) }

    /// Runs SQL without results (several statements may be given).
    func execute(_ sql: String) throws(DatabaseExport.Failure) {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    /// A prepared statement for `sql`.
    func prepare(_ sql: String) throws(DatabaseExport.Failure) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure()
        }
        return Statement(statement: statement, database: self)
    }

    /// Closes the database; throws when the last writes could not be finished.
    func close() throws(DatabaseExport.Failure) {
        guard let handle else { return }
        let result = sqlite3_close(handle)
        guard result == SQLITE_OK else { throw failure() }
        self.handle = nil
    }

    /// The database's last error.
    fileprivate func failure() -> DatabaseExport.Failure {
        DatabaseExport.Failure(message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? Phrase.databaseNotOpen())
    }

    /// One prepared statement, run once per row.
    final class Statement {
        private let statement: OpaquePointer
        private unowned let database: SQLiteFile

        fileprivate init(statement: OpaquePointer, database: SQLiteFile) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        /// A value of a row.
        enum Value {
            case integer(Int)
            case real(Double)
            case text(String)
            case null
        }

        /// Runs the statement with `values` bound to its parameters in order.
        func run(_ values: [Value]) throws(DatabaseExport.Failure) {
            sqlite3_reset(statement)
            for (offset, value) in values.enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .integer(let integer): sqlite3_bind_int64(statement, index, Int64(integer))
                case .real(let real):
                    if real.isFinite {
                        sqlite3_bind_double(statement, index, real)
                    } else {
                        sqlite3_bind_null(statement, index)
                    }
                case .text(let text):
                    var text = text
                    text.withUTF8 { bytes in
                        bytes.withMemoryRebound(to: CChar.self) {
                            _ = cs_bind_text(statement, index, $0.baseAddress, Int32(bytes.count))
                        }
                    }
                case .null: sqlite3_bind_null(statement, index)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw database.failure() }
        }
    }
}
