/*
 * fuzz_gazetteer.c: libFuzzer harness for the gazetteer file parser, the
 * trie built from it, and matching with it.
 *
 * The first byte picks the options: bits 1-3 the language of the text to
 * tag (as fuzz_core.c's).  The rest, up to a NUL byte, is a gazetteer's
 * TSV text; after the NUL comes the text to tag, or without one the TSV
 * text itself (whose names then occur in it).  ICU's country names stay
 * out, so that a build costs what the fuzzed text does.  A bad gazetteer
 * must fail with PT_E_ARG, its line and byte offset inside the text; a
 * good one must tag a text within check.h's invariants.
 */
#include "fuzz.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The error of a bad gazetteer points at the start of its bad line. */
static void
check_error(const pt_error *err, const char *s, size_t len)
{
    if (err->code == PT_E_NOMEM)
        return;
    if (err->code != PT_E_ARG || err->line == 0 || err->pos > len ||
        memchr(err->msg, '\0', sizeof err->msg) == NULL)
        fuzz_die("a bad gazetteer's error has no line, place or message");
    size_t line = 1;
    for (size_t k = 0; k < err->pos; k++)
        line += s[k] == '\n';
    if (line != err->line)
        fuzz_die("a gazetteer error's line and byte offset disagree");
}

/* Every input builds its own tagger: nothing to set up. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return 0;
    const char *tsv = (const char *)data + 1, *text = tsv;
    size_t tsv_len = size - 1, text_len = tsv_len;
    const char *nul = memchr(tsv, '\0', tsv_len);
    if (nul) {
        tsv_len = (size_t)(nul - tsv);
        text = nul + 1;
        text_len = size - 1 - tsv_len - 1;
    }
    pt_gazetteer g = {"fuzz", tsv, tsv_len};
    pt_tagger_options topt = {0, PT_TAGGER_NO_ICU_COUNTRIES, &g, 1, NULL};
    pt_tagger *tagger = NULL;
    pt_error err;
    if (pt_tagger_new(&topt, &tagger, &err) != PT_OK) {
        check_error(&err, tsv, tsv_len);
        return 0;
    }
    pt_options opt = fuzz_options(data[0] | 1, tagger);
    pt_doc *doc = NULL;
    if (pt_parse(text, text_len, &opt, &doc, &err) == PT_OK) {
        const char *why = pt_check_doc(doc);
        if (why)
            fuzz_die(why);
        pt_doc_free(doc);
    }
    pt_tagger_free(tagger);
    return 0;
}
