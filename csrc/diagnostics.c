/*
 * diagnostics.c: what a careful reader would flag in a parsed document.
 *
 * It reads the finished blocks only, after pt_parse, and needs no gold:
 * numbered paragraphs that skip, repeat or go backwards; headings out of
 * their sequence (A then C); reference marks no footnote carries (in a
 * document that shows footnotes) and footnotes nothing refers to; page
 * furniture left in a block's text (a job number, "Page 3", a barcode);
 * a paragraph that starts in lower case
 * (the end of another one); a heading longer than the paragraph under it
 * (text taken for a heading).
 * Each is a sign that the layout was misread, or that the document itself
 * is irregular; a well-parsed regular report has none.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A heading longer than this many characters, and than the paragraph
 * after it, is suspect. */
#define LONG_HEADING_CHARS 160
/* Footnote numbers up to this are checked against the marks. */
#define NOTE_MAX 100000

static const char *const code_names[PT_DIAG_COUNT] = {
    [PT_DIAG_NUMBER_SKIPS] = "number_skips",
    [PT_DIAG_NUMBER_REPEATS] = "number_repeats",
    [PT_DIAG_NUMBER_BACKWARDS] = "number_backwards",
    [PT_DIAG_HEADING_SEQUENCE] = "heading_sequence",
    [PT_DIAG_MARK_WITHOUT_NOTE] = "mark_without_note",
    [PT_DIAG_NOTE_UNREFERENCED] = "note_unreferenced",
    [PT_DIAG_FURNITURE_IN_TEXT] = "furniture_in_text",
    [PT_DIAG_LOWER_CASE_START] = "lower_case_start",
    [PT_DIAG_LONG_HEADING] = "long_heading",
    [PT_DIAG_NUMBERS_FROM_CONTENTS] = "numbers_from_contents"};

const char *
pt_diag_code_name(pt_diag_code code)
{
    return (unsigned)code < PT_DIAG_COUNT && code_names[code] ? code_names[code]
                                                              : "unknown";
}

void
pt_diagnostics_free(pt_diagnostics *diags)
{
    if (diags == NULL)
        return;
    pt__free(pt__default_alloc(diags->alloc), diags->items);
    diags->items = NULL;
    diags->n = diags->cap = 0;
}

typedef struct checker {
    const pt_doc *doc;
    const char *s; /* the input */
    size_t len;
    pt_diagnostics *out;
    pt_vec v; /* pt_diagnostic */
} checker;

/* The length of s[0, n) cut to at most max bytes at a character's start,
 * so that a message stays valid UTF-8. */
static int
clip(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return (int)n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return (int)max;
}

static pt_status
flag(checker *c, pt_diag_code code, size_t block, uint32_t raw,
     const char *fmt, const char *a, size_t alen, const char *b, size_t blen)
{
    pt_diagnostic d;
    memset(&d, 0, sizeof d);
    d.code = code;
    d.block = (uint32_t)block;
    d.raw = raw;
    snprintf(d.message, sizeof d.message, fmt, clip(a, alen, 32), a,
             clip(b, blen, 32), b);
    return pt__vec_push(&c->v, pt__default_alloc(c->out->alloc), &d);
}

static uint32_t
block_start(const pt_block *b)
{
    return b->nspans ? b->spans[0].start : 0;
}

/* ---- numbers ------------------------------------------------------------ */

/* The decimal value of s[b, e), or 0 when it is not all digits. */
static uint32_t
decimal(const char *s, size_t b, size_t e)
{
    uint32_t v = 0;
    if (b == e || e - b > 6)
        return 0;
    for (size_t i = b; i < e; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (uint32_t)(s[i] - '0');
    }
    return v;
}

/* A paragraph's number is a series (what comes before its last part:
 * "annex II ", "19.") and a value in it. */
static void
split_number(const pt_block *b, size_t *series_len, uint32_t *value)
{
    size_t e = b->number_len, k = e;
    while (k > 0 && b->number[k - 1] >= '0' && b->number[k - 1] <= '9')
        k--;
    *series_len = k;
    *value = decimal(b->number, k, e);
}

static pt_status
check_paragraph_numbers(checker *c, const pt_block *blocks, size_t n)
{
    pt_status rc = PT_OK;
    const pt_block *prev = NULL;
    size_t prev_series = 0;
    uint32_t prev_value = 0;
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        size_t series;
        uint32_t v;
        if (b->kind != PT_BLOCK_PARAGRAPH || b->number_len == 0)
            continue;
        split_number(b, &series, &v);
        if (v == 0)
            continue;
        bool same = prev && series == prev_series &&
                    memcmp(prev->number, b->number, series) == 0;
        if (same && v != prev_value + 1) {
            pt_diag_code code = v == prev_value  ? PT_DIAG_NUMBER_REPEATS
                                : v < prev_value ? PT_DIAG_NUMBER_BACKWARDS
                                                 : PT_DIAG_NUMBER_SKIPS;
            PT_CHECK(flag(c, code, i, block_start(b),
                          "paragraph %.*s after %.*s", b->number,
                          b->number_len, prev->number, prev->number_len));
        }
        prev = b;
        prev_series = series;
        prev_value = v;
    }
done:
    return rc;
}

/* Paragraph numbers the text does not show, which the contents gave
 * (renumber.c): once, at the first. */
static pt_status
check_restored_numbers(checker *c)
{
    const pt_doc *doc = c->doc;
    if (!doc->renumbered)
        return PT_OK;
    char count[24];
    int n = snprintf(count, sizeof count, "%u", (unsigned)doc->renumbered);
    const pt_block *b = &doc->blocks[doc->first_renumbered];
    return flag(c, PT_DIAG_NUMBERS_FROM_CONTENTS, doc->first_renumbered,
                block_start(b),
                "%.*s%.*s paragraph numbers not in the text, taken from the "
                "contents' ranges",
                count, (size_t)n, "", 0);
}

/* ---- headings ----------------------------------------------------------- */

enum { LEVEL_CHAPTER, LEVEL_SECTION, LEVEL_SUB, LEVELS };

static pt_status
check_headings(checker *c, const pt_block *blocks, size_t n)
{
    pt_status rc = PT_OK;
    unsigned last[LEVELS] = {0};
    const pt_block *last_block[LEVELS] = {NULL};
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        if (b->kind == PT_BLOCK_HEADING && b->number_len == 0)
            last[LEVEL_SUB] = 0; /* an unnumbered section's "1." starts afresh */
        if (b->kind != PT_BLOCK_HEADING || b->number_len == 0)
            continue;
        const char *s = b->number;
        size_t e = b->number_len, t = e;
        while (t > 0 && s[t - 1] != ' ')
            t--;
        if (strncmp(s, "Annex", 5) == 0) {
            memset(last, 0, sizeof last); /* an annex starts afresh */
            continue;
        }
        /* "I" after "H" is a letter, after nothing a chapter */
        unsigned v, level;
        bool letter = e - t == 1 && s[t] >= 'A' && s[t] <= 'Z';
        if (letter && (last[LEVEL_SECTION] + 1 == (unsigned)(s[t] - 'A' + 1) ||
                       pt__roman_value(s, t, e) == 0)) {
            level = LEVEL_SECTION;
            v = (unsigned)(s[t] - 'A' + 1);
        } else if ((v = pt__roman_value(s, t, e)) ||
                   (v = pt__cjk_numeral_value(s, t, e))) {
            level = LEVEL_CHAPTER;
        } else if ((v = decimal(s, t, e))) {
            level = LEVEL_SUB;
        } else {
            continue;
        }
        if (last[level] && v != last[level] + 1)
            PT_CHECK(flag(c, PT_DIAG_HEADING_SEQUENCE, i, block_start(b),
                          "heading %.*s after %.*s", s + t, e - t,
                          last_block[level]->number,
                          last_block[level]->number_len));
        last[level] = v;
        last_block[level] = b;
        for (unsigned k = level + 1; k < LEVELS; k++)
            last[k] = 0; /* a new chapter starts its sections afresh */
    }
done:
    return rc;
}

/* ---- footnotes ---------------------------------------------------------- */

/* A mark as a small number: 1-99999 as written, in ASCII or superscript
 * digits; "*", "**", ... and the Symbol font's star U+F02A above them;
 * 0 for anything else. */
static uint32_t
mark_key(const char *s, size_t b, size_t e)
{
    uint32_t v = 0, stars = 0;
    size_t n;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = pt__decode(s, e, i, &n), d;
        if (c == '*' || c == 0xF02A) {
            stars++;
            continue;
        }
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c == 0xB9)
            d = 1;
        else if (c == 0xB2 || c == 0xB3)
            d = c - 0xB0;
        else if (c >= 0x2070 && c <= 0x2079)
            d = c - 0x2070;
        else
            return 0;
        v = v * 10 + d;
        if (v >= NOTE_MAX)
            return 0;
    }
    if (stars)
        return v == 0 && stars < 10 ? NOTE_MAX + stars : 0;
    return v;
}

enum { NOTE_EXISTS = 1, NOTE_REFERRED = 2 };

static pt_status
check_footnotes(checker *c, const pt_block *blocks, size_t n)
{
    pt_status rc = PT_OK;
    const pt_alloc *a = pt__default_alloc(c->out->alloc);
    uint32_t top = 0;
    bool notes = false;
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        if (b->kind == PT_BLOCK_FOOTNOTE) {
            uint32_t k = mark_key(b->number, 0, b->number_len);
            top = k > top ? k : top;
            notes = true;
        }
        for (size_t r = 0; r < b->nrefs; r++) {
            uint32_t k = mark_key(c->s, b->refs[r].start, b->refs[r].end);
            top = k > top ? k : top;
        }
    }
    if (!notes)
        return PT_OK; /* an excerpt, or notes kept elsewhere: nothing to
                         check the marks against */
    uint8_t *seen = pt__malloc(a, top + 1);
    if (seen == NULL)
        return PT_E_NOMEM;
    memset(seen, 0, top + 1);
    for (size_t i = 0; i < n; i++)
        if (blocks[i].kind == PT_BLOCK_FOOTNOTE)
            seen[mark_key(blocks[i].number, 0, blocks[i].number_len)] |=
                NOTE_EXISTS;
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        for (size_t r = 0; r < b->nrefs; r++) {
            const pt_span *m = &b->refs[r];
            uint32_t k = mark_key(c->s, m->start, m->end);
            if (k == 0)
                continue;
            if (!(seen[k] & NOTE_EXISTS))
                PT_CHECK(flag(c, PT_DIAG_MARK_WITHOUT_NOTE, i, m->start,
                              "mark %.*s has no footnote%.*s",
                              c->s + m->start, m->end - m->start, "", 0));
            seen[k] |= NOTE_REFERRED;
        }
    }
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        uint32_t k;
        /* a star's note is often the masthead's (its title's, its
         * agenda item's), which is no block */
        if (b->kind != PT_BLOCK_FOOTNOTE || b->number_len == 0 ||
            (k = mark_key(b->number, 0, b->number_len)) == 0 || k > NOTE_MAX)
            continue;
        if (!(seen[k] & NOTE_REFERRED)) {
            PT_CHECK(flag(c, PT_DIAG_NOTE_UNREFERENCED, i, block_start(b),
                          "footnote %.*s is never referred to%.*s", b->number,
                          b->number_len, "", 0));
            seen[k] |= NOTE_REFERRED; /* once per number */
        }
    }
done:
    pt__free(a, seen);
    return rc;
}

/* ---- text --------------------------------------------------------------- */

static bool
is_private_use(uint32_t c)
{
    return c >= 0xE000 && c <= 0xF8FF;
}

/* Page furniture among the words of a block's text: a job number, a
 * barcode (in digits, or three private-use glyphs and more), "Page 3".
 * Not the document's own symbol: alone on its line it is a running
 * header (lines.c), among words a citation (a list of documents). */
static pt_status
check_furniture(checker *c, size_t i, const pt_block *b)
{
    const char *t = b->text;
    size_t e = b->text_len, n, pua = 0, seg = 0;
    for (size_t w = 0, k; w < e; w = k) {
        while (w < e && t[w] == ' ')
            w++;
        for (k = w; k < e && t[k] != ' '; k += n) {
            bool p = is_private_use(pt__decode(t, e, k, &n));
            pua = p ? pua + 1 : 0;
            if (pua == 3)
                break;
        }
        if (k == w)
            break;
        bool page = k - w == 4 && memcmp(t + w, "Page", 4) == 0 && k + 1 < e &&
                    t[k + 1] >= '0' && t[k + 1] <= '9';
        if (pua == 3 || page || pt__is_job_number(t, w, k) ||
            pt__is_barcode(t, w, k)) {
            uint32_t raw = b->nmap ? pt_block_raw_offset(b, (uint32_t)w, false,
                                                         &seg)
                                   : block_start(b);
            return flag(c, PT_DIAG_FURNITURE_IN_TEXT, i, raw,
                        "page furniture in the text: %.*s%.*s", t + w,
                        pua == 3 ? 0 : k - w, "", 0);
        }
        while (k < e && t[k] != ' ')
            k += (pt__decode(t, e, k, &n), n);
    }
    return PT_OK;
}

static size_t
chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static pt_status
check_text(checker *c, const pt_block *blocks, size_t n)
{
    pt_status rc = PT_OK;
    for (size_t i = 0; i < n; i++) {
        const pt_block *b = &blocks[i];
        size_t len;
        PT_CHECK(check_furniture(c, i, b));
        if (b->kind == PT_BLOCK_PARAGRAPH && b->text_len &&
            pt__is_lower(pt__decode(b->text, b->text_len, 0, &len)))
            PT_CHECK(flag(c, PT_DIAG_LOWER_CASE_START, i, block_start(b),
                          "paragraph starts in lower case: %.*s%.*s",
                          b->text, b->text_len, "", 0));
        if (b->kind == PT_BLOCK_HEADING && i + 1 < n &&
            blocks[i + 1].kind == PT_BLOCK_PARAGRAPH &&
            (len = chars(b->text, b->text_len)) > LONG_HEADING_CHARS &&
            len > chars(blocks[i + 1].text, blocks[i + 1].text_len))
            PT_CHECK(flag(c, PT_DIAG_LONG_HEADING, i, block_start(b),
                          "heading longer than the paragraph after it: "
                          "%.*s%.*s",
                          b->text, b->text_len, "", 0));
    }
done:
    return rc;
}

/* ---- all of them -------------------------------------------------------- */

static int
by_block(const void *x, const void *y)
{
    const pt_diagnostic *a = x, *b = y;
    if (a->block != b->block)
        return a->block < b->block ? -1 : 1;
    if (a->raw != b->raw)
        return a->raw < b->raw ? -1 : 1;
    return (a->code > b->code) - (a->code < b->code);
}

pt_status
pt_doc_diagnostics(const pt_doc *doc, pt_diagnostics *out, pt_error *err)
{
    pt_status rc = PT_OK;
    size_t n;
    const pt_block *blocks = pt_doc_blocks(doc, &n);
    checker c = {doc, NULL, 0, out, PT_VEC_INIT(pt_diagnostic)};
    c.s = pt_doc_text(doc, &c.len);
    PT_CHECK(check_paragraph_numbers(&c, blocks, n));
    PT_CHECK(check_restored_numbers(&c));
    PT_CHECK(check_headings(&c, blocks, n));
    PT_CHECK(check_footnotes(&c, blocks, n));
    PT_CHECK(check_text(&c, blocks, n));
    if (c.v.n > 1)
        qsort(c.v.items, c.v.n, sizeof(pt_diagnostic), by_block);
    pt_diagnostics_free(out);
    out->items = c.v.items;
    out->n = out->cap = c.v.n;
    return PT_OK;
done:
    pt__vec_free(&c.v, pt__default_alloc(out->alloc));
    return pt__fail(err, rc, 0, "out of memory");
}
