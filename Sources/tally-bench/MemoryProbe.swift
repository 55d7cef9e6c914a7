import CMalloc

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's memory as the kernel counts it (Linux).
enum MemoryProbe {
    /// The resident set size now, in bytes (`/proc/self/statm`, second field, in pages).
    static func residentBytes() -> Int {
        guard let statm = SystemText.read("/proc/self/statm") else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The peak resident set size so far, in bytes: `VmHWM` of `/proc/self/status`, the high-water mark
    /// of this process's own memory. (`getrusage`'s `ru_maxrss` also keeps the peak of the image a
    /// spawned process replaced — the spawning parent's, after `posix_spawn` — and is not reset.)
    static func peakBytes() -> Int {
        guard let status = SystemText.read("/proc/self/status"), let field = SystemText.field("VmHWM", in: status),
            let kilobytes = Int(field.split(separator: " ").first ?? "")
        else {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        }
        return kilobytes * 1024
    }

    /// Resets the peak to the current resident size (writing 5 to `/proc/self/clear_refs`, Linux 4.0
    /// and later), so that `peakBytes()` then reports the peak of what follows. False when the kernel
    /// refuses; the peak is then that of the whole process.
    static func resetPeak() -> Bool {
        SystemText.write("5", to: "/proc/self/clear_refs")
    }

    /// Returns freed heap memory to the system (glibc's `malloc_trim`), so that the resident size
    /// counts live memory only.
    static func releaseFreeMemory() {
        cm_release_free_memory()
    }
}
