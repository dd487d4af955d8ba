/*
 * fuzz.c: see fuzz.h.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

pt_options
fuzz_options(unsigned byte, const pt_tagger *tagger)
{
    static const char *const langs[8] = {NULL, "zh", "en", "fr",
                                         "es", "ru", "ar", "xx"};
    pt_options opt = {0, (byte & 1) ? PT_OPT_REPLACE_INVALID : 0,
                      langs[(byte >> 1) & 7], NULL, tagger, NULL};
    return opt;
}

void
fuzz_die(const char *why)
{
    fprintf(stderr, "fuzz: %s\n", why);
    abort();
}

/* Opening ICU's iterators for every input would be most of the work. */
static struct {
    char lang[8]; /* "" while unused */
    pt_segmenter *seg;
} segmenters[8];

void
fuzz_free_segmenters(void)
{
    for (size_t k = 0; k < sizeof segmenters / sizeof *segmenters; k++) {
        pt_segmenter_free(segmenters[k].seg);
        segmenters[k].seg = NULL;
        segmenters[k].lang[0] = '\0';
    }
}

static pt_segmenter *
segmenter_for(const char *lang)
{
    size_t k = 0;
    while (segmenters[k].lang[0] && strcmp(segmenters[k].lang, lang) != 0)
        k++;
    if (segmenters[k].lang[0] == '\0') {
        pt_error err;
        if (pt_segmenter_new(lang, NULL, &segmenters[k].seg, &err) != PT_OK)
            fuzz_die(err.msg);
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

void
fuzz_segment(const pt_doc *doc, unsigned flags)
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
            fprintf(stderr, "fuzz: segmenting block %zu\n", i);
            fuzz_die(why);
        }
    }
    pt_spans_free(&sp);
}
