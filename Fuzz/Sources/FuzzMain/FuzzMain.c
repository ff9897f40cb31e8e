// SwiftPM links each executable with `--defsym main=<Target>_main`, and a libFuzzer build
// (-parse-as-library) emits no such function. These are those entry points: each hands
// control to libFuzzer's driver with the target's LLVMFuzzerTestOneInput.
#include "FuzzMain.h"

extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
extern int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int FuzzIngest_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }
int FuzzExport_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }
