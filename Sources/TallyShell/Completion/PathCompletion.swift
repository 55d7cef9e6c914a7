import Foundation

/// File and folder names for the shell commands that take a path (`.read`, `.load`, `.output`, …).
struct PathCompletion: Sendable {
    /// The folder relative paths are resolved against.
    let workingDirectory: String
    /// The home folder `~/` stands for.
    let homeDirectory: String

    /// The paths that complete `partial`: entries of its folder whose names start with its last
    /// component, written the way `partial` starts (so `scripts/to` gives `scripts/tour.tally`).
    /// Folders end in `/`. Hidden entries appear only when the name typed starts with a dot.
    func candidates(for partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let folderPart = slash.map { String(partial[...$0]) } ?? ""
        let namePart = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let folder = resolved(folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted()
            .filter { $0.unicodeScalars.starts(with: namePart.unicodeScalars) }
            .filter { namePart.hasPrefix(".") || !$0.hasPrefix(".") }
            .map { name in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
                return folderPart + name + (exists && isFolder.boolValue ? "/" : "")
            }
    }

    /// The folder to list for the folder part of a partial path (`""` is the working folder).
    private func resolved(_ folderPart: String) -> String {
        if folderPart.isEmpty { return workingDirectory }
        if folderPart.hasPrefix("/") { return folderPart }
        if folderPart == "~/" || folderPart.hasPrefix("~/") { return homeDirectory + folderPart.dropFirst() }
        return workingDirectory + "/" + folderPart
    }
}
