/*
 * fuzz_tagger.c: libFuzzer harness for a parse as users run it: the
 * default tagger (every gazetteer shipped in paratag/data, ICU's country
 * names, all recognisers), metadata, the table of contents, sentences and
 * tokens.
 *
 * The first byte picks the options: bit 0 replaces invalid UTF-8, bits
 * 1-3 force a language (or detect it), bit 5 segments in code points,
 * bit 6 keeps words only.  The rest is the text.  Beyond check.h's
 * invariants, every stretch of clean text copied from the input must
 * equal the input there, every entity's raw offsets must lie in order
 * inside the input, and a second parse of the same text must give the
 * same document.
 */
#define _POSIX_C_SOURCE 200809L /* opendir */
#include "fuzz.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PT_DATA_DIR
#define PT_DATA_DIR "../paratag/data"
#endif

static pt_tagger *tagger;

static int
by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The gazetteers paratag.Tagger() loads: the .tsv files of paratag/data,
 * by name. */
static void
load_default_tagger(void)
{
    DIR *d = opendir(PT_DATA_DIR);
    if (d == NULL)
        fuzz_die("cannot open " PT_DATA_DIR);
    char *names[64];
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".tsv") == 0 && n < 64)
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    pt_gazetteer g[64];
    char *texts[64];
    for (size_t k = 0; k < n; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", PT_DATA_DIR, names[k]);
        texts[k] = pt_read_file(path, &g[k].len);
        if (texts[k] == NULL)
            fuzz_die(path);
        names[k][strlen(names[k]) - 4] = '\0';
        g[k].name = names[k];
        g[k].text = texts[k];
    }
    pt_tagger_options opt = {0, 0, g, n, NULL};
    pt_error err;
    if (pt_tagger_new(&opt, &tagger, &err) != PT_OK)
        fuzz_die(err.msg);
    for (size_t k = 0; k < n; k++) {
        free(names[k]);
        free(texts[k]);
    }
}

static void
free_tagger(void)
{
    pt_tagger_free(tagger);
    fuzz_free_segmenters();
}

/* Whether the n bytes at a are those at b in another order: the one
 * same-length repair the core makes (a lam-alef that the extractor wrote
 * as alef then lam, put back). */
static bool
same_bytes(const char *a, const char *b, size_t n)
{
    size_t count[256] = {0};
    for (size_t i = 0; i < n; i++) {
        count[(unsigned char)a[i]]++;
        count[(unsigned char)b[i]]--;
    }
    for (size_t c = 0; c < 256; c++)
        if (count[c] != 0)
            return false;
    return true;
}

/* The clean text copied from the input is the input (or its own bytes
 * reordered, where a swapped lam-alef was put back); entities map back
 * inside it, in order. */
static void
check_map(const pt_doc *doc)
{
    size_t len, n;
    const char *raw = pt_doc_text(doc, &len);
    const pt_block *blocks = pt_doc_blocks(doc, &n);
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        for (size_t k = 0; k < b->nmap; k++) {
            const pt_mapseg *m = &b->map[k];
            if (k && m->clean != b->map[k - 1].clean + b->map[k - 1].clean_len)
                fuzz_die("map segments not contiguous");
            if (m->clean_len == m->raw_len &&
                memcmp(b->text + m->clean, raw + m->raw, m->raw_len) != 0 &&
                !same_bytes(b->text + m->clean, raw + m->raw, m->raw_len))
                fuzz_die("copied clean text differs from the input");
        }
        size_t seg = 0;
        uint32_t last = 0;
        for (size_t k = 0; k < b->nentities; k++) {
            uint32_t s = pt_block_raw_offset(b, b->entities[k].start, false, &seg);
            uint32_t e = pt_block_raw_offset(b, b->entities[k].end, true, &seg);
            if (s < last || e < s || e > len)
                fuzz_die("an entity maps outside the input or out of order");
            last = s;
        }
    }
}

static bool
same_str(const char *a, const char *b)
{
    return (a == NULL) == (b == NULL) && (a == NULL || strcmp(a, b) == 0);
}

/* Two parses of one text give one document. */
static void
check_same(const pt_doc *x, const pt_doc *y)
{
    size_t nx, ny, rx, ry;
    const pt_block *a = pt_doc_blocks(x, &nx), *b = pt_doc_blocks(y, &ny);
    const pt_region *ga = pt_doc_regions(x, &rx), *gb = pt_doc_regions(y, &ry);
    if (nx != ny || rx != ry || strcmp(pt_doc_language(x), pt_doc_language(y)) ||
        (rx && memcmp(ga, gb, rx * sizeof *ga) != 0))
        fuzz_die("two parses differ in blocks, regions or language");
    for (int f = 0; f < PT_META_COUNT; f++)
        if (!same_str(pt_doc_meta(x, (pt_meta_field)f),
                      pt_doc_meta(y, (pt_meta_field)f)))
            fuzz_die("two parses differ in metadata");
    for (size_t i = 0; i < nx; i++) {
        const pt_block *p = &a[i], *q = &b[i];
        bool same = p->kind == q->kind && p->text_len == q->text_len &&
                    p->nrefs == q->nrefs && p->nentities == q->nentities &&
                    strcmp(p->number, q->number) == 0 &&
                    memcmp(p->text, q->text, p->text_len) == 0 &&
                    (!p->nrefs || memcmp(p->refs, q->refs,
                                         p->nrefs * sizeof *p->refs) == 0);
        for (size_t k = 0; same && k < p->nentities; k++) {
            const pt_entity *e = &p->entities[k], *f = &q->entities[k];
            same = e->start == f->start && e->end == f->end &&
                   e->label == f->label && strcmp(e->value, f->value) == 0 &&
                   strcmp(e->source, f->source) == 0;
        }
        if (!same)
            fuzz_die("two parses differ in a block");
    }
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    load_default_tagger();
    atexit(free_tagger);
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > FUZZ_MAX_INPUT)
        return 0;
    unsigned o = data[0];
    pt_options opt = fuzz_options(o, tagger);
    pt_doc *doc = NULL, *again = NULL;
    pt_error err;
    const char *text = (const char *)data + 1;
    if (pt_parse(text, size - 1, &opt, &doc, &err) != PT_OK)
        return 0;
    const char *why = pt_check_doc(doc);
    if (why)
        fuzz_die(why);
    check_map(doc);
    for (int f = 0; f < PT_META_COUNT; f++) {
        const char *m = pt_doc_meta(doc, (pt_meta_field)f);
        size_t bad;
        if (m && pt__utf8_valid_prefix(m, strlen(m), &bad) != strlen(m))
            fuzz_die("metadata is not valid UTF-8");
    }
    fuzz_segment(doc, ((o & 0x20) ? PT_SEGMENT_CODEPOINTS : 0) |
                          ((o & 0x40) ? PT_SEGMENT_WORDS_ONLY : 0));
    if (pt_parse(text, size - 1, &opt, &again, &err) != PT_OK)
        fuzz_die("a second parse failed");
    check_same(doc, again);
    pt_doc_free(again);
    pt_doc_free(doc);
    return 0;
}
