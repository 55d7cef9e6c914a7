// libFuzzer's entry point for programs that have their own main (compiler-rt FuzzerInterface.h).
// The library itself is linked by -sanitize=fuzzer; Fuzz/run passes that flag.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the program's arguments, calling `callback` once per input; returns the
/// exit status libFuzzer would have.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
