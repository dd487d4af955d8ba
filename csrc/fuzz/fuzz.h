/*
 * fuzz.h: what the libFuzzer harnesses share (fuzz.c): the languages an
 * option byte picks, segmenters kept per language, and the checks of
 * sentences and tokens.
 */
#ifndef PT_FUZZ_H
#define PT_FUZZ_H

#include "../test/check.h"
#include "internal.h"

/* Bits 1-3 of an option byte: detect, or one of these. */
extern const char *const fuzz_langs[8];

/* Print why, and abort: a finding. */
_Noreturn void fuzz_die(const char *why);

/* Cut every block into sentences and tokens (PT_SEGMENT_* flags) and
 * check the spans: in order inside the text, each entity one token. */
void fuzz_segment(const pt_doc *doc, unsigned flags);

/* Free the segmenters fuzz_segment opened. */
void fuzz_free_segmenters(void);

#endif
