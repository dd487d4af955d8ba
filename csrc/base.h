/*
 * base.h: the bottom layer every core file stands on: allocation,
 * growable arrays and byte strings, errors, UTF-8 and character classes
 * (util.c).
 */
#ifndef PT_BASE_H
#define PT_BASE_H

#include "paratag.h"

/* assert() states the invariants the code relies on; setup.py's PT_DEBUG
 * and the C tests (csrc/Makefile) check them, other builds define NDEBUG
 * (Python's own CFLAGS do) and compile them out. */
#include <assert.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define PT_CHECK(expr)                                                       \
    do {                                                                     \
        rc = (expr);                                                         \
        if (rc != PT_OK)                                                     \
            goto done;                                                       \
    } while (0)

#define PT_NONE UINT32_MAX

/* The number of elements of a fixed array. */
#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- allocation and growable arrays ---------------------------------- */

/* `a`, or the C library's malloc when it is NULL. */
const pt_alloc *pt__default_alloc(const pt_alloc *a);
void *pt__malloc(const pt_alloc *a, size_t n);
void *pt__realloc(const pt_alloc *a, void *p, size_t n);
void pt__free(const pt_alloc *a, void *p);

/* A growable array of fixed-size items; grows by 1.5x. */
typedef struct pt_vec {
    void *items;
    size_t n, cap, size;
} pt_vec;

#define PT_VEC_INIT(type) {NULL, 0, 0, sizeof(type)}

pt_status pt__vec_reserve(pt_vec *v, const pt_alloc *a, size_t extra);
/* Append one item (copied from `item`). */
pt_status pt__vec_push(pt_vec *v, const pt_alloc *a, const void *item);
void pt__vec_free(pt_vec *v, const pt_alloc *a);
#define PT_VEC_AT(v, type, i) (((type *)(v).items)[i])

/* A growable byte string, always NUL-terminated when non-empty. */
typedef struct pt_buf {
    char *ptr;
    size_t len, cap;
} pt_buf;

pt_status pt__buf_append(pt_buf *b, const pt_alloc *a, const char *s,
                         size_t n);
/* Room for n more bytes and a NUL. */
pt_status pt__buf_reserve(pt_buf *b, const pt_alloc *a, size_t n);
/* Append s[0, n) and a NUL; *off gets where it starts.  A string pool. */
pt_status pt__buf_add_str(pt_buf *b, const pt_alloc *a, const char *s,
                          size_t n, uint32_t *off);
void pt__buf_free(pt_buf *b, const pt_alloc *a);

pt_status pt__fail(pt_error *err, pt_status code, size_t pos,
                   const char *msg);

/* ---- UTF-8 and character classes -------------------------------------- */

/* Decode the code point at s[i] (valid UTF-8 assumed); *n gets its length. */
static inline uint32_t
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

/* Is c one of the code points of set (a NUL-terminated string of valid
 * UTF-8, which ends no character early: no length needed)? */
static inline bool
pt__char_in_set(const char *set, uint32_t c)
{
    size_t n;
    for (size_t k = 0; set[k]; k += n)
        if (pt__decode(set, SIZE_MAX, k, &n) == c)
            return true;
    return false;
}

/* The start of the code point that ends just before s[i]. */
static inline size_t
pt__prev(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The length of the longest valid prefix; *bad_len gets the length of the
 * invalid sequence that follows it (1-3 bytes), 0 when all is valid. */
size_t pt__utf8_valid_prefix(const char *s, size_t len, size_t *bad_len);

/* Write c as UTF-8 to out (room for 4 bytes); returns its length. */
size_t pt__encode(uint32_t c, char *out);
/* Are s[0, 15) five three-byte characters that need no check: leads E1-EC
 * or EE-EF (E0 may start an overlong form, ED a surrogate), each with two
 * continuation bytes?  CJK text is mostly such runs, which validation and
 * conversion then take five at a time.  Reads 16 bytes; false where SSE2
 * is missing. */
static inline bool
pt__five_cjk(const unsigned char *s)
{
#ifdef __SSE2__
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i top2 = _mm_and_si128(x, _mm_set1_epi8((char)0xC0));
    __m128i top4 = _mm_and_si128(x, _mm_set1_epi8((char)0xF0));
    int cont =
        _mm_movemask_epi8(_mm_cmpeq_epi8(top2, _mm_set1_epi8((char)0x80)));
    int lead =
        _mm_movemask_epi8(_mm_cmpeq_epi8(top4, _mm_set1_epi8((char)0xE0)));
    int odd = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE0)),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xED))));
    /* leads at bytes 0, 3, 6, 9, 12; continuations at the others */
    return (cont & 0x7FFF) == 0x6DB6 && (lead & 0x7FFF) == 0x1249 &&
           (odd & 0x1249) == 0;
#else
    (void)s;
    return false;
#endif
}



/* The first byte at or after i in s[.., e) that is not ' '. */
static inline size_t
pt__skip_blanks(const char *s, size_t e, size_t i)
{
    while (i < e && s[i] == ' ')
        i++;
    return i;
}

/* How many words, runs of anything but ' ', s[b, e) holds. */
static inline size_t
pt__count_words(const char *s, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++)
        n += s[i] != ' ' && (i == b || s[i - 1] == ' ');
    return n;
}

/* If s[*i, e) begins with w, step over it and the blanks after it. */
static inline bool
pt__skip_word(const char *s, size_t e, size_t *i, const char *w)
{
    size_t n = strlen(w);
    if (e - *i >= n && memcmp(s + *i, w, n) == 0) {
        *i = pt__skip_blanks(s, e, *i + n);
        return true;
    }
    return false;
}

/* Python's str.isspace(), so that "nothing lost" means what users test. */
static inline bool
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

/* Code points that end a line: \n \r \f \v \x1c-\x1e \x85 U+2028 U+2029. */
static inline bool
pt__is_newline(uint32_t c)
{
    return c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
           (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

/* Han ideographs only. */
static inline bool
pt__is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* Ideographs, kana, hangul and CJK punctuation: wide in display. */
static inline bool
pt__is_cjk(uint32_t c)
{
    return pt__is_han(c) || (c >= 0x3000 && c <= 0x30FF) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3130 && c <= 0x318F) ||
           (c >= 0xFE30 && c <= 0xFE4F);
}

static inline bool
pt__is_ascii_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* The index of the lowest set bit of x, which is not 0. */
static inline unsigned
pt__lowest_bit(unsigned x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctz(x);
#else
    unsigned k = 0;
    for (; !(x & 1); x >>= 1)
        k++;
    return k;
#endif
}

/* Does byte u begin a character of U+5000-U+9FFF, three bytes, all of
 * them Han?  Most of a Chinese text does. */
static inline bool
pt__is_han_lead(unsigned char u)
{
    return u >= 0xE5 && u <= 0xE9;
}

/* ---- eight bytes at a time -------------------------------------------- */

#define PT_ONES UINT64_C(0x0101010101010101)
#define PT_HIGHS UINT64_C(0x8080808080808080) /* each byte's top bit */

/* s[0, 8) as one word, in the machine's byte order: the tests below ask
 * the same of every byte, so the order does not matter. */
static inline uint64_t
pt__load8(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

/* Not 0 exactly when a byte of w is c. */
static inline uint64_t
pt__has_byte(uint64_t w, unsigned char c)
{
    uint64_t x = w ^ (PT_ONES * c);
    return (x - PT_ONES) & ~x & PT_HIGHS;
}

/* Classes of bytes, looked up once where loops step through every byte. */
enum { PT_BYTE_DIGIT = 1, PT_BYTE_LETTER = 2 };
extern const unsigned char pt__byte_class[256];

/* An ASCII letter or digit. */
static inline bool
pt__is_ascii_alnum(unsigned char c)
{
    return pt__byte_class[c] != 0;
}

static inline bool
pt__is_ascii_letter(unsigned char c)
{
    return pt__byte_class[c] & PT_BYTE_LETTER;
}

static inline bool
pt__is_latin_letter(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* Is c a letter of Russian's alphabet (А-я, Ё, ё)? */
static inline bool
pt__is_cyrillic_letter(uint32_t c)
{
    return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451;
}

/* A Russian capital (А-Я, Ё) in lower case; any other c as it is. */
static inline uint32_t
pt__cyrillic_lower(uint32_t c)
{
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    return c == 0x401 ? 0x451 : c;
}

/* Latin Extended-A pairs its capitals and small letters one after the
 * other (Ā ā ... Ž ž: the names of Central Europe, Žvan, Šimonović,
 * Łukasz); which of the pair comes first changes twice.  1 for a capital,
 * 0 for a small letter, -1 outside the block. */
static inline int
latin_extended_a_case(uint32_t c)
{
    if (c < 0x100 || c > 0x17F)
        return -1;
    if (c == 0x138 || c == 0x149 || c == 0x17F) /* ĸ ŉ ſ */
        return 0;
    if (c == 0x178) /* Ÿ */
        return 1;
    bool odd_capitals = (c >= 0x139 && c <= 0x148) || c >= 0x179;
    return (int)((c & 1) == odd_capitals);
}

static inline bool
pt__is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           latin_extended_a_case(c) == 1 || (c >= 0x400 && c <= 0x42F);
}

static inline bool
pt__is_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           latin_extended_a_case(c) == 0 || (c >= 0x430 && c <= 0x45F);
}

/* Display width: 2 for wide (CJK) code points, 1 otherwise. */
static inline unsigned
pt__width(uint32_t c)
{
    return pt__is_cjk(c) ? 2 : 1;
}

/* Has the caller asked a long parse to stop?  Asked at stage, block and
 * chunk boundaries, never per byte. */
static inline bool
pt__cancel_asked(const pt_cancel *cancel)
{
    return cancel != NULL && cancel->cancelled(cancel->ctx);
}

/* How many lines a stage handles between two questions to pt_cancel. */
#define PT_CANCEL_EVERY 65536

#endif /* PT_BASE_H */
