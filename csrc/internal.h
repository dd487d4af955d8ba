/*
 * internal.h: what the core's files share and no user sees.
 *
 * The parse runs in stages over one input (DESIGN.md):
 *   lines.c     split into lines, measure and classify each one
 *   masthead.c  the masthead (symbol, date, title, ...) and a table of
 *               contents at the top of the document
 *   blocks.c    assemble lines into headings, paragraphs and footnotes
 *   marks.c     footnote reference marks glued to words and numbers
 *   lang.c      language detection
 *   entities.c  tag each block: candidates from gazetteer.c (the names'
 *               trie) and the recognisers tagger.c tries (dates.c,
 *               numbers.c, symbols.c, references.c, persons.c, titles.c),
 *               kept in candidates.c's buffer, one resolver for a flat set
 *   doc.c       pt_parse: runs the stages, owns the results
 * util.c holds the allocator plumbing, growable arrays and UTF-8 helpers,
 * results.c the writers with which the stages record regions and metadata.
 */
#ifndef PT_INTERNAL_H
#define PT_INTERNAL_H

#include "paratag.h"

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

static inline bool
pt__is_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x410 && c <= 0x42F);
}

static inline bool
pt__is_lower(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x430 && c <= 0x44F);
}

/* Display width: 2 for wide (CJK) code points, 1 otherwise. */
static inline unsigned
pt__width(uint32_t c)
{
    return pt__is_cjk(c) ? 2 : 1;
}

/* ---- lines ------------------------------------------------------------ */

typedef enum pt_line_kind {
    PT_LINE_BODY = 1,
    PT_LINE_RULE,      /* "______" above footnotes */
    PT_LINE_FURNITURE, /* see role */
    PT_LINE_PARA,      /* "12. text" or "12." alone: a candidate */
    PT_LINE_HEADING,   /* "III. text", "三. text", "A. text", "Annex II" */
} pt_line_kind;

/* A non-blank line; blank lines are only counted, so that a million of
 * them cost nothing. */
/* One per non-blank line, so kept small: 28 bytes. */
typedef struct pt_line {
    uint32_t cstart, cend; /* content: the line without surrounding space */
    uint32_t width;        /* display width of the content */
    /* For PARA and HEADING: the end of the number, which starts the
     * content, and where the text after it starts (== cend when the
     * number stands alone). */
    uint32_t num_end, text_start;
    uint32_t num_value;    /* PARA: the number's value */
    uint8_t kind;          /* pt_line_kind */
    uint8_t role;          /* pt_role, for furniture */
    uint8_t annex;         /* heading: an "Annex" line */
    uint8_t blanks_before; /* blank lines between it and the line before,
                              counted up to 255 */
} pt_line;

typedef struct pt_lines {
    pt_line *v; /* the non-blank lines */
    size_t n;
    uint32_t trailing_blanks; /* blank lines after the last one */
    uint32_t typical_width; /* a full line's display width */
    bool double_spaced;     /* a blank line after (nearly) every line */
} pt_lines;

pt_status pt__lines_split(const char *s, size_t len, const pt_alloc *a,
                          pt_lines *out);
void pt__lines_classify(const char *s, size_t len, pt_lines *lines);
/* A UN document symbol spanning exactly s[b, e)? */
bool pt__is_symbol(const char *s, size_t b, size_t e);
/* Is the line much narrower than a full one (so it ends a paragraph)? */
bool pt__line_is_short(const pt_lines *lines, const pt_line *l);

/* ---- results under construction -------------------------------------- */

typedef struct pt_entrec {
    uint32_t start, end; /* in the block's clean text */
    uint32_t label;
    uint32_t value_off, source_off; /* into doc->pool */
} pt_entrec;

typedef struct pt_blockrec {
    uint8_t kind;
    uint32_t ents_first, nents;      /* into doc->ents */
    uint32_t number_off, number_len; /* into doc->pool */
    uint32_t text_off, text_len;     /* into doc->pool */
    uint32_t refs_first, nrefs;      /* into doc->refs */
    uint32_t spans_first, nspans;    /* into doc->spans */
    uint32_t map_first, nmap;        /* into doc->map */
} pt_blockrec;

struct pt_doc {
    pt_alloc alloc;
    const char *text;
    size_t len;
    char *owned_text; /* the repaired copy, if any */
    char lang[4];
    pt_vec regions; /* pt_region */
    pt_vec recs;    /* pt_blockrec */
    pt_vec refs;    /* pt_span */
    pt_vec spans;   /* pt_span */
    pt_vec map;     /* pt_mapseg */
    pt_vec ents;    /* pt_entrec */
    pt_entity *entities; /* the public view of ents */
    pt_buf pool;    /* numbers and texts, each NUL-terminated */
    uint32_t meta_off[PT_META_COUNT]; /* into pool; PT_NONE when absent */
    pt_block *blocks; /* the public view, built at the end */
    size_t nblocks;
    pt_timings timings;
};

/* The writers (results.c). */
pt_status pt__region_add(pt_doc *doc, uint32_t start, uint32_t end,
                         pt_region_kind kind, pt_role role, uint32_t block);
/* Add the content of a line (trimmed) as one region. */
pt_status pt__region_line(pt_doc *doc, const pt_line *l, pt_region_kind kind,
                          pt_role role);
pt_status pt__meta_set(pt_doc *doc, pt_meta_field f, const char *s,
                       size_t n);

/* The masthead: returns the index of the first line after it (0 when the
 * document has none) and fills metadata and regions. */
pt_status pt__masthead(pt_doc *doc, pt_lines *lines, size_t *body_start);

/* Assemble blocks from lines[first..]. */
pt_status pt__blocks(pt_doc *doc, pt_lines *lines, size_t first);

/* Footnote marks in s[from, e) of a body line whose content is s[b, e),
 * in order; stops after `max`, stored in out[].  Returns how many. */
size_t pt__find_marks(const char *s, uint32_t b, uint32_t from, uint32_t e,
                      bool cjk, pt_span *out, size_t max);

/* Detect the language of s. */
const char *pt__detect_language(const char *s, size_t len);

/* Parse a date written like "21 May 2007" or "2007 年 5 月 21 日" in
 * s[b, e) into ISO "2007-05-21" (out needs 11 bytes); dates.c. */
bool pt__parse_date_line(const char *s, size_t b, size_t e, char *out);

/* ---- entities ----------------------------------------------------------- */

/* Tag every block of the document (entities.c). */
pt_status pt__tag_blocks(pt_doc *doc, const pt_tagger *tg);

/* The month (1-12) an English, French, Spanish or Russian month name in
 * s[b, e) names, or 0 (dates.c); English names must be capitalised. */
int pt__month_of(const char *s, size_t b, size_t e);

#endif /* PT_INTERNAL_H */
