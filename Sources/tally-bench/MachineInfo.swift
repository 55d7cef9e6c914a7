#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine the benchmark ran on.
struct MachineInfo: Sendable {
    /// The CPU model (`model name` in `/proc/cpuinfo`).
    var cpu: String
    /// The cores online.
    var cores: Int
    /// The installed memory in bytes (`MemTotal` in `/proc/meminfo`), 0 when unknown.
    var memoryBytes: Int
    /// The operating system and kernel release (`Linux 6.1.0`).
    var system: String
    /// `release` or `debug`: how this binary was compiled.
    var build: String

    /// The machine running this process.
    static func current() -> MachineInfo {
        let cpuinfo = SystemText.read("/proc/cpuinfo") ?? ""
        let cpu = SystemText.field("model name", in: cpuinfo) ?? SystemText.field("Hardware", in: cpuinfo) ?? "unknown"
        let memory = SystemText.read("/proc/meminfo").flatMap { SystemText.field("MemTotal", in: $0) }
        let kilobytes = memory.flatMap { Int($0.split(separator: " ").first ?? "") } ?? 0
        var names = utsname()
        uname(&names)
        let system = [field(names.sysname), field(names.release)].joined(separator: " ")
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return MachineInfo(
            cpu: cpu, cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), memoryBytes: kilobytes * 1024,
            system: system, build: build)
    }

    /// A fixed-size C string field of `utsname` as a String.
    private static func field<Field>(_ value: Field) -> String {
        withUnsafeBytes(of: value) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
