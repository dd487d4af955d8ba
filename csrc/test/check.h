/*
 * check.h: what the C tests and the fuzzer share: the invariants every
 * parsed document keeps, and an allocator that fails on demand.
 */
#ifndef PT_TEST_CHECK_H
#define PT_TEST_CHECK_H

#include "paratag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* CHECK(cond) counts a passed or failed check, naming a failed one on
 * stderr; pt_check_report() prints "N passed, N failed" and returns the
 * exit status (non-zero after any failure). */
extern int pt_checks_passed, pt_checks_failed;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond) {                                                          \
            pt_checks_passed++;                                              \
        } else {                                                             \
            pt_checks_failed++;                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
        }                                                                    \
    } while (0)

int pt_check_report(void);

/* The bytes of the file at `path`, malloc'ed and NUL-terminated, or NULL. */
char *pt_read_file(const char *path, size_t *len);

/* NULL when `doc` keeps every invariant, else what it breaks:
 *   - regions are sorted, disjoint, inside the text, and every
 *     non-white-space byte lies in one;
 *   - a block region names an existing block;
 *   - each block's spans are sorted and disjoint, its map stays inside the
 *     text and its clean text;
 *   - each block's entities are sorted, do not overlap, lie inside its
 *     text on character boundaries and have a value and a source. */
const char *pt_check_doc(const pt_doc *doc);

/* An allocator that fails once `countdown` allocations have been made
 * (never when it is negative) and counts the blocks it has live, for the
 * tests that fail each allocation in turn and look for leaks. */
typedef struct pt_failing {
    long countdown;
    long live;
} pt_failing;

pt_alloc pt_failing_alloc(pt_failing *f);

#endif
