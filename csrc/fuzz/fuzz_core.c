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
#include "../test/check.h"
#include "paratag.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pt_tagger *tagger;

/* Opening ICU's iterators for every input would be most of the work. */
static struct {
    char lang[8]; /* "" while unused */
    pt_segmenter *seg;
} segmenters[8];

static void
free_tagger(void)
{
    pt_tagger_free(tagger);
    tagger = NULL;
    for (size_t k = 0; k < sizeof segmenters / sizeof *segmenters; k++)
        pt_segmenter_free(segmenters[k].seg);
}

static pt_segmenter *
segmenter_for(const char *lang)
{
    size_t k = 0;
    while (segmenters[k].lang[0] && strcmp(segmenters[k].lang, lang) != 0)
        k++;
    if (segmenters[k].lang[0] == '\0') {
        pt_error err;
        if (pt_segmenter_new(lang, NULL, &segmenters[k].seg, &err) != PT_OK) {
            fprintf(stderr, "fuzz: no segmenter: %s\n", err.msg);
            abort();
        }
        snprintf(segmenters[k].lang, sizeof segmenters[k].lang, "%s", lang);
    }
    return segmenters[k].seg;
}

/* NULL when the spans keep their promises, else the broken one. */
static const char *
check_spans(const pt_block *b, const pt_spans *sp, bool codepoints,
            bool tokens)
{
    size_t len = b->text_len;
    if (codepoints) {
        len = 0;
        for (size_t i = 0; i < b->text_len; i++)
            len += ((unsigned char)b->text[i] & 0xC0) != 0x80;
    }
    for (size_t k = 0; k < sp->n; k++)
        if (sp->items[k].start >= sp->items[k].end ||
            sp->items[k].end > len ||
            (k > 0 && sp->items[k].start < sp->items[k - 1].end))
            return "spans out of order, empty or outside the text";
    if (!tokens || codepoints)
        return NULL;
    for (size_t j = 0, k = 0; j < b->nentities; j++) {
        while (k < sp->n && sp->items[k].end <= b->entities[j].start)
            k++;
        if (k == sp->n || sp->items[k].start != b->entities[j].start ||
            sp->items[k].end != b->entities[j].end)
            return "an entity is not one token";
    }
    return NULL;
}

static void
segment(const pt_doc *doc, unsigned flags)
{
    pt_segmenter *seg = segmenter_for(pt_doc_language(doc));
    size_t n;
    const pt_block *blocks = pt_doc_blocks(doc, &n);
    pt_spans sp = {0};
    pt_error err;
    for (size_t i = 0; i < n; i++) {
        const char *why = NULL;
        sp.n = 0;
        if (pt_block_sentences(seg, &blocks[i], flags, &sp, &err) != PT_OK)
            why = err.msg;
        else
            why = check_spans(&blocks[i], &sp, flags & PT_SEGMENT_CODEPOINTS,
                              false);
        sp.n = 0;
        if (why == NULL &&
            pt_block_tokens(seg, &blocks[i], flags, &sp, &err) != PT_OK)
            why = err.msg;
        else if (why == NULL)
            why = check_spans(&blocks[i], &sp, flags & PT_SEGMENT_CODEPOINTS,
                              true);
        if (why) {
            fprintf(stderr, "fuzz: segmenting block %zu: %s\n", i, why);
            abort();
        }
    }
    pt_spans_free(&sp);
}

static const char gazetteer[] =
    "ORG\tWorking Group on Asset Recovery\ten\tWorking Group on Asset "
    "Recovery\n"
    "ORG\tUnited Nations\tzh\t\xE8\x81\x94\xE5\x90\x88\xE5\x9B\xBD\n"
    "NONE\t-\tzh\t\xE5\x8F\x91\xE5\xB1\x95\xE4\xB8\xAD\xE5\x9B\xBD\xE5\xAE\xB6\n";

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    pt_gazetteer g = {"fuzz", gazetteer, sizeof gazetteer - 1};
    pt_tagger_options opt = {0, 0, &g, 1, NULL};
    pt_error err;
    if (pt_tagger_new(&opt, &tagger, &err) != PT_OK) {
        fprintf(stderr, "fuzz: no tagger: %s\n", err.msg);
        abort();
    }
    atexit(free_tagger);
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {NULL, "zh", "en", "fr",
                                        "es", "ru", "ar", "xx"};
    if (size < 1 || size > (1u << 20))
        return 0;
    if (tagger == NULL)
        LLVMFuzzerInitialize(NULL, NULL);
    unsigned o = data[0];
    pt_options opt = {0, (o & 1) ? PT_OPT_REPLACE_INVALID : 0,
                      langs[(o >> 1) & 7], NULL, (o & 0x10) ? tagger : NULL};
    pt_doc *doc = NULL;
    pt_error err;
    if (pt_parse((const char *)data + 1, size - 1, &opt, &doc, &err) != PT_OK)
        return 0;
    const char *why = pt_check_doc(doc);
    if (why) {
        fprintf(stderr, "fuzz: invariant broken: %s\n", why);
        abort();
    }
    segment(doc, ((o & 0x20) ? PT_SEGMENT_CODEPOINTS : 0) |
                     ((o & 0x40) ? PT_SEGMENT_WORDS_ONLY : 0));
    pt_doc_free(doc);
    return 0;
}
