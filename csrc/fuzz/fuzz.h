/*
 * fuzz.h: what the libFuzzer harnesses share (fuzz.c): the languages an
 * option byte picks, segmenters kept per language, and the checks of
 * sentences and tokens.
 */
#ifndef PT_FUZZ_H
#define PT_FUZZ_H

#include "../test/check.h"
#include "internal.h"

#include <stdint.h>

/* libFuzzer's entry points, which each harness defines. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs are at most this long (replay.c's buffer). */
#define FUZZ_MAX_INPUT (1u << 20)

/* The parse options of an option byte: bit 0 replaces invalid UTF-8, bits
 * 1-3 detect the language or force one of zh en fr es ru ar xx. */
pt_options fuzz_options(unsigned byte, const pt_tagger *tagger);

/* Print why, and abort: a finding. */
_Noreturn void fuzz_die(const char *why);

/* Cut every block into sentences and tokens (PT_SEGMENT_* flags) and
 * check the spans: in order inside the text, each entity one token. */
void fuzz_segment(const pt_doc *doc, unsigned flags);

/* Free the segmenters fuzz_segment opened. */
void fuzz_free_segmenters(void);

#endif
