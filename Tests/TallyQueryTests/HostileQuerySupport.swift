import Foundation
import ReportKit
import TallyQuery
import TallyTestSupport

/// What one statement shows on the seed report, within `seconds`: its output as a table, or its
/// error rendered; nil when it did not finish.
func shown(_ statement: String, within seconds: Double = 60) throws -> String? {
    let session = seedSession()
    return finishing(within: seconds) {
        var session = session
        do throws(StatementError) {
            return try session.run(statement).rendered(defaultFormat: .table)
        } catch {
            return error.rendered()
        }
    }
}
