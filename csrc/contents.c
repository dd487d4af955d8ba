/*
 * contents.c: what a table of contents says of the document's sections.
 *
 * The masthead stage marks a contents table's lines (regions "toc"); this
 * reads them as entries: each section's title, its label ("II.", "ألف"),
 * and the paragraphs it holds when the table has a "Paragraphs" column:
 *
 *     I.  BACKGROUND ............................     3-12     3
 *
 * The block assembler asks where a title ends (two stacked headings are
 * two titles), and the renumbering stage which paragraphs a section's
 * entry gives it.  A title is compared by its letters only ("Vision
 * ....", "VISION"), as a block's clean text has them.
 */
#include "internal.h"

#include <string.h>

/* Letters two titles must share at least to match. */
#define KEY_MIN 5

/* Does c count in a title's key: a letter, not a mark or a sign? */
static bool
is_key_char(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0x80 && !pt__is_dirmark(c) && !pt__is_space(c) &&
            !pt__is_optional_arabic_mark(c) && !(c >= 0x2000 && c <= 0x206F) &&
            c != 0x060C && c != 0x061B && c != 0x061F);
}

/* Append the key characters of s[b, e) to key[n, PT_TOC_KEY_MAX), as many as
 * fit. */
static size_t
key_add(const char *s, size_t b, size_t e, char *key, size_t n)
{
    size_t w;
    for (size_t i = b; i < e; i += w) {
        uint32_t c = pt__decode(s, e, i, &w);
        if (n + w > PT_TOC_KEY_MAX)
            break;
        if (!is_key_char(c))
            continue;
        if (c < 0x80)
            key[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        else
            memcpy(key + n, s + i, w), n += w;
    }
    return n;
}

/* The letters of s[b, e), lower-cased, as a block's clean text has them
 * (an Arabic title repaired as its heading is), up to PT_TOC_KEY_MAX bytes:
 * what two writings of one title ("Vision ....", "VISION") share. */
static size_t
key_of(const char *s, size_t len, size_t b, size_t e, char *key, size_t n)
{
    pt_repair r;
    while (b < e) {
        uint32_t f = pt__next_repair(s, len, (uint32_t)b, (uint32_t)e, &r);
        n = key_add(s, b, f, key, n);
        if (f < e)
            n = key_add(r.clean, 0, r.clean_len, key, n), f += r.raw_len;
        b = f;
    }
    return n;
}

/* "Paragraphs": the column header that says the numbers are paragraphs'. */
static bool
is_paragraphs_header(const char *s, size_t len, size_t b, size_t e)
{
    static const char *const words[] = {"Paragraphs", "Paragraphes",
                                        "Párrafos",   "Пункты",
                                        "الفقرات",    "段次"};
    b = pt__ar_skip_marks(s, len, b, e);
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (e - b >= strlen(words[k]) &&
            memcmp(s + b, words[k], strlen(words[k])) == 0)
            return true;
    return false;
}

/* The value of the digits at s[*i, e), Western or Arabic-Indic, at most
 * four, with *i past them; 0 digits read gives *i unmoved. */
static uint32_t
read_digits(const char *s, size_t e, size_t *i, size_t *ndigits)
{
    uint32_t v = 0;
    size_t w;
    int d;
    *ndigits = 0;
    while (*i < e && (d = pt__digit_value(pt__decode(s, e, *i, &w))) >= 0) {
        if (++*ndigits > 4)
            return 0;
        v = v * 10 + (uint32_t)d;
        *i += w;
    }
    return v;
}

/* "3-12" or "18" alone: a range of paragraphs; false for anything else.
 * A right-to-left page shows the range's ends the other way round
 * ("12-3"), and may wrap them in direction marks. */
static bool
paragraph_range(const char *s, size_t len, size_t b, size_t e,
                uint32_t *first, uint32_t *last)
{
    uint32_t v[2] = {0, 0};
    size_t i = pt__ar_skip_marks(s, len, b, e), nd;
    int k = 0;
    for (;; k++) {
        v[k] = read_digits(s, e, &i, &nd);
        if (nd == 0 || nd > 4)
            return false;
        i = pt__ar_skip_marks(s, len, i, e);
        if (i == e || k == 1)
            break;
        if (s[i] != '-')
            return false;
        i = pt__ar_skip_marks(s, len, i + 1, e);
    }
    if (i != e)
        return false;
    if (k == 0)
        v[1] = v[0];
    *first = v[0] < v[1] ? v[0] : v[1];
    *last = v[0] < v[1] ? v[1] : v[0];
    return *first >= 1;
}

/* Past a label that starts s[b, e): "II. ", "A. ", "ألف - ".  Its
 * length, for a Latin label, in *nlabel. */
static size_t
past_label(const char *s, size_t len, size_t b, size_t e, size_t *nlabel)
{
    size_t i = b, end;
    const char *word;
    bool tanween;
    *nlabel = 0;
    while (i < e && ((s[i] >= 'A' && s[i] <= 'Z') && i - b < 5))
        i++;
    if (i > b && i + 1 < e && s[i] == '.' && s[i + 1] == ' ' &&
        (i - b == 1 || pt__roman_value(s, b, i)))
        return *nlabel = i - b, i + 2;
    i = pt__ar_skip_marks(s, len, b, e);
    size_t text = pt__ar_heading_numeral(s, len, i, e, &word, &tanween, &end);
    return text ? text : b;
}

/* Is s[b, e) a number or range alone, a page's or paragraphs'? */
static bool
is_numeric(const char *s, size_t len, size_t b, size_t e)
{
    size_t w;
    bool digit = false;
    for (size_t i = b; i < e; i += w) {
        uint32_t c = pt__decode(s, len, i, &w);
        digit |= pt__digit_value(c) >= 0;
        if (pt__digit_value(c) < 0 && c != '-' && c != ' ' &&
            !pt__is_dirmark(c))
            return false;
    }
    return digit;
}

/* The next contents line after region k, or the regions' count. */
static size_t
next_toc(const pt_region *r, size_t n, size_t k)
{
    while (++k < n && r[k].kind != PT_REGION_TOC)
        ;
    return k;
}

/* How many contents lines from region k on are numbers alone. */
static size_t
numbers_run(const pt_doc *doc, const pt_region *r, size_t nr, size_t k)
{
    size_t run = 0;
    for (; k < nr && is_numeric(doc->text, doc->len, r[k].start, r[k].end);
         k = next_toc(r, nr, k))
        run++;
    return run;
}

/* Do `count` ranges, one every `stride` contents lines from region k,
 * follow each other ("7-8", "9", "10-11")? */
static bool
ranges_follow(const pt_doc *doc, const pt_region *r, size_t nr, size_t k,
              size_t count, size_t stride)
{
    uint32_t first, last, prev = 0;
    for (size_t j = 0; j < count * stride; j++, k = next_toc(r, nr, k)) {
        if (k >= nr)
            return false;
        if (j % stride)
            continue;
        if (!paragraph_range(doc->text, doc->len, r[k].start, r[k].end,
                             &first, &last) ||
            first <= prev)
            return false;
        prev = last;
    }
    return true;
}

/* How the ranges of `count` titles stand in the run of numbers from
 * region k: each after the last (1: a column of ranges, then one of
 * pages), each before its page (2), or not at all (0). */
static size_t
ranges_stride(const pt_doc *doc, const pt_region *r, size_t nr, size_t k,
              size_t count)
{
    if (numbers_run(doc, r, nr, k) < 2 * count)
        return 0;
    for (size_t stride = 1; stride <= 2; stride++)
        if (ranges_follow(doc, r, nr, k, count, stride))
            return stride;
    return 0;
}

/* Make *x the entry of the title s[b, e), its paragraphs first to last
 * (0 when it gives none); false when it has too few letters to match
 * a heading by. */
static bool
add_entry(const pt_doc *doc, pt_toc_entry *x, size_t b, size_t e, uint32_t first,
          uint32_t last)
{
    size_t nlabel, text = past_label(doc->text, doc->len, b, e, &nlabel);
    x->nkey = key_of(doc->text, doc->len, text, e, x->key, 0);
    x->first = first;
    x->last = last;
    x->nlabel = nlabel;
    memcpy(x->label, doc->text + b, nlabel);
    return x->nkey >= KEY_MIN;
}

/* The contents' entries that carry a range of paragraphs.  A title runs
 * from the line after the last line that ended one (a leader, a number)
 * and may wrap; a label alone on its line ("II.") stands in its own
 * column, as do the column headers ("Page").  An entry's range is on the
 * line after its title, or, where the extractor read the page by
 * columns, in a column of numbers after a column of titles: each title
 * takes the next, in order, when the column holds a range and a page
 * for each.  Appends to the toc's entries those of the contents lines
 * from region `from` on. */
static void
contents_entries(const pt_doc *doc, pt_toc *toc, size_t from)
{
    const char *s = doc->text;
    pt_toc_entry *v = toc->v;
    size_t n = toc->n, title_b = PT_NONE, prev_e = 0;
    size_t waiting = n; /* the first entry with no range yet */
    size_t stride = 0, at = 0; /* the run of numbers that holds their
                                  ranges, and the place in it */
    const pt_region *r = (const pt_region *)doc->regions.items;
    size_t nr = doc->regions.n;
    for (size_t k = from; k < nr; k = next_toc(r, nr, k)) {
        if (r[k].kind != PT_REGION_TOC)
            continue;
        toc->end = r[k].end;
        size_t b = r[k].start, e = r[k].end, dots = pt__leader_start(s, b, e);
        bool words = memchr(s + b, ' ', e - b) != NULL;
        uint32_t first = 0, last = 0;
        toc->paragraphs |= is_paragraphs_header(s, doc->len, b, e);
        if (is_numeric(s, doc->len, b, e)) {
            title_b = PT_NONE;
            if (!stride && waiting < n)
                stride = ranges_stride(doc, r, nr, k, n - waiting), at = 0;
            if (stride && at++ % stride == 0 && waiting < n) {
                paragraph_range(s, doc->len, b, e, &first, &last);
                v[waiting].first = first;
                v[waiting++].last = last;
            } else if (!stride || waiting == n) {
                waiting = n, stride = 0;
            }
            continue;
        }
        stride = 0;
        if (!words && dots == e) {
            title_b = PT_NONE; /* a column's header */
            continue;
        }
        if (e - b <= 5 && s[e - 1] == '.')
            continue; /* a label alone */
        size_t nlabel;
        if (title_b != PT_NONE && title_b < b &&
            past_label(s, doc->len, b, e, &nlabel) > b) {
            /* a label starts the next title: the one before ends with
             * neither a leader nor a range */
            if (n < PT_TOC_ENTRIES && add_entry(doc, &v[n], title_b, prev_e, 0, 0))
                n++;
            title_b = PT_NONE;
        }
        if (title_b == PT_NONE)
            title_b = b;
        prev_e = e;
        size_t next = next_toc(r, nr, k);
        bool range = next < nr && paragraph_range(s, doc->len, r[next].start,
                                                  r[next].end, &first, &last);
        /* the last of a column of titles: the numbers after it are the
         * column's */
        if (range && waiting < n &&
            ranges_stride(doc, r, nr, next, n - waiting + 1))
            range = false, first = last = 0;
        if (n < PT_TOC_ENTRIES && (range || dots < e) &&
            add_entry(doc, &v[n], title_b, dots, first, last))
            waiting = range ? n + 1 : waiting, n++;
        if (dots < e)
            title_b = PT_NONE; /* a leader ends the title */
    }
    toc->n = n;
}

/* Is there an entry with a range whose title the heading's title t[0,
 * len) is or begins (a heading may have run into the next); with
 * `labelled`, an entry with a label whose title is just the heading's?
 * A heading's qualifier ("(Agenda item 4)") is no part of its title. */
const pt_toc_entry *
pt__toc_entry_for(const pt_toc *toc, const char *t, size_t len, bool labelled)
{
    const char *paren = memchr(t, '(', len);
    char key[PT_TOC_KEY_MAX];
    size_t nkey = key_add(t, 0, paren ? (size_t)(paren - t) : len, key, 0);
    for (size_t k = 0; k < toc->n && nkey >= KEY_MIN; k++) {
        const pt_toc_entry *x = &toc->v[k];
        size_t m = nkey < x->nkey ? nkey : x->nkey;
        bool kind = labelled ? x->nlabel && nkey == x->nkey : x->first > 0;
        if (kind && memcmp(key, x->key, m) == 0)
            return x;
    }
    return NULL;
}

void
pt__toc_read(const pt_doc *doc, pt_toc *toc, size_t from)
{
    contents_entries(doc, toc, from);
}

bool
pt__toc_next_title(const pt_toc *toc, const char *t, size_t len,
                   const char *s, size_t slen, size_t b, size_t e)
{
    char key[PT_TOC_KEY_MAX], line[PT_TOC_KEY_MAX];
    size_t nkey = key_add(t, 0, len, key, 0);
    size_t nline = key_of(s, slen, b, e, line, 0);
    bool whole = false, next = false;
    for (size_t k = 0; k < toc->n && nkey >= KEY_MIN && nline >= KEY_MIN;
         k++) {
        const pt_toc_entry *x = &toc->v[k];
        whole |= x->nkey == nkey && memcmp(x->key, key, nkey) == 0;
        next |= x->nkey >= nline && memcmp(x->key, line, nline) == 0 &&
                !(x->nkey >= nkey && memcmp(x->key, key, nkey) == 0);
    }
    return whole && next;
}
