/*
 * renumber.c: paragraph numbers the extractor lost, from the contents.
 *
 * Some reports number their paragraphs with a word processor's automatic
 * list, and some extractors drop those numbers: the paragraphs come out
 * unnumbered.  The table of contents still says which paragraphs each
 * section holds:
 *
 *     I.  BACKGROUND ............................     3-12     3
 *     II. EXPERIENCES FROM OTHER REGIONS ........    13-17     4
 *
 * When a report's contents have a "Paragraphs" column and its body has
 * (almost) no numbered paragraphs, each section whose heading matches an
 * entry takes that entry's numbers for its unnumbered paragraphs, in
 * order, no further than the entry's last.  A section with more
 * paragraphs than its range leaves the rest unnumbered; with fewer, the
 * next section starts again at its own range: no number is guessed
 * beyond what the contents say, and numbers only ever go up.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* Entries kept, at most; a title's letters compared, at most. */
#define ENTRIES_MAX 96
#define KEY_MAX 96
/* Letters two titles must share at least to match. */
#define KEY_MIN 5

typedef struct entry {
    char key[KEY_MAX]; /* the title's letters, ASCII lower-cased */
    size_t nkey;
    uint32_t first, last; /* its paragraphs; 0 when it gives none */
    char label[8];        /* "A", "IV": its label, when it shows one */
    size_t nlabel;
} entry;

/* Does c count in a title's key: a letter, not a mark or a sign? */
static bool
is_key_char(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0x80 && !pt__is_dirmark(c) && !pt__is_space(c) &&
            !pt__is_optional_arabic_mark(c) && !(c >= 0x2000 && c <= 0x206F) &&
            c != 0x060C && c != 0x061B && c != 0x061F);
}

/* Append the key characters of s[b, e) to key[n, KEY_MAX), as many as
 * fit. */
static size_t
key_add(const char *s, size_t b, size_t e, char *key, size_t n)
{
    size_t w;
    for (size_t i = b; i < e; i += w) {
        uint32_t c = pt__decode(s, e, i, &w);
        if (n + w > KEY_MAX)
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
 * (an Arabic title repaired as its heading is), up to KEY_MAX bytes:
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
add_entry(const pt_doc *doc, entry *x, size_t b, size_t e, uint32_t first,
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
 * for each.  Returns how many, and whether the contents have a
 * "Paragraphs" column at all in *column. */
static size_t
contents_entries(const pt_doc *doc, entry *v, bool *column,
                 uint32_t *toc_end)
{
    const char *s = doc->text;
    size_t n = 0, title_b = PT_NONE, prev_e = 0;
    size_t waiting = 0; /* the first entry with no range yet */
    size_t stride = 0, at = 0; /* the run of numbers that holds their
                                  ranges, and the place in it */
    const pt_region *r = (const pt_region *)doc->regions.items;
    size_t nr = doc->regions.n;
    *column = false;
    *toc_end = 0;
    for (size_t k = 0; k < nr; k = next_toc(r, nr, k)) {
        if (r[k].kind != PT_REGION_TOC)
            continue;
        *toc_end = r[k].end;
        size_t b = r[k].start, e = r[k].end, dots = pt__leader_start(s, b, e);
        bool words = memchr(s + b, ' ', e - b) != NULL;
        uint32_t first = 0, last = 0;
        if (is_paragraphs_header(s, doc->len, b, e))
            *column = true;
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
            if (n < ENTRIES_MAX && add_entry(doc, &v[n], title_b, prev_e, 0, 0))
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
        if (n < ENTRIES_MAX && (range || dots < e) &&
            add_entry(doc, &v[n], title_b, dots, first, last))
            waiting = range ? n + 1 : waiting, n++;
        if (dots < e)
            title_b = PT_NONE; /* a leader ends the title */
    }
    return n;
}

/* The entry with a range whose title the heading's is or begins (a
 * heading may have run into the next), or NULL; with `labelled`, the
 * entry with a label whose title is just the heading's.  A heading's
 * qualifier ("(Agenda item 4)") is no part of its title. */
static const entry *
entry_for(const pt_doc *doc, const pt_blockrec *h, const entry *v, size_t n,
          bool labelled)
{
    const char *t = doc->pool.ptr + h->text_off;
    size_t len = h->text_len;
    const char *paren = memchr(t, '(', len);
    char key[KEY_MAX];
    size_t nkey = key_add(t, 0, paren ? (size_t)(paren - t) : len, key, 0);
    for (size_t k = 0; k < n && nkey >= KEY_MIN; k++) {
        size_t m = nkey < v[k].nkey ? nkey : v[k].nkey;
        bool kind = labelled ? v[k].nlabel && nkey == v[k].nkey
                             : v[k].first > 0;
        if (kind && memcmp(key, v[k].key, m) == 0)
            return &v[k];
    }
    return NULL;
}

/* Is paragraph k an item of the list the paragraph before it opens
 * ("... as follows:") or goes on with ("...;")?  Its glyph was lost with
 * the numbers; it is no paragraph of its own. */
static bool
continues_list(const pt_doc *doc, const pt_blockrec *recs, size_t k)
{
    while (k > 0 && recs[k - 1].kind == PT_BLOCK_FOOTNOTE)
        k--;
    if (k == 0 || recs[k - 1].kind != PT_BLOCK_PARAGRAPH ||
        !recs[k - 1].text_len)
        return false;
    const char *t = doc->pool.ptr + recs[k - 1].text_off;
    size_t n = recs[k - 1].text_len;
    static const char *const opens[] = {":", ";", "\u061B", "\uFF1A",
                                        "\uFF1B"}; /* ؛ ： ； */
    for (size_t j = 0; j < sizeof opens / sizeof *opens; j++) {
        size_t m = strlen(opens[j]);
        if (n >= m && memcmp(t + n - m, opens[j], m) == 0)
            return true;
    }
    return false;
}

/* Is the block after the contents (not the summary box before them)? */
static bool
in_body(const pt_blockrec *b, const pt_span *spans, uint32_t toc_end)
{
    return b->nspans && spans[b->spans_first].start >= toc_end;
}

/* Is block k text at a page's foot that a footnote's lines spilled
 * into: after a footnote, before the paragraph that goes on from the
 * page before in lower case? */
static bool
spills_from_footnote(const pt_doc *doc, const pt_blockrec *recs, size_t k)
{
    if (k == 0 || recs[k - 1].kind != PT_BLOCK_FOOTNOTE ||
        k + 1 >= doc->recs.n)
        return false;
    const pt_blockrec *next = &recs[k + 1];
    size_t n;
    return next->text_len &&
           pt__is_lower(pt__decode(doc->pool.ptr + next->text_off,
                                   next->text_len, 0, &n));
}

/* Is block k a paragraph of the body that lost its number? */
static bool
numberable(const pt_doc *doc, const pt_blockrec *recs, size_t k,
           const pt_span *spans, uint32_t toc_end)
{
    return recs[k].kind == PT_BLOCK_PARAGRAPH && !recs[k].number_len &&
           in_body(&recs[k], spans, toc_end) &&
           !pt__opens_figure_note(doc->pool.ptr + recs[k].text_off,
                                  recs[k].text_len) &&
           !continues_list(doc, recs, k) &&
           !spills_from_footnote(doc, recs, k);
}

static bool
starts_with_annex(const char *t, size_t n)
{
    return n >= 5 && (memcmp(t, "Annex", 5) == 0 || memcmp(t, "annex", 5) == 0);
}

/* How many of the body's numbered paragraphs carry a number their
 * section's entry gives them: the numbers the extractor kept, not those
 * of a list inside a paragraph ("1. Opening of the session"). */
static uint32_t
numbers_kept(const pt_doc *doc, const entry *v, size_t n, uint32_t toc_end)
{
    const pt_blockrec *recs = (const pt_blockrec *)doc->recs.items;
    const pt_span *spans = (const pt_span *)doc->spans.items;
    const entry *x = NULL;
    uint32_t kept = 0;
    for (size_t k = 0; k < doc->recs.n; k++) {
        const pt_blockrec *b = &recs[k];
        if (!in_body(b, spans, toc_end))
            continue;
        const entry *h = b->kind == PT_BLOCK_HEADING
                             ? entry_for(doc, b, v, n, false)
                             : NULL;
        x = h ? h : x;
        if (b->kind != PT_BLOCK_PARAGRAPH || !b->number_len)
            continue;
        const char *d = doc->pool.ptr + b->number_off;
        uint32_t value = 0;
        for (size_t i = 0; i < b->number_len && d[i] >= '0' && d[i] <= '9' &&
                           value < 100000;
             i++)
            value = value * 10 + (uint32_t)(d[i] - '0');
        kept += value && (!x || (value >= x->first && value <= x->last));
    }
    return kept;
}

pt_status
pt__renumber_from_contents(pt_doc *doc)
{
    pt_status rc = PT_OK;
    entry v[ENTRIES_MAX];
    bool column;
    uint32_t toc_end;
    size_t n = contents_entries(doc, v, &column, &toc_end);
    if (!column || n == 0)
        return PT_OK;
    uint32_t total = 0;
    for (size_t k = 0; k < n; k++)
        total = v[k].last > total ? v[k].last : total;
    pt_blockrec *recs = (pt_blockrec *)doc->recs.items;
    const pt_span *spans = (const pt_span *)doc->spans.items;
    /* the numbers are there (most of them): nothing was lost */
    if (total < 4 || numbers_kept(doc, v, n, toc_end) * 4 >= total)
        return PT_OK;
    /* the paragraphs before the first section the contents number (an
     * introduction they list without a range) take the numbers before
     * its range when there are just that many of them */
    uint32_t opening = 0;
    size_t k = 0;
    const entry *x = NULL;
    for (; k < doc->recs.n && !x; k++) {
        if (in_body(&recs[k], spans, toc_end) &&
            recs[k].kind == PT_BLOCK_HEADING)
            x = entry_for(doc, &recs[k], v, n, false);
        opening += numberable(doc, recs, k, spans, toc_end);
    }
    uint32_t next = 1, /* the next number to give */
        last = x && x->first == opening + 1 ? opening : 0; /* the last
                                                 this section may take */
    for (k = 0; k < doc->recs.n; k++) {
        pt_blockrec *b = &recs[k];
        if (!in_body(b, spans, toc_end))
            continue;
        if (b->kind == PT_BLOCK_HEADING) {
            const entry *l = b->number_len ? NULL
                                           : entry_for(doc, b, v, n, true);
            if (l) /* its label, lost with the paragraphs' numbers */
                PT_CHECK(pt__buf_add_str(&doc->pool, &doc->alloc, l->label,
                                         l->nlabel, &b->number_off));
            b->number_len = l ? (uint32_t)l->nlabel : b->number_len;
            x = entry_for(doc, b, v, n, false);
            if (x && x->last >= next) {
                next = x->first > next ? x->first : next;
                last = x->last;
            } else if (b->number_len &&
                       starts_with_annex(doc->pool.ptr + b->number_off,
                                         b->number_len)) {
                last = 0; /* annexes number their own way */
            }
        } else if (next <= last && numberable(doc, recs, k, spans, toc_end)) {
            char digits[12];
            int len = snprintf(digits, sizeof digits, "%u", (unsigned)next++);
            PT_CHECK(pt__buf_add_str(&doc->pool, &doc->alloc, digits,
                                     (size_t)len, &b->number_off));
            b->number_len = (uint32_t)len;
            if (!doc->renumbered++)
                doc->first_renumbered = (uint32_t)k;
        }
    }
done:
    return rc;
}
