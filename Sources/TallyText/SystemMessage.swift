#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's reason for a failed call, in the current language and in lower case
/// (`no such file or directory`, `没有这个文件或文件夹`): the common `errno` codes from the
/// catalogue, any other the system's own text (`strerror`), or `error N`.
public enum SystemMessage {
    /// The catalogue's text of each common code.
    private static let phrases: [Int32: Phrase] = [
        ENOENT: .systemNoEntry, EACCES: .systemAccessDenied, EPERM: .systemNotPermitted,
        ELOOP: .systemLinkLoop, EISDIR: .systemIsFolder, ENOTDIR: .systemNotFolder, EIO: .systemInputOutput,
        ENOSPC: .systemNoSpace, EROFS: .systemReadOnly, EEXIST: .systemExists, ENAMETOOLONG: .systemNameTooLong,
        EDQUOT: .systemQuota, EFBIG: .systemFileTooLarge, ENXIO: .systemNoDevice, EMFILE: .systemTooManyFiles,
    ]

    /// The reason for `code`.
    public static func text(_ code: Int32) -> String {
        if let phrase = phrases[code] { return phrase() }
        guard let message = strerror(code) else { return Phrase.systemError(code) }
        return String(cString: message).lowercased()
    }
}
