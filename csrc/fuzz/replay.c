/*
 * replay.c: run a fuzz harness over files, without libFuzzer, so that its
 * saved corpus and regression inputs stay tested by `make test`.  Linked
 * with one harness: fuzz/replay_core, fuzz/replay_tagger, ...
 *
 *     replay_X FILE...      prints "N passed, 0 failed"; a failure aborts
 */
#include "fuzz.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
    int passed = 0;
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (f == NULL) {
            perror(argv[i]);
            return 1;
        }
        static uint8_t buf[FUZZ_MAX_INPUT];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
        passed++;
    }
    printf("%s: %d passed, 0 failed\n", argv[0], passed);
    return 0;
}
