/*
 * candidates.c: the one table of recognisers, and the candidates they
 * propose in a scan, each with its value written into the scan's buffer
 * of values.
 */
#include "recognisers.h"

#include <stdarg.h>
#include <string.h>

/* Which recogniser a candidate comes from decides its `source` and, among
 * candidates of equal length, which one the resolver keeps: the lower
 * priority, so money first, then dates and agenda items (Russian "пункты
 * 13 и 15 повестки дня" would be paragraphs too, and the agenda named
 * after the list settles it), the other rules, quantities, the
 * gazetteers' names and the acronyms after them, then a short title, and
 * last a name read from its shape, which a listed name of the same span
 * beats. */
const pt_recogniser_info pt__recognisers[PT_REC_COUNT] = {
    /*                     source          priority */
    [PT_REC_MONEY]       = {"money",        1},
    [PT_REC_DATE]        = {"date",         2},
    [PT_REC_SYMBOL]      = {"symbol",       3},
    [PT_REC_URL]         = {"url",          3},
    [PT_REC_RESOLUTION]  = {"resolution",   3},
    [PT_REC_AGENDA_ITEM] = {"agenda_item",  2},
    [PT_REC_PROVISION]   = {"provision",    3},
    [PT_REC_PERSON]      = {"person",       3},
    [PT_REC_QUANTITY]    = {"quantity",     4},
    [PT_REC_NAME]        = {NULL,           5}, /* the gazetteer's own */
    [PT_REC_ACRONYM]     = {"acronym",      5},
    [PT_REC_SHORT_TITLE] = {"short_title",  6},
    [PT_REC_SHAPE]       = {"name_shape",   7},
    /* "Basel" in "the Basel and Rotterdam conventions": the convention,
     * not the place the gazetteer also lists */
    [PT_REC_NAME_LIST]   = {"name_list",    4},
    [PT_REC_PLACE_CONTEXT] = {"place_context", 7},
    [PT_REC_COMMENT]     = {"general_comment", 3},
};

static pt_status
add(pt_scan *sc, size_t b, size_t e, pt_label label, pt_recogniser rec,
    const char *source, const char *value, size_t vlen)
{
    /* a name's source is its gazetteer's, every other one the table's */
    assert((rec == PT_REC_NAME) == (pt__recognisers[rec].source == NULL));
    assert(source != NULL && (value != NULL || vlen == 0));
    if (e <= b || e > sc->n)
        return PT_OK;
    pt_cand c = {(uint32_t)b, (uint32_t)e, (uint32_t)sc->vals.len,
                 (uint32_t)vlen, (uint8_t)label, (uint8_t)rec,
                 pt__recognisers[rec].prio, source};
    if (pt__buf_append(&sc->vals, sc->a, value, vlen) != PT_OK)
        return PT_E_NOMEM;
    return pt__vec_push(&sc->cands, sc->a, &c);
}

pt_status
pt__cand_add(pt_scan *sc, size_t b, size_t e, pt_label label,
             pt_recogniser rec, const char *value, size_t vlen)
{
    return add(sc, b, e, label, rec, pt__recognisers[rec].source, value, vlen);
}

pt_status
pt__cand_add_name(pt_scan *sc, size_t b, size_t e, pt_label label,
                  const char *source, const char *value, size_t vlen)
{
    return add(sc, b, e, label, PT_REC_NAME, source, value, vlen);
}

pt_status
pt__cand_add_value_of(pt_scan *sc, size_t b, size_t e, pt_label label,
                      pt_recogniser rec, size_t k)
{
    const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, k);
    size_t off = c->value_off, vlen = c->value_len;
    const char *source = rec == PT_REC_NAME ? c->source : pt__recognisers[rec].source;
    /* room first, so that the value is read where it stays */
    if (pt__buf_reserve(&sc->vals, sc->a, vlen) != PT_OK)
        return PT_E_NOMEM;
    return add(sc, b, e, label, rec, source, sc->vals.ptr + off, vlen);
}

size_t
pt__put_int(char *out, long long v, int width)
{
    char digits[24];
    size_t n = 0, k = 0;
    unsigned long long u = (unsigned long long)v;
    if (v < 0)
        u = 0ull - u;
    do
        digits[n++] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        out[k++] = '-';
    for (int pad = width - (int)n; pad > 0; pad--)
        out[k++] = '0';
    while (n > 0)
        out[k++] = digits[--n];
    return k;
}

/* The conversions pt__emit's formats use (%s, %.*s, %d, %02d, %lld) into out,
 * without the C library's printf, which cost more than finding the
 * entities did.  Returns the length, or size when out is too small. */
static size_t
format_value(char *out, size_t size, const char *fmt, va_list ap)
{
    size_t k = 0;
    for (const char *f = fmt; *f; f++) {
        const char *piece = f;
        size_t len = 1;
        char num[24];
        if (*f == '%') {
            int width = 0, precision = -1;
            bool wide = false;
            if (*++f == '0')
                for (f++; *f >= '0' && *f <= '9'; f++)
                    width = width * 10 + (*f - '0');
            if (f[0] == '.' && f[1] == '*') {
                precision = va_arg(ap, int);
                f += 2;
            }
            if (f[0] == 'l' && f[1] == 'l') {
                wide = true;
                f += 2;
            }
            if (*f == 's') {
                piece = va_arg(ap, const char *);
                len = precision >= 0 ? (size_t)precision : strlen(piece);
            } else { /* 'd' */
                piece = num;
                long long v = wide ? va_arg(ap, long long) : va_arg(ap, int);
                len = pt__put_int(num, v, width);
            }
        }
        if (size - k <= len)
            return size;
        memcpy(out + k, piece, len);
        k += len;
    }
    out[k] = '\0';
    return k;
}

pt_status
pt__emit(pt_scan *sc, size_t b, size_t e, pt_label label, pt_recogniser rec,
         const char *fmt, ...)
{
    char value[256];
    va_list ap;
    va_start(ap, fmt);
    size_t n = format_value(value, sizeof value, fmt, ap);
    va_end(ap);
    if (n >= sizeof value)
        return PT_OK; /* no value that long is real */
    return pt__cand_add(sc, b, e, label, rec, value, n);
}

size_t
pt__first_name_from(const pt_scan *sc, size_t b)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = 0, hi = sc->names;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool
pt__listed_at(const pt_scan *sc, size_t b, uint32_t labels)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = pt__first_name_from(sc, b);
         k < sc->names && c[k].start == b; k++)
        if (labels >> c[k].label & 1)
            return true;
    return false;
}

bool
pt__found_inside(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = sc->cands.n; k-- > sc->names && c[k].start + 512 >= b;)
        if (c[k].start >= b && c[k].start < e && c[k].label != PT_LABEL_NONE)
            return true;
    return false;
}

size_t
pt__listed_start(const pt_scan *sc, size_t e, uint32_t labels)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, e);
    /* such names are a few dozen bytes at most */
    for (size_t k = lo; k-- > 0 && e - c[k].start < 256;)
        if (c[k].end == e && (labels >> c[k].label & 1))
            return c[k].start;
    return e;
}

const char *const pt__arabic_clitics[PT_ARABIC_CLITICS] = {"و", "ف", "ب", "ك",
                                                          "ل"};

bool
pt__is_acronym_capital(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0x410 && c <= 0x42F) || c == 0x401;
}

bool
pt__ends_in(const pt_scan *sc, size_t b, size_t e, const char *const *endings,
            size_t count)
{
    for (size_t k = 0; k < count; k++) {
        size_t m = strlen(endings[k]);
        if (e - b > m && memcmp(sc->t + e - m, endings[k], m) == 0)
            return true;
    }
    return false;
}

