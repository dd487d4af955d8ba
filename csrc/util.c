/*
 * util.c: allocator plumbing, growable arrays, UTF-8 and character
 * classes.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ------------------------------------------------------- */

static void *
std_malloc(void *ctx, size_t n)
{
    (void)ctx;
    return malloc(n);
}

static void *
std_realloc(void *ctx, void *p, size_t n)
{
    (void)ctx;
    return realloc(p, n);
}

static void
std_free(void *ctx, void *p)
{
    (void)ctx;
    free(p);
}

static const pt_alloc std_alloc = {std_malloc, std_realloc, std_free, NULL};

const pt_alloc *
pt__default_alloc(const pt_alloc *a)
{
    return a ? a : &std_alloc;
}

void *
pt__malloc(const pt_alloc *a, size_t n)
{
    return a->malloc(a->ctx, n ? n : 1);
}

void *
pt__realloc(const pt_alloc *a, void *p, size_t n)
{
    return a->realloc(a->ctx, p, n ? n : 1);
}

void
pt__free(const pt_alloc *a, void *p)
{
    if (p != NULL)
        a->free(a->ctx, p);
}

/* The capacity to grow to: 1.5 times, at least `least` and `need`. */
static size_t
grown(size_t cap, size_t need, size_t least)
{
    cap = cap < least ? least : cap + cap / 2;
    return cap < need ? need : cap;
}

pt_status
pt__vec_reserve(pt_vec *v, const pt_alloc *a, size_t extra)
{
    if (v->n + extra <= v->cap)
        return PT_OK;
    size_t cap = grown(v->cap, v->n + extra, 8);
    if (cap > SIZE_MAX / v->size)
        return PT_E_NOMEM;
    void *p = pt__realloc(a, v->items, cap * v->size);
    if (p == NULL)
        return PT_E_NOMEM;
    v->items = p;
    v->cap = cap;
    return PT_OK;
}

pt_status
pt__vec_push(pt_vec *v, const pt_alloc *a, const void *item)
{
    assert(v->size > 0 && v->n <= v->cap);
    if (v->n == v->cap && pt__vec_reserve(v, a, 1) != PT_OK)
        return PT_E_NOMEM;
    memcpy((char *)v->items + v->n * v->size, item, v->size);
    v->n++;
    return PT_OK;
}

void
pt__vec_free(pt_vec *v, const pt_alloc *a)
{
    pt__free(a, v->items);
    v->items = NULL;
    v->n = v->cap = 0;
}

pt_status
pt__buf_append(pt_buf *b, const pt_alloc *a, const char *s, size_t n)
{
    assert(s != NULL || n == 0);
    if (pt__buf_reserve(b, a, n) != PT_OK)
        return PT_E_NOMEM;
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return PT_OK;
}

pt_status
pt__buf_reserve(pt_buf *b, const pt_alloc *a, size_t n)
{
    if (b->len + n + 1 <= b->cap)
        return PT_OK;
    size_t cap = grown(b->cap, b->len + n + 1, 64);
    char *p = pt__realloc(a, b->ptr, cap);
    if (p == NULL)
        return PT_E_NOMEM;
    b->ptr = p;
    b->cap = cap;
    return PT_OK;
}

pt_status
pt__buf_add_str(pt_buf *b, const pt_alloc *a, const char *s, size_t n,
                uint32_t *off)
{
    *off = (uint32_t)b->len;
    if (pt__buf_append(b, a, s, n) != PT_OK ||
        pt__buf_append(b, a, "", 1) != PT_OK)
        return PT_E_NOMEM;
    return PT_OK;
}

void
pt__buf_free(pt_buf *b, const pt_alloc *a)
{
    pt__free(a, b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

pt_status
pt__fail(pt_error *err, pt_status code, size_t pos, const char *msg)
{
    if (err != NULL) {
        err->code = code;
        err->pos = pos;
        err->line = 0;
        err->icu_status = 0;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

/* ---- UTF-8 ------------------------------------------------------------ */

/* The word tables are UTF-8 string literals, as gcc and clang keep them
 * by default; a compiler set to another execution character set would
 * corrupt them. */
_Static_assert(sizeof "é" == 3 && sizeof "\uFEFF" == 4,
               "string literals are UTF-8");

/* The length of the well-formed sequence at u[0..n) (RFC 3629: no
 * overlongs, no surrogates, nothing above U+10FFFF), or 0. On 0, *bad gets
 * the length of the maximal ill-formed subpart, as Unicode advises for
 * replacement (so that one U+FFFD stands for each). */
static size_t
utf8_seq(const unsigned char *u, size_t n, size_t *bad)
{
    unsigned char c = u[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    for (size_t k = 1; k < need; k++) {
        if (k >= n || u[k] < lo || u[k] > hi) {
            *bad = k;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need;
}

/* 1 for ASCII digits, 2 for ASCII letters. */
const unsigned char pt__byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

size_t
pt__utf8_valid_prefix(const char *s, size_t len, size_t *bad_len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    *bad_len = 0;
    while (i < len) {
        /* ASCII fast path, eight bytes at a time. */
        while (i + 8 <= len) {
            if (pt__load8(s + i) & PT_HIGHS)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        /* most of a Cyrillic or Arabic text: a lead byte of two (C0 and
         * C1 would be overlong) and a continuation byte */
        if (i + 2 <= len && u[i] >= 0xC2 && u[i] <= 0xDF &&
            (u[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        /* most of a Chinese text: three bytes whose lead byte allows any
         * continuation bytes (not E0, which bars overlongs, nor ED,
         * which bars surrogates) */
        if (i + 3 <= len && u[i] >= 0xE1 && u[i] <= 0xEF && u[i] != 0xED &&
            (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
            i += 3;
            while (i + 16 <= len && pt__five_cjk(u + i))
                i += 15;
            while (i + 3 <= len && u[i] >= 0xE1 && u[i] <= 0xEF &&
                   u[i] != 0xED && (u[i + 1] & 0xC0) == 0x80 &&
                   (u[i + 2] & 0xC0) == 0x80)
                i += 3;
            continue;
        }
        size_t k = utf8_seq(u + i, len - i, bad_len);
        if (k == 0)
            return i;
        i += k;
    }
    return len;
}

size_t
pt__encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}
