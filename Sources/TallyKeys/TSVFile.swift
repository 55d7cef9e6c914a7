import Foundation

/// A tab-separated file with a header line, as the answer keys are written.
enum TSVFile {
    /// The rows of the file at `path`, each with its line number.
    static func rows(path: String) throws(KeyError) -> [TSVRow] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw KeyError(description: "\(path): cannot read the key") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let header = lines.first else { throw KeyError(description: "\(path): empty key") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [TSVRow] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns.count else {
                throw KeyError(description: "\(path):\(index + 1): \(fields.count) fields, expected \(columns.count)")
            }
            rows.append(
                TSVRow(path: path, line: index + 1, fields: Dictionary(uniqueKeysWithValues: zip(columns, fields))))
        }
        return rows
    }
}

/// One line of a TSV file, read by column name.
struct TSVRow {
    let path: String
    let line: Int
    let fields: [String: String]

    func text(_ column: String) throws(KeyError) -> String {
        guard let value = fields[column] else { throw KeyError(description: "\(path):\(line): no column '\(column)'") }
        return value
    }

    func integer(_ column: String) throws(KeyError) -> Int {
        guard let value = Int(try text(column)) else {
            throw KeyError(description: "\(path):\(line): '\(column)' is not a whole number")
        }
        return value
    }

    func number(_ column: String) throws(KeyError) -> Double {
        guard let value = Double(try text(column)) else {
            throw KeyError(description: "\(path):\(line): '\(column)' is not a number")
        }
        return value
    }
}

/// The names in a folder.
enum FolderListing {
    static func names(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }
}
