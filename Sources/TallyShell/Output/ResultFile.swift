import Foundation
import TallyExport
import TallyQuery

#if canImport(Glibc)
import Glibc
#endif

/// Where `.output` and `.once` send results: a text file in the session's format, or, for a name
/// ending in `.xlsx`, an Excel workbook with one sheet per result.
final class ResultFile {
    private let file: OutputFile
    /// The workbook so far, when the file is one.
    private var workbook: Workbook?
    /// Whether anything has been written (a byte-order mark goes only before the first byte).
    private var wroteAnything = false

    /// The path as it was given.
    var path: String { file.path }

    /// Opens `path` (see `OutputFile`); a name ending in `.xlsx` makes it a workbook, which is
    /// written whole after each result (a regular file by a rename, keeping it whole; a pipe or a
    /// device once, when it is closed).
    init(path: String) throws(OutputFile.Failure) {
        file = try OutputFile(path: path)
        if path.lowercased().hasSuffix(".xlsx") {
            workbook = Workbook()
            if file.kind == .regular { try replaceWorkbook(stop: .never) }
        }
    }

    /// Whether results go to a workbook.
    var isWorkbook: Bool { workbook != nil }

    /// Adds a result as text that `produce` writes in pieces through the writer it is given (with a
    /// byte-order mark first when `bom` and nothing was written yet); `produce` returns false when
    /// it stopped early. False when the result was not written whole, stopped by `stop` or by
    /// `produce` (the file then holds what it held before); throws when a write failed.
    func add(bom: Bool, stop: StopSignal, _ produce: (_ writer: (String) -> Bool) -> Bool) throws(OutputFile.Failure)
        -> Bool
    {
        var failure: OutputFile.Failure?
        func write(_ piece: String) -> Bool {
            do {
                return try file.appendPiece(piece, stop: stop)
            } catch {
                failure = error
                return false
            }
        }
        let complete = (!bom || wroteAnything || write("\u{FEFF}")) && produce(write)
        if let failure { throw failure }
        guard complete else {
            file.dropPieces()
            return false
        }
        file.keepPieces()
        wroteAnything = true
        return true
    }

    /// Adds `table` as the workbook's next sheet and writes the workbook (regular files).
    func add(table: ResultTable, title: String, stop: StopSignal) throws(OutputFile.Failure) -> Bool {
        workbook?.add(table, title: title)
        guard file.kind == .regular else { return true }
        return try replaceWorkbook(stop: stop)
    }

    /// Ends writing: a workbook going to a pipe or device is written now.
    func close() throws(OutputFile.Failure) {
        if let workbook, file.kind == .stream {
            _ = try file.append(try Self.bytes(of: workbook, path: path), stop: .never)
        }
        try file.close()
    }

    /// Writes the whole workbook to a new file beside the real target and renames it over it, so
    /// the target is always a whole workbook (a link to it stays a link).
    @discardableResult
    private func replaceWorkbook(stop: StopSignal) throws(OutputFile.Failure) -> Bool {
        guard let workbook else { return true }
        let data = try Self.bytes(of: workbook, path: path)
        let target = RealPath.writeTarget(path)
        let temporary = try OutputFile.temporary(beside: target, reporting: path)
        let written: Bool
        do {
            written = try temporary.file.append(data, stop: stop)
            try temporary.file.close()
        } catch {
            unlink(temporary.path)
            throw error
        }
        guard written, rename(temporary.path, target) == 0 else {
            let code = errno
            unlink(temporary.path)
            if !written { return false }
            throw OutputFile.Failure(message: OutputMessages.cannotWrite(path, reason: code))
        }
        return true
    }

    private static func bytes(of workbook: Workbook, path: String) throws(OutputFile.Failure) -> [UInt8] {
        do {
            return [UInt8](try workbook.data())
        } catch {
            throw OutputFile.Failure(message: OutputMessages.cannotWrite(path, reason: error.message))
        }
    }
}
