import Foundation
import TallyQuery
import TallyText
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML) of result tables: one sheet per table, the header
/// row frozen, figures as numbers in base units with their unit and qualifier in columns of their
/// own (`ResultTable.lossless()`), text as text. Excel, WPS, LibreOffice and Numbers open it.
///
/// The file is a zip archive of XML parts, written with ZIPFoundation.
public struct Workbook: Sendable {
    /// A sheet: its name (as Excel allows: at most 31 characters, no `[]:*?/\`) and its table.
    public struct Sheet: Sendable {
        /// The name on the sheet's tab.
        public var name: String
        /// The rows shown on it.
        public var table: ResultTable
    }

    /// The sheets, in order.
    public private(set) var sheets: [Sheet] = []

    /// An empty workbook.
    public init() {}

    /// Adds `table` as the next sheet, named after `title` (made a valid, unique sheet name).
    public mutating func add(_ table: ResultTable, title: String) {
        sheets.append(Sheet(name: SheetName.unique(title, among: sheets.map(\.name)), table: table.lossless()))
    }

    /// The `.xlsx` file's bytes. A workbook without sheets gets one empty sheet, as Excel needs one.
    /// Throws when the archive cannot be built.
    public func data() throws(Workbook.Failure) -> Data {
        let sheets = self.sheets.isEmpty ? [Sheet(name: "Sheet1", table: ResultTable(columns: []))] : self.sheets
        do {
            let archive = try Archive(accessMode: .create)
            try add(WorkbookParts.contentTypes(sheetCount: sheets.count), as: "[Content_Types].xml", to: archive)
            try add(WorkbookParts.packageRelationships, as: "_rels/.rels", to: archive)
            try add(WorkbookParts.workbook(sheetNames: sheets.map(\.name)), as: "xl/workbook.xml", to: archive)
            try add(
                WorkbookParts.workbookRelationships(sheetCount: sheets.count), as: "xl/_rels/workbook.xml.rels",
                to: archive)
            try add(WorkbookParts.styles, as: "xl/styles.xml", to: archive)
            for (index, sheet) in sheets.enumerated() {
                try add(SheetXML.text(of: sheet.table), as: "xl/worksheets/sheet\(index + 1).xml", to: archive)
            }
            guard let data = archive.data else { throw Failure(message: Phrase.archiveNotBuilt()) }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: String(describing: error))
        }
    }

    /// Adds one XML part, deflated.
    private func add(_ text: String, as path: String, to archive: Archive) throws {
        let bytes = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: WorkbookParts.fixedDate,
            compressionMethod: .deflate
        ) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Why a workbook could not be built.
    public struct Failure: Error, Sendable {
        /// One line.
        public let message: String
    }
}

/// Sheet names as Excel accepts them.
enum SheetName {
    /// The characters a sheet name cannot hold.
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `title` without forbidden characters and line breaks, at most 31 characters, not empty, and
    /// not equal (ignoring case) to any of `names`: a number is put after it when it would be.
    static func unique(_ title: String, among names: [String]) -> String {
        var base = String(title.map { forbidden.contains($0) || $0.isNewline ? " " : $0 })
        base = base.trimmingCharacters(in: .whitespaces)
        if base.hasPrefix("'") { base.removeFirst() }
        if base.isEmpty { base = "Sheet" }
        let taken = Set(names.map { $0.lowercased() })
        var candidate = String(base.prefix(31)).trimmingCharacters(in: .whitespaces)
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)).trimmingCharacters(in: .whitespaces) + suffix
            number += 1
        }
        return candidate
    }
}
