/*
 * check.h: the invariants every parsed document keeps, shared by the C
 * tests and the fuzzer.
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

#endif
