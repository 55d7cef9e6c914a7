import ReportKit
import TallyText

#if canImport(Glibc)
import Glibc
#endif

/// The loaded corpus as a SQLite database, for a database engine to take over (`sqlite3`, DuckDB's
/// sqlite reader): documents, reports, sections, sentences and measures, each measure with every
/// field, tied together by foreign keys. See `DatabaseSchema` for the tables.
public enum DatabaseExport {
    /// Why the database could not be written, in one line.
    public struct Failure: Error, Sendable {
        /// SQLite's or the system's reason.
        public let message: String
    }

    /// Writes `corpus` to a new database at `path` (a file, not a link: callers pass the file a link
    /// leads to): built in a temporary file beside it and renamed over it when complete, so `path`
    /// is never half a database.
    /// `isStopped` is asked between batches of rows; when it answers true, nothing is written and
    /// this returns false.
    public static func write(
        _ corpus: Corpus, to path: String, isStopped: () -> Bool = { false }
    ) throws(DatabaseExport.Failure) -> Bool {
        let target = path
        var info = stat()
        if stat(target, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            throw Failure(message: Phrase.mustBeRegularFile())
        }
        var template = Array((target + ".tally-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(message: SystemMessage.text(errno)) }
        close(descriptor)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(DatabaseExport.Failure) {
            let database = try SQLiteFile(path: temporary)
            let finished = try DatabaseRows(corpus: corpus, database: database).writeAll(isStopped: isStopped)
            try database.close()
            guard finished else {
                unlink(temporary)
                return false
            }
            chmod(temporary, 0o666 & ~currentUmask())
            guard rename(temporary, target) == 0 else {
                throw Failure(message: SystemMessage.text(errno))
            }
            return true
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw error
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
