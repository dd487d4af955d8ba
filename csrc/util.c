/*
 * util.c: allocator plumbing, growable arrays, UTF-8 and character
 * classes.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation ------------------------------------------------------- */

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
    if (b->len + n + 1 > b->cap) {
        size_t cap = grown(b->cap, b->len + n + 1, 64);
        char *p = pt__realloc(a, b->ptr, cap);
        if (p == NULL)
            return PT_E_NOMEM;
        b->ptr = p;
        b->cap = cap;
    }
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
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
        err->icu_status = 0;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

/* ---- UTF-8 ------------------------------------------------------------ */

uint32_t
pt__decode(const char *s, size_t len, size_t i, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[i];
    if (c < 0x80 || i + 1 >= len) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (u[i + 1] & 0x3F);
    }
    if (c < 0xF0) {
        *n = 3;
        if (i + 2 >= len)
            return 0xFFFD;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
               (u[i + 2] & 0x3F);
    }
    *n = 4;
    if (i + 3 >= len)
        return 0xFFFD;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(u[i + 1] & 0x3F) << 12) |
           ((uint32_t)(u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3F);
}

size_t
pt__prev(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

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

size_t
pt__utf8_valid_prefix(const char *s, size_t len, size_t *bad_len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    *bad_len = 0;
    while (i < len) {
        /* ASCII fast path, eight bytes at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(u + i, len - i, bad_len);
        if (k == 0)
            return i;
        i += k;
    }
    return len;
}

/* ---- character classes ------------------------------------------------ */

bool
pt__is_space(uint32_t c)
{
    if (c <= 0x20)
        return c == 0x20 || (c >= 0x09 && c <= 0x0D) ||
               (c >= 0x1C && c <= 0x1F);
    if (c < 0x85)
        return false;
    return c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool
pt__is_newline(uint32_t c)
{
    return c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

bool
pt__is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool
pt__is_cjk(uint32_t c)
{
    return pt__is_han(c) || (c >= 0x3000 && c <= 0x30FF) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3130 && c <= 0x318F) ||
           (c >= 0xFE30 && c <= 0xFE4F);
}

unsigned
pt__width(uint32_t c)
{
    return pt__is_cjk(c) ? 2 : 1;
}

bool
pt__is_ascii_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

bool
pt__is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x410 && c <= 0x42F);
}

bool
pt__is_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x430 && c <= 0x44F);
}

bool
pt__is_latin_letter(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
