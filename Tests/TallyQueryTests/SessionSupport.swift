import ReportKit
import TallyQuery
import TallyTestSupport

/// Runs statements in one session and returns the last one's output rendered as a table (no width
/// limit, no colour).
func output(_ statements: String..., format: OutputFormat = .table) throws -> String {
    var session = seedSession()
    var last = ""
    for statement in statements {
        last = try session.run(statement).rendered(defaultFormat: format)
    }
    return last
}

/// The error a statement gives, rendered without colour.
func error(_ statement: String) throws -> String {
    var session = seedSession()
    do {
        _ = try session.run(statement)
        return ""
    } catch {
        return error.rendered()
    }
}
