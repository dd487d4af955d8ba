/*
 * segment.c: sentences and tokens of a block's clean text, from ICU's
 * break iterators, with the block's entities kept whole.
 *
 * A segmenter holds one sentence and one word iterator for a language and
 * scratch buffers.  Each call converts the block's text to UTF-16
 * (measured: ICU iterates UTF-16 faster than a UText over UTF-8, by more
 * than the conversion costs), noting on the way where the entities'
 * edges fall, and then works in UTF-16 units throughout.  Only the spans
 * it hands out are mapped, by a cursor that only moves forward, to byte
 * offsets or to code points; code points are the units themselves when
 * no character lies past U+FFFF, which makes them the cheap choice.
 *
 * Entities are never cut:
 *   - a sentence boundary strictly inside an entity is dropped;
 *   - word boundaries strictly inside an entity are dropped and its edges
 *     become boundaries, so the entity is exactly one token even when ICU
 *     would have cut it ("3.21 亿美元", "2018 年 6 月 6 日") or run past
 *     its edge (a dictionary word straddling it).
 * A piece keeps ICU's rule status: it is a word when its stretch of text
 * ends at a boundary tagged number, letter, kana or ideograph, and
 * punctuation otherwise.  Pieces are trimmed of white space (Python's
 * str.isspace, all of it in the BMP, so one unit is one character) and
 * empty ones dropped.
 */
#include "internal.h"

#include <string.h>
#include <unicode/ubrk.h>

enum { SENTENCE, WORD };

struct pt_segmenter {
    pt_alloc alloc;
    UBreakIterator *brk[2]; /* SENTENCE, WORD */
    UChar *u16;             /* the block's text in UTF-16 */
    size_t u16_cap;
    int32_t *edges; /* entity k starts at unit edges[2k], ends at [2k+1] */
    size_t edges_cap;
};

static pt_status
fail_icu(pt_error *err, UErrorCode st, const char *msg)
{
    pt__fail(err, PT_E_ICU, 0, msg);
    if (err)
        err->icu_status = st;
    return PT_E_ICU;
}

pt_status
pt_segmenter_new(const char *lang, const pt_alloc *alloc, pt_segmenter **out,
                 pt_error *err)
{
    if (out == NULL)
        return pt__fail(err, PT_E_ARG, 0, "out is NULL");
    *out = NULL;
    const pt_alloc *a = pt__default_alloc(alloc);
    pt_segmenter *seg = pt__malloc(a, sizeof *seg);
    if (seg == NULL)
        return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
    memset(seg, 0, sizeof *seg);
    seg->alloc = *a;
    /* "und" is no ICU locale; the root's rules serve it */
    const char *locale = lang == NULL || strcmp(lang, "und") == 0 ? "" : lang;
    UErrorCode st = U_ZERO_ERROR;
    seg->brk[SENTENCE] = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &st);
    seg->brk[WORD] = ubrk_open(UBRK_WORD, locale, NULL, 0, &st);
    if (U_FAILURE(st)) {
        pt_segmenter_free(seg);
        if (st == U_MEMORY_ALLOCATION_ERROR)
            return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
        return fail_icu(err, st, "ICU: cannot open break iterators");
    }
    *out = seg;
    return PT_OK;
}

void
pt_segmenter_free(pt_segmenter *seg)
{
    if (seg == NULL)
        return;
    ubrk_close(seg->brk[SENTENCE]);
    ubrk_close(seg->brk[WORD]);
    pt__free(&seg->alloc, seg->u16);
    pt__free(&seg->alloc, seg->edges);
    pt__free(&seg->alloc, seg);
}

void
pt_spans_free(pt_spans *spans)
{
    if (spans == NULL)
        return;
    pt__free(pt__default_alloc(spans->alloc), spans->items);
    spans->items = NULL;
    spans->n = spans->cap = 0;
}

/* ---- the block in UTF-16 ---------------------------------------------- */

static pt_status
reserve(pt_segmenter *seg, void **p, size_t *cap, size_t n, size_t size)
{
    if (n <= *cap)
        return PT_OK;
    void *q = pt__realloc(&seg->alloc, *p, n * size);
    if (q == NULL)
        return PT_E_NOMEM;
    *p = q;
    *cap = n;
    return PT_OK;
}

/* Write the character at s[i] (not ASCII) to u16 + *n; its length in
 * bytes, or 0 when it is no valid UTF-8.  Each check is one compare, as
 * CJK text comes here for every character. */
static size_t
decode_to_utf16(const unsigned char *s, size_t len, size_t i, UChar *u16,
                size_t *n)
{
    uint32_t c = s[i], c1 = i + 1 < len ? s[i + 1] ^ 0x80u : 0xFF;
    if (c >= 0xE0 && c < 0xF0 && i + 2 < len) {
        uint32_t c2 = s[i + 2] ^ 0x80u;
        c = (c & 0x0F) << 12 | c1 << 6 | c2;
        if ((c1 | c2) >= 0x40 || c < 0x800 || (c & 0xF800) == 0xD800)
            return 0; /* not continuations, overlong, a surrogate */
        u16[(*n)++] = (UChar)c;
        return 3;
    }
    if (c >= 0xC2 && c < 0xE0 && c1 < 0x40) {
        u16[(*n)++] = (UChar)((c & 0x1F) << 6 | c1);
        return 2;
    }
    if (c >= 0xF0 && c < 0xF5 && i + 3 < len) {
        uint32_t c2 = s[i + 2] ^ 0x80u, c3 = s[i + 3] ^ 0x80u;
        c = (c & 0x07) << 18 | c1 << 12 | c2 << 6 | c3;
        if ((c1 | c2 | c3) >= 0x40 || c < 0x10000 || c > 0x10FFFF)
            return 0;
        u16[(*n)++] = (UChar)(0xD7C0 + (c >> 10));
        u16[(*n)++] = (UChar)(0xDC00 | (c & 0x3FF));
        return 4;
    }
    return 0;
}

/* Convert the block's text to seg->u16 (*units long), noting the units
 * where the entities' edges fall in seg->edges; *astral tells whether a
 * character took two units.  Invalid UTF-8 (a pt_doc's blocks have none,
 * a hand-made block may) fails with PT_E_UTF8. */
static pt_status
to_utf16(pt_segmenter *seg, const pt_block *block, int32_t *units,
         bool *astral, pt_error *err)
{
    const unsigned char *s = (const unsigned char *)block->text;
    size_t len = block->text_len, nedges = 2 * block->nentities;
    if (len > (size_t)INT32_MAX - 1)
        return pt__fail(err, PT_E_LIMIT, 0, "block text over 2 GiB");
    /* UTF-8 never takes fewer bytes than UTF-16 takes units */
    if (reserve(seg, (void **)&seg->u16, &seg->u16_cap, len + 1,
                sizeof *seg->u16) != PT_OK ||
        reserve(seg, (void **)&seg->edges, &seg->edges_cap, nedges,
                sizeof *seg->edges) != PT_OK)
        return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
    UChar *u = seg->u16;
    size_t n = 0, i = 0, k = 0;
    const pt_entity *ent = block->entities;
#define EDGE(k) ((k) % 2 ? ent[(k) / 2].end : ent[(k) / 2].start)
    size_t mark = nedges ? EDGE(0) : SIZE_MAX;
    bool two = false;
    while (i < len) {
        if (i >= mark) {
            seg->edges[k++] = (int32_t)n;
            mark = k < nedges ? EDGE(k) : SIZE_MAX;
            continue;
        }
        size_t stop = mark < len ? mark : len;
        while (i + 8 <= stop) { /* ASCII, eight bytes at a time */
            if (pt__load8((const char *)s + i) & PT_HIGHS)
                break;
            for (int b = 0; b < 8; b++)
                u[n + (size_t)b] = s[i + (size_t)b];
            n += 8;
            i += 8;
        }
        while (i < stop) {
            if (s[i] < 0x80) {
                u[n++] = s[i++];
                continue;
            }
            if (i + 16 <= len && i + 15 <= stop && pt__five_cjk(s + i)) {
                for (int c = 0; c < 5; c++, i += 3)
                    u[n++] = (UChar)((s[i] & 0x0Fu) << 12 |
                                     (s[i + 1] & 0x3Fu) << 6 |
                                     (s[i + 2] & 0x3Fu));
                continue;
            }
            size_t step = decode_to_utf16(s, len, i, u, &n);
            if (step == 0)
                return pt__fail(err, PT_E_UTF8, i, "invalid UTF-8 in a block");
            i += step;
            two = two || step == 4; /* past U+FFFF: a surrogate pair */
        }
    }
#undef EDGE
    while (k < nedges)
        seg->edges[k++] = (int32_t)n;
    *units = (int32_t)n;
    *astral = two;
    return PT_OK;
}

/* ---- spans out ---------------------------------------------------------- */

/* One call's output: spans in units mapped to bytes or code points by a
 * cursor that only moves forward, as spans come in order. */
typedef struct emitter {
    pt_spans *out;
    const UChar *u16;
    bool codepoints, astral;
    int32_t unit;    /* the cursor: u16[0, unit) ... */
    uint32_t offset; /* ... is `offset` bytes or code points */
} emitter;

static uint32_t
offset_of(emitter *em, int32_t unit)
{
    const UChar *u = em->u16 + em->unit, *e = em->u16 + unit;
    uint32_t d = 0;
    assert(unit >= em->unit); /* spans come in order */
    em->unit = unit;
    if (em->codepoints) {
        if (!em->astral)
            return em->offset = (uint32_t)unit;
        for (; u < e; u++)
            d += (*u & 0xFC00) != 0xDC00; /* a pair's second half */
    } else {
        /* 1, 2 or 3 bytes a unit, each half of a pair 2; no branch */
        for (; u < e; u++)
            d += 1u + (*u >= 0x80) + (*u >= 0x800 && (*u & 0xF800) != 0xD800);
    }
    return em->offset += d;
}

static pt_status
emit(emitter *em, int32_t b, int32_t e)
{
    pt_spans *out = em->out;
    if (out->n == out->cap) {
        size_t cap = out->cap < 64 ? 64 : out->cap + out->cap / 2;
        pt_span *p = pt__realloc(pt__default_alloc(out->alloc), out->items,
                                 cap * sizeof *p);
        if (p == NULL)
            return PT_E_NOMEM;
        out->items = p;
        out->cap = cap;
    }
    uint32_t start = offset_of(em, b);
    out->items[out->n++] = (pt_span){start, offset_of(em, e)};
    return PT_OK;
}

/* Emit u16[b, e) trimmed of white space, unless nothing is left. */
static pt_status
emit_trimmed(emitter *em, int32_t b, int32_t e)
{
    while (b < e && pt__is_space(em->u16[b]))
        b++;
    while (e > b && pt__is_space(em->u16[e - 1]))
        e--;
    return b < e ? emit(em, b, e) : PT_OK;
}

/* ---- sentences and tokens --------------------------------------------- */

/* Convert the block and hand it to `kind`'s iterator. */
static pt_status
start(pt_segmenter *seg, int kind, const pt_block *block, unsigned flags,
      pt_spans *out, emitter *em, pt_error *err)
{
    if (seg == NULL || block == NULL || out == NULL)
        return pt__fail(err, PT_E_ARG, 0, "NULL argument");
    int32_t units = 0;
    bool astral = false;
    pt_status rc = to_utf16(seg, block, &units, &astral, err);
    if (rc != PT_OK)
        return rc;
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(seg->brk[kind], seg->u16, units, &st);
    if (U_FAILURE(st))
        return fail_icu(err, st, "ICU: cannot segment the block's text");
    *em = (emitter){out, seg->u16, flags & PT_SEGMENT_CODEPOINTS, astral, 0,
                    0};
    return PT_OK;
}

static pt_status
finish(pt_status rc, pt_spans *out, size_t mark, pt_error *err)
{
    if (rc == PT_E_NOMEM)
        pt__fail(err, rc, 0, "out of memory");
    if (rc != PT_OK && out != NULL)
        out->n = mark;
    return rc;
}

pt_status
pt_block_sentences(pt_segmenter *seg, const pt_block *block, unsigned flags,
                   pt_spans *out, pt_error *err)
{
    size_t mark = out ? out->n : 0;
    emitter em;
    pt_status rc = start(seg, SENTENCE, block, flags, out, &em, err);
    if (rc != PT_OK)
        return finish(rc, out, mark, err);
    UBreakIterator *brk = seg->brk[SENTENCE];
    const int32_t *edges = seg->edges;
    size_t j = 0, nent = block->nentities;
    int32_t from = ubrk_first(brk), at;
    while (rc == PT_OK && (at = ubrk_next(brk)) != UBRK_DONE) {
        while (j < nent && edges[2 * j + 1] <= at)
            j++;
        if (j < nent && edges[2 * j] < at)
            continue; /* inside an entity */
        rc = emit_trimmed(&em, from, at);
        from = at;
    }
    return finish(rc, out, mark, err);
}

pt_status
pt_block_tokens(pt_segmenter *seg, const pt_block *block, unsigned flags,
                pt_spans *out, pt_error *err)
{
    size_t mark = out ? out->n : 0;
    emitter em;
    pt_status rc = start(seg, WORD, block, flags, out, &em, err);
    if (rc != PT_OK)
        return finish(rc, out, mark, err);
    UBreakIterator *brk = seg->brk[WORD];
    const int32_t *edges = seg->edges;
    size_t j = 0, nent = block->nentities;
    bool words_only = flags & PT_SEGMENT_WORDS_ONLY;
    int32_t pos = ubrk_first(brk), at;
    /* ICU's piece [.., at) is cut at entity edges; pos is where the text
     * not yet in a token starts, never past the next entity's start */
    while (rc == PT_OK && (at = ubrk_next(brk)) != UBRK_DONE) {
        bool word = ubrk_getRuleStatus(brk) >= UBRK_WORD_NONE_LIMIT;
        while (rc == PT_OK && pos < at) {
            if (j < nent && edges[2 * j] == pos) {
                rc = emit(&em, pos, edges[2 * j + 1]);
                pos = edges[2 * j++ + 1];
                continue;
            }
            int32_t end = j < nent && edges[2 * j] < at ? edges[2 * j] : at;
            if (word || !words_only)
                rc = emit_trimmed(&em, pos, end);
            pos = end;
        }
    }
    return finish(rc, out, mark, err);
}
