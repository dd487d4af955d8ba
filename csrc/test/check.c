/*
 * check.c: see check.h.
 */
#include "check.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

static bool
is_boundary(const char *s, size_t len, size_t i)
{
    return i == 0 || i == len || ((unsigned char)s[i] & 0xC0) != 0x80;
}

static const char *
check_block(const pt_block *b, size_t len)
{
    for (size_t k = 0; k < b->nspans; k++)
        if (b->spans[k].start >= b->spans[k].end || b->spans[k].end > len ||
            (k && b->spans[k].start < b->spans[k - 1].end))
            return "block spans out of order";
    for (size_t k = 0; k < b->nmap; k++) {
        const pt_mapseg *m = &b->map[k];
        if (m->raw + m->raw_len > len || m->clean + m->clean_len > b->text_len)
            return "map outside the text";
    }
    for (size_t k = 0; k < b->nentities; k++) {
        const pt_entity *e = &b->entities[k];
        if (e->start >= e->end || e->end > b->text_len ||
            (k && e->start < b->entities[k - 1].end))
            return "entities overlap or leave the text";
        if (!is_boundary(b->text, b->text_len, e->start) ||
            !is_boundary(b->text, b->text_len, e->end))
            return "entity cuts a character";
        if (e->value == NULL || e->source == NULL || e->source[0] == '\0' ||
            e->label <= PT_LABEL_NONE || e->label >= PT_LABEL_COUNT)
            return "entity without label, value or source";
    }
    return NULL;
}

const char *
pt_check_doc(const pt_doc *doc)
{
    size_t n, len, nb, step;
    const pt_region *r = pt_doc_regions(doc, &n);
    const char *s = pt_doc_text(doc, &len);
    const pt_block *blocks = pt_doc_blocks(doc, &nb);
    size_t at = 0;
    for (size_t k = 0; k <= n; k++) {
        size_t until = k < n ? r[k].start : len;
        if (k < n && (r[k].start < at || r[k].end <= r[k].start ||
                      r[k].end > len))
            return "regions out of order";
        if (k < n && r[k].kind == PT_REGION_BLOCK && r[k].block >= nb)
            return "region of no block";
        for (size_t i = at; i < until; i += step)
            if (!pt__is_space(pt__decode(s, len, i, &step)))
                return "text lost";
        if (k < n)
            at = r[k].end;
    }
    for (size_t b = 0; b < nb; b++) {
        const char *why = check_block(&blocks[b], len);
        if (why)
            return why;
    }
    return NULL;
}

/* ---- an allocator that fails on demand ---------------------------------- */

static void *
failing_malloc(void *ctx, size_t n)
{
    pt_failing *f = ctx;
    if (f->countdown == 0)
        return NULL;
    if (f->countdown > 0)
        f->countdown--;
    void *p = malloc(n);
    f->live += p != NULL;
    return p;
}

static void *
failing_realloc(void *ctx, void *p, size_t n)
{
    pt_failing *f = ctx;
    if (f->countdown == 0)
        return NULL;
    if (f->countdown > 0)
        f->countdown--;
    void *q = realloc(p, n);
    f->live += p == NULL && q != NULL;
    return q;
}

static void
failing_free(void *ctx, void *p)
{
    pt_failing *f = ctx;
    f->live -= p != NULL;
    free(p);
}

pt_alloc
pt_failing_alloc(pt_failing *f)
{
    pt_alloc a = {failing_malloc, failing_realloc, failing_free, f};
    return a;
}

/* ---- checks and files --------------------------------------------------- */

int pt_checks_passed, pt_checks_failed;

int
pt_check_report(void)
{
    printf("%d passed, %d failed\n", pt_checks_passed, pt_checks_failed);
    return pt_checks_failed != 0;
}

char *
pt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n < 0 ? NULL : malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = '\0';
    fclose(f);
    *len = buf ? (size_t)n : 0;
    return buf;
}
