#include <stddef.h>
#include <stdint.h>

int FuzzIngest_main(int argc, char **argv);
int FuzzExport_main(int argc, char **argv);
