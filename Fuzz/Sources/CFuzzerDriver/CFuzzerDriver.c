// The declaration in include/CFuzzerDriver.h is defined by libFuzzer (linked by -sanitize=fuzzer).
#include "CFuzzerDriver.h"
