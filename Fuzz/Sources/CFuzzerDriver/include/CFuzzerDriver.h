#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 11 and later), for a program that has its own `main`: parses libFuzzer's flags from
/// argc/argv and runs `callback` on each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
