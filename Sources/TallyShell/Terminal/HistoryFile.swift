import CEditLine
import Foundation
import ReportKit
import Synchronization
import TallyText

#if canImport(Glibc)
import Glibc
#endif

/// The shell's history file, in libedit's own format (`_HiStOrY_V2_`), shared by every open shell.
///
/// Each entry is saved the moment it is added, so a killed shell loses nothing. Several shells may
/// run at once: a save takes a lock (`flock` on the file's folder), reads the file's current
/// entries, appends the new one, writes the result to a fresh temporary file in the same folder and
/// renames it over the old file. Readers therefore never see a half-written file, and two shells
/// saving at the same moment both keep their entries.
///
/// A file that cannot be read or written never stops the shell: the first problem is reported once
/// through the `warn` closure and history is simply not saved from then on. An existing file that
/// libedit cannot read is never overwritten.
public final class HistoryFile {
    /// How many entries are kept when no size is given.
    public static let defaultSize = 1000
    /// The longest entry saved, in bytes of UTF-8: 64 KB. A longer command is run but not saved, so
    /// one huge paste is not re-read and rewritten with every command after it.
    public static let maximumEntryBytes = 64 << 10
    /// The largest history file read, in bytes: 16 MB. A larger one is neither read nor replaced.
    public static let maximumFileBytes = 16 << 20

    /// Where the history is stored.
    public let path: String
    /// The most entries kept, in memory and in the file; older ones are dropped.
    public let size: Int

    private let warn: (String) -> Void
    private var hasWarned = false
    private var savingDisabled = false

    /// Creates a history file at `path` keeping `size` entries; problems are reported through `warn`
    /// (by default one line on standard error).
    public init(
        path: String, size: Int = HistoryFile.defaultSize,
        warn: @escaping (String) -> Void = HistoryFile.warnOnStandardError
    ) {
        self.path = path
        self.size = max(1, size)
        self.warn = warn
    }

    /// Where the history lives: `$TALLY_HISTORY` if set, else `$XDG_STATE_HOME/tally/history`, else
    /// `~/.local/state/tally/history`. Nil when no home folder is known either.
    ///
    /// Empty variables count as unset, and `XDG_STATE_HOME` must be an absolute path (as the XDG base
    /// directory specification requires) or it is ignored.
    public static func resolvePath(
        environment: [String: String] = ProcessEnvironment.current(),
        homeDirectory: String? = nil
    ) -> String? {
        if let explicit = environment["TALLY_HISTORY"], !explicit.isEmpty {
            return explicit
        }
        if let stateHome = environment["XDG_STATE_HOME"], stateHome.hasPrefix("/") {
            return stateHome + "/tally/history"
        }
        let home = homeDirectory ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? passwordHome()
        return home.map { $0 + "/.local/state/tally/history" }
    }

    /// Reads the stored entries, oldest first (at most `size` of them). Creates the folder if needed.
    ///
    /// A missing or empty file gives no entries. A file that exists but cannot be read as history
    /// gives no entries, a warning, and no saving from then on (so it is not overwritten).
    public func load() -> [String] {
        guard prepareFolder() else { return [] }
        return UTF8Locale.run {
            guard let history = history_winit() else { return [] }
            defer { history_wend(history) }
            ce_hist_setsize(history, Int32(clamping: size))
            ce_hist_setunique(history, 1)
            guard readFile(into: history) else { return [] }
            return entries(of: history)
        }
    }

    /// Saves nothing more for the rest of the run (safe mode was turned on).
    public func stopSaving() {
        savingDisabled = true
    }

    /// Adds `entry` to the end of the file at once, merged with whatever other shells wrote meanwhile.
    ///
    /// `entry` is kept as `historyEntry` has it; blank entries, an entry equal to the file's last one and
    /// one over `maximumEntryBytes` are not stored.
    public func append(_ entry: String) {
        let line = Self.historyEntry(entry)
        guard !savingDisabled, !line.isEmpty, line.utf8.count <= Self.maximumEntryBytes, prepareFolder() else {
            return
        }
        let lock = FolderLock(folder: folder)
        defer { lock.release() }
        UTF8Locale.run {
            guard let history = history_winit() else { return }
            defer { history_wend(history) }
            ce_hist_setsize(history, Int32(clamping: size))
            ce_hist_setunique(history, 1)
            guard readFile(into: history) else { return }
            ce_hist_enter(history, WideText.nulTerminated(line))
            write(history)
        }
    }

    /// The entry kept in history for a command: its lines as typed, with blank lines, whitespace at
    /// the end of each line and whitespace before the first dropped (so `select 1` and `select 1 `
    /// are one entry, not two). A multi-line command keeps its line breaks, and Up recalls it whole.
    static func historyEntry(_ entry: String) -> String {
        let lines = entry.split(whereSeparator: \.isNewline).map { line in
            String(line[..<(line.lastIndex { !$0.isWhitespace }.map(line.index(after:)) ?? line.startIndex)])
        }
        let joined = lines.filter { !$0.isEmpty }.joined(separator: "\n")
        return String(joined.drop(while: \.isWhitespace))
    }

    /// Writes `message` as one `tally: warning:` line to standard error.
    public static func warnOnStandardError(_ message: String) {
        fputs("tally: " + Phrase.warningLabel() + " " + TerminalText.shown(message) + "\n", ce_stderr())
    }

    // MARK: - File operations

    /// The folder holding the file.
    private var folder: String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The file to read and replace: `path`, or the file it links to when it is a symbolic link (so
    /// a linked history file stays linked).
    private var target: String {
        RealPath.writeTarget(path)
    }

    /// Creates the folder (mode 0700) if it is missing; on failure warns and stops saving.
    private func prepareFolder() -> Bool {
        guard !savingDisabled else { return false }
        guard let failure = Self.makeFolder(folder) else { return true }
        disable(Phrase.historyCannotCreateFolder(folder, SystemMessage.text(failure)))
        return false
    }

    /// Loads the file's entries into `history`. True when there was nothing to read or it was read;
    /// false (after a warning, with saving stopped) when an existing file could not be read, or is
    /// no regular file: a character device (`TALLY_HISTORY=/dev/null`) quietly keeps no history, a
    /// pipe, a folder or another device is never replaced and gets a warning.
    private func readFile(into history: OpaquePointer) -> Bool {
        let file = target
        var status = stat()
        guard stat(file, &status) == 0 else { return true }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFCHR:
            savingDisabled = true
            return false
        default:
            disable(Phrase.historyNotRegularFile(file))
            return false
        }
        guard status.st_size > 0 else { return true }
        guard Int(status.st_size) <= Self.maximumFileBytes else {
            disable(Phrase.historyFileTooLarge(file, Self.maximumFileBytes >> 20))
            return false
        }
        if libeditFileAccess.withLock({ _ in ce_hist_load(history, file) }) >= 0 { return true }
        disable(Phrase.historyCannotRead(file))
        return false
    }

    /// Writes `history` to a new temporary file (mode 0600) beside the target and renames it over
    /// the target; on failure warns, removes the temporary file and stops saving.
    private func write(_ history: OpaquePointer) {
        let file = target
        var template = Array((file + ".XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            disable(Phrase.historyCannotWrite(file, SystemMessage.text(errno)))
            return
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var saved = false
        if let stream = fdopen(descriptor, "w") {
            saved = fputs(HistoryEncoding.file(entries(of: history)), stream) >= 0
            saved = fflush(stream) == 0 && saved
            saved = fclose(stream) == 0 && saved
        } else {
            close(descriptor)
        }
        if saved && rename(temporary, file) == 0 { return }
        let reason = SystemMessage.text(errno)
        unlink(temporary)
        disable(Phrase.historyCannotWrite(file, reason))
    }

    /// Reports `message` the first time anything goes wrong, and stops saving.
    private func disable(_ message: String) {
        savingDisabled = true
        guard !hasWarned else { return }
        hasWarned = true
        warn(Phrase.historyNotSaved(message))
    }

    /// The entries of `history`, oldest first.
    private func entries(of history: OpaquePointer) -> [String] {
        var result: [String] = []
        var entry = ce_hist_oldest(history)
        while let current = entry {
            result.append(WideText.string(nulTerminated: current))
            entry = ce_hist_newer(history)
        }
        return result
    }

    // MARK: - Helpers

    /// Creates `folder` and its missing parents (mode 0700), as `mkdir -p` does: nil when the
    /// folder is there, else the `errno` of the step that failed (`ENOTDIR` when a file is in the way).
    private static func makeFolder(_ folder: String) -> Int32? {
        var status = stat()
        if stat(folder, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder, let failure = makeFolder(parent) { return failure }
        if mkdir(folder, 0o700) == 0 || errno == EEXIST { return nil }
        return errno
    }

    /// The home folder from the password database, for when `HOME` is unset.
    private static func passwordHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }
}

/// Serialises libedit's history file loading within the process: `history_load` converts entries
/// through a static buffer, so two threads loading at the same time corrupt each other's entries
/// (seen in tests: entries lost, or read from the other file).
private let libeditFileAccess = Mutex(())

/// An advisory exclusive lock (`flock`) on a folder, held while one shell merges its entry into the
/// history file so that two shells never read-modify-write it at the same time.
///
/// Best effort: if the folder cannot be opened or the lock is still held by someone else after about
/// two seconds (a save holds it for a millisecond or so), the save goes ahead without it (the
/// rename keeps the file whole either way).
private struct FolderLock {
    private let descriptor: Int32

    /// Opens `folder` and waits up to about two seconds for its lock.
    init(folder: String) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        for _ in 0..<200 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
            usleep(10_000)
        }
    }

    /// Releases the lock (closing the folder releases it).
    func release() {
        if descriptor >= 0 { close(descriptor) }
    }
}
