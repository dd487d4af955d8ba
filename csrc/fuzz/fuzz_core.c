/*
 * fuzz_core.c: libFuzzer harness for the C core alone.
 *
 * The first byte picks the options: bit 0 replaces invalid UTF-8, bits
 * 1-3 force a language (or detect it), bit 4 tags entities with a tagger
 * built once from a small gazetteer and ICU's country names.  The rest is
 * the text.  Every block is then cut into sentences and tokens, in code
 * points when bit 5 is set, words only when bit 6 is, by segmenters kept
 * per language.  Any status is fine; a crash, undefined behaviour, a
 * leak or a broken invariant (check.h, and spans in order inside the
 * text, each entity one token) is not.
 */
#include "fuzz.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static pt_tagger *tagger;

static void
free_tagger(void)
{
    pt_tagger_free(tagger);
    tagger = NULL;
    fuzz_free_segmenters();
}

static const char gazetteer[] =
    "ORG\tWorking Group on Asset Recovery\ten\tWorking Group on Asset "
    "Recovery\n"
    "ORG\tUnited Nations\tzh\t\xE8\x81\x94\xE5\x90\x88\xE5\x9B\xBD\n"
    "NONE\t-\tzh\t\xE5\x8F\x91\xE5\xB1\x95\xE4\xB8\xAD\xE5\x9B\xBD\xE5\xAE\xB6\n";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    pt_gazetteer g = {"fuzz", gazetteer, sizeof gazetteer - 1};
    pt_tagger_options opt = {0, 0, &g, 1, NULL};
    pt_error err;
    if (pt_tagger_new(&opt, &tagger, &err) != PT_OK)
        fuzz_die(err.msg);
    atexit(free_tagger);
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return 0;
    if (tagger == NULL)
        LLVMFuzzerInitialize(NULL, NULL);
    unsigned o = data[0];
    pt_options opt = fuzz_options(o, (o & 0x10) ? tagger : NULL);
    pt_doc *doc = NULL;
    pt_error err;
    if (pt_parse((const char *)data + 1, size - 1, &opt, &doc, &err) != PT_OK)
        return 0;
    const char *why = pt_check_doc(doc);
    if (why)
        fuzz_die(why);
    fuzz_segment(doc, ((o & 0x20) ? PT_SEGMENT_CODEPOINTS : 0) |
                     ((o & 0x40) ? PT_SEGMENT_WORDS_ONLY : 0));
    pt_doc_free(doc);
    return 0;
}
