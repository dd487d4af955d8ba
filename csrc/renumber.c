/*
 * renumber.c: paragraph numbers and heading labels the extractor lost,
 * from the contents.
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
 * beyond what the contents say, and numbers only ever go up.  A heading
 * without a label whose title is just a labelled entry's takes its
 * label ("A"), whether or not the paragraphs kept their numbers.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

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

/* The contents' entry for heading h (pt__toc_entry_for). */
static const pt_toc_entry *
heading_entry(const pt_doc *doc, const pt_blockrec *h, const pt_toc *toc,
              bool labelled)
{
    return pt__toc_entry_for(toc, doc->pool.ptr + h->text_off, h->text_len,
                             labelled);
}

/* The index of the first entry after entry `from` that gives a range,
 * or toc->n. */
static size_t
next_ranged(const pt_toc *toc, size_t from)
{
    while (++from < toc->n && toc->v[from].first == 0)
        ;
    return from;
}

/* The entry of heading k, whose title the contents word otherwise (an
 * editor's change, "كلفة" in the body for "تكلفة"), by its place: the
 * entry with a range between the last heading's, `before`, and the next
 * heading's, when those are the entries with ranges on either side of
 * it; NULL else. */
static const pt_toc_entry *
entry_by_place(const pt_doc *doc, const pt_blockrec *recs, size_t k,
               const pt_toc *toc, const pt_toc_entry *before)
{
    if (!before)
        return NULL;
    size_t at = next_ranged(toc, (size_t)(before - toc->v));
    if (at >= toc->n)
        return NULL;
    for (size_t j = k + 1; j < doc->recs.n; j++)
        if (recs[j].kind == PT_BLOCK_HEADING)
            return heading_entry(doc, &recs[j], toc, false) ==
                           &toc->v[next_ranged(toc, at)]
                       ? &toc->v[at]
                       : NULL;
    return NULL;
}

/* How many of the body's numbered paragraphs carry a number their
 * section's entry gives them: the numbers the extractor kept, not those
 * of a list inside a paragraph ("1. Opening of the session"). */
static uint32_t
numbers_kept(const pt_doc *doc, const pt_toc *toc)
{
    const pt_blockrec *recs = (const pt_blockrec *)doc->recs.items;
    const pt_span *spans = (const pt_span *)doc->spans.items;
    const pt_toc_entry *x = NULL;
    uint32_t kept = 0;
    for (size_t k = 0; k < doc->recs.n; k++) {
        const pt_blockrec *b = &recs[k];
        if (!in_body(b, spans, toc->end))
            continue;
        const pt_toc_entry *h = b->kind == PT_BLOCK_HEADING
                                    ? heading_entry(doc, b, toc, false)
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

/* Give each heading of the body that lost its label ("A.", with a word
 * processor's list) the label of the contents entry whose title is
 * just the heading's. */
static pt_status
restore_labels(pt_doc *doc, const pt_toc *toc)
{
    pt_status rc = PT_OK;
    pt_blockrec *recs = (pt_blockrec *)doc->recs.items;
    const pt_span *spans = (const pt_span *)doc->spans.items;
    for (size_t k = 0; k < doc->recs.n && toc->n; k++) {
        pt_blockrec *b = &recs[k];
        if (b->kind != PT_BLOCK_HEADING || b->number_len ||
            !in_body(b, spans, toc->end))
            continue;
        const pt_toc_entry *l = heading_entry(doc, b, toc, true);
        if (l) {
            PT_CHECK(pt__buf_add_str(&doc->pool, &doc->alloc, l->label,
                                     l->nlabel, &b->number_off));
            b->number_len = (uint32_t)l->nlabel;
        }
    }
done:
    return rc;
}

pt_status
pt__renumber_from_contents(pt_doc *doc)
{
    pt_status rc = PT_OK;
    pt_toc toc;
    toc.n = 0, toc.paragraphs = false, toc.end = 0;
    pt__toc_read(doc, &toc, 0);
    PT_CHECK(restore_labels(doc, &toc));
    if (!toc.paragraphs || toc.n == 0)
        return PT_OK;
    uint32_t toc_end = toc.end;
    uint32_t total = 0;
    for (size_t k = 0; k < toc.n; k++)
        total = toc.v[k].last > total ? toc.v[k].last : total;
    pt_blockrec *recs = (pt_blockrec *)doc->recs.items;
    const pt_span *spans = (const pt_span *)doc->spans.items;
    /* the numbers are there (most of them): nothing was lost */
    if (total < 4 || numbers_kept(doc, &toc) * 4 >= total)
        return PT_OK;
    /* the paragraphs before the first section the contents number (an
     * introduction they list without a range) take the numbers before
     * its range when there are just that many of them */
    uint32_t opening = 0;
    size_t k = 0;
    const pt_toc_entry *x = NULL;
    for (; k < doc->recs.n && !x; k++) {
        if (in_body(&recs[k], spans, toc_end) &&
            recs[k].kind == PT_BLOCK_HEADING)
            x = heading_entry(doc, &recs[k], &toc, false);
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
            const pt_toc_entry *before = x;
            x = heading_entry(doc, b, &toc, false);
            if (!x)
                x = entry_by_place(doc, recs, k, &toc, before);
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
