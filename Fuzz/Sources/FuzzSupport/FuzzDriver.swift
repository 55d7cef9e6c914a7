import CLibFuzzer

#if canImport(Glibc)
import Glibc
#endif

/// Starts libFuzzer from a fuzz target's own `main`.
///
/// SwiftPM renames an executable's `main` to `<module>_main` and links it in as `main` with
/// `--defsym`, which wins over the `main` that `-sanitize=fuzzer` brings with libFuzzer. So each
/// target defines `LLVMFuzzerTestOneInput` (libFuzzer's own `main` still refers to it) and, as its
/// top-level code, hands that function to `FuzzDriver.run`.
public enum FuzzDriver {
    /// The signature of `LLVMFuzzerTestOneInput`: one input's bytes and their count; returns 0.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the command-line arguments (`-max_total_time=60 CORPUS…`) and exits with
    /// its status.
    public static func run(_ testOneInput: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }

    /// The bytes of one input as an array (empty when libFuzzer passes no buffer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }
}
