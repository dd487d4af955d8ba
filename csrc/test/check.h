/*
 * check.h: what the C tests and the fuzzer share: the invariants every
 * parsed document keeps, and an allocator that fails on demand.
 */
#ifndef PT_TEST_CHECK_H
#define PT_TEST_CHECK_H

#include "paratag.h"

#include <stdbool.h>

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
