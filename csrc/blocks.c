/*
 * blocks.c: assemble classified lines into headings, paragraphs and
 * footnotes.
 *
 * Two blocks can be open at once: the body block (a heading or
 * paragraph) and a footnote.  A rule ("____") opens a footnote area that
 * suspends the body block; the area ends at page furniture (the page's
 * footer), at the next paragraph or heading, or at a blank line not
 * followed by another footnote, and the suspended paragraph then goes on
 * across the page break.
 *
 * A "12." line starts paragraph 12 only after paragraph 11 (or a jump of
 * two after a finished sentence, or 1 after an annex heading); otherwise
 * it is text.  Without a number, a new paragraph starts after a short line
 * that ends a sentence, at a preambular participle ("Recalling ...") after
 * a comma, or after a blank line in unnumbered text.  Each line's text is
 * joined to the block (see join()), its footnote marks become references
 * (marks.c), and every piece of it becomes a region of its block.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Marks looked for in one go; a line with more is scanned again. */
#define MARKS_PER_SCAN 32
/* Footnote numbers below this are looked for before the blocks are. */
#define NOTE_NUMBERS 1000
/* Footnote numbers a chain may skip to a cited footnote. */
#define NOTE_GAP 3
/* A first word wider than this fits on no line's end. */
#define WORD_WIDTH_MAX 64
/* A token at least this wide is no word of prose but a URL or a symbol. */
#define LONG_TOKEN_WIDTH 20

typedef struct builder {
    bool open;
    uint8_t kind;
    bool numbered;
    uint32_t index; /* the block's index, reserved when it opened */
    pt_buf number;
    pt_buf text;
    pt_vec map;   /* pt_mapseg */
    pt_vec refs;  /* pt_span */
    pt_vec spans; /* pt_span */
    const pt_line *last_line;
    uint8_t item; /* a free-standing item: ITEM_LETTER or ITEM_BULLET */
    char letter;  /* ITEM_LETTER: its letter */
    char list_letter; /* the last "(a)" that began one of its lines, or 0 */
} builder;

enum { ITEM_LETTER = 1, ITEM_BULLET = 2 };

typedef struct assembler {
    pt_doc *doc;
    const pt_lines *lines;
    const char *s;
    size_t len;
    bool cjk;
    bool arabic;   /* Arabic numbering: "-3" may follow its first line */
    bool resolution; /* the symbol a resolution's ("A/RES/80/163") */
    bool repair;   /* direction marks, presentation forms or lam-alef */
    const pt_line *number_taken; /* a "-3" line already used as a number */
    bool decimal_comma; /* "3,2" is a number, not 3 and a mark */
    builder body, note;
    builder held_note; /* a footnote a page's foot cut off mid-sentence,
                          till the next footnote area shows whether it
                          goes on there */
    bool body_since_held; /* a body line since it was held */
    bool in_notes;       /* inside a footnote area */
    bool note_area_fresh; /* no footnote yet in this area */
    uint32_t last_note;   /* the last numbered footnote's number */
    bool body_marks[NOTE_NUMBERS]; /* the numeric marks taken from the body */
    uint32_t body_mark_max;         /* the highest of them */
    bool numbered_seen;   /* a numbered paragraph since the last annex */
    bool summary_titled;  /* the summary's title has headed its box */
    uint32_t expected;    /* the next paragraph number */
    uint32_t list_next;   /* the next number of a list inside a paragraph */
    uint32_t list_owner;  /* 1 + the index of the unnumbered paragraph whose
                             list "1." began, or 0 */
    uint32_t major, minor_next; /* the last "19.29": 19 and 30 */
    uint32_t last_chapter; /* the last Roman-numbered heading's value */
    char last_section;     /* its last lettered heading's letter, or '@' */
    uint32_t ar_chapter, ar_section; /* the last Arabic ordinal's and abjad
                                        letter's places, 0 for none */
    pt_buf annex_prefix;  /* "annex " or "annex II " inside an annex */
    bool in_directory;    /* inside a list of participants or documents */
    uint32_t titled_heading; /* 1 + the index of the heading whose title
                                runs to its qualifier, or 0 */
    uint32_t last_titled; /* the number of the last qualified title */
    bool in_programme; /* under a day of a programme, no number since */
    uint32_t annex_titled; /* 1 + the index of the annex heading whose
                              title began on the line under "Annex", or 0 */
    bool notes_shown[NOTE_NUMBERS]; /* see pt_note_numbers */
    pt_note_numbers notes;
    pt_toc toc; /* the contents' titles, where two headings meet */
    pt_hyphens hyphens; /* which words the text writes whole */
} assembler;

static const pt_alloc *
alloc_of(assembler *as)
{
    return &as->doc->alloc;
}

static uint32_t
decode_at(const char *s, size_t len, size_t i)
{
    size_t n;
    return pt__decode(s, len, i, &n);
}

static uint32_t
last_char(const pt_buf *b)
{
    return b->len ? decode_at(b->ptr, b->len, pt__prev(b->ptr, b->len)) : 0;
}

/* The value of the digits that start s[b, e). */
static uint32_t
number_value(const char *s, uint32_t b, uint32_t e)
{
    uint32_t v = 0;
    for (uint32_t k = b; k < e && s[k] >= '0' && s[k] <= '9'; k++)
        v = v * 10 + (uint32_t)(s[k] - '0');
    return v;
}

/* The number of a footnote mark s[b, e): its last digits ("12", and in
 * Arabic "( .)1" or ")7("), 0 for a star. */
static uint32_t
mark_number(const char *s, uint32_t b, uint32_t e)
{
    uint32_t k = e;
    while (k > b && !(s[k - 1] >= '0' && s[k - 1] <= '9'))
        k--;
    while (k > b && s[k - 1] >= '0' && s[k - 1] <= '9')
        k--;
    return number_value(s, k, e);
}

/* ---- building one block ----------------------------------------------- */

/* The block's last map segment, or NULL. */
static inline const pt_mapseg *
last_seg(const builder *b)
{
    return b->map.n ? &PT_VEC_AT(b->map, pt_mapseg, b->map.n - 1) : NULL;
}

/* Does the map cover the block's text, and no more? */
static inline bool
map_covers_text(const builder *b)
{
    const pt_mapseg *m = last_seg(b);
    return m ? m->clean + m->clean_len == b->text.len : b->text.len == 0;
}

static pt_status
builder_open(assembler *as, builder *b, pt_block_kind kind, bool numbered)
{
    pt_blockrec rec;
    memset(&rec, 0, sizeof rec);
    rec.kind = (uint8_t)kind;
    b->open = true;
    b->kind = (uint8_t)kind;
    b->numbered = numbered;
    as->in_programme &= !numbered;
    b->index = (uint32_t)as->doc->recs.n;
    b->number.len = b->text.len = 0;
    b->map.n = b->refs.n = b->spans.n = 0;
    b->last_line = NULL;
    b->item = 0;
    b->list_letter = 0;
    return pt__vec_push(&as->doc->recs, alloc_of(as), &rec);
}

/* Move a vector's items to the end of the document's vector. */
static pt_status
move_items(pt_vec *to, const pt_alloc *a, pt_vec *from, uint32_t *first,
           uint32_t *count)
{
    *first = (uint32_t)to->n;
    *count = (uint32_t)from->n;
    if (from->n == 0)
        return PT_OK;
    if (pt__vec_reserve(to, a, from->n) != PT_OK)
        return PT_E_NOMEM;
    memcpy((char *)to->items + to->n * to->size, from->items,
           from->n * from->size);
    to->n += from->n;
    from->n = 0;
    return PT_OK;
}

/* Close a block: move what it built into the document.  A block that
 * owns no region (only white space came) is dropped; one that owns only
 * a marker (a bullet with no text) is kept, empty, so that no character
 * is left without its block. */
static pt_status
builder_close(assembler *as, builder *b)
{
    pt_status rc = PT_OK;
    if (!b->open)
        return PT_OK;
    b->open = false;
    pt_doc *doc = as->doc;
    const pt_alloc *a = alloc_of(as);
    pt_blockrec *rec = &PT_VEC_AT(doc->recs, pt_blockrec, b->index);
    if (b->spans.n == 0) {
        assert(b->number.len == 0 && b->text.len == 0 && b->refs.n == 0);
        rec->kind = 0; /* removed when the public view is built */
        return PT_OK;
    }
    assert(map_covers_text(b));
    rec->number_len = (uint32_t)b->number.len;
    rec->text_len = (uint32_t)b->text.len;
    PT_CHECK(pt__buf_add_str(&doc->pool, a, b->number.ptr, b->number.len,
                             &rec->number_off));
    PT_CHECK(pt__buf_add_str(&doc->pool, a, b->text.ptr, b->text.len,
                             &rec->text_off));
    PT_CHECK(move_items(&doc->refs, a, &b->refs, &rec->refs_first,
                        &rec->nrefs));
    PT_CHECK(move_items(&doc->spans, a, &b->spans, &rec->spans_first,
                        &rec->nspans));
    PT_CHECK(move_items(&doc->map, a, &b->map, &rec->map_first, &rec->nmap));
done:
    return rc;
}

static void
builder_free(builder *b, const pt_alloc *a)
{
    pt__buf_free(&b->number, a);
    pt__buf_free(&b->text, a);
    pt__vec_free(&b->map, a);
    pt__vec_free(&b->refs, a);
    pt__vec_free(&b->spans, a);
}

/* Record that the block owns s[start, end) in `role`. */
static pt_status
own(assembler *as, builder *b, uint32_t start, uint32_t end, pt_role role)
{
    pt_status rc = PT_OK;
    /* regions stay apart: own only what is not owned yet */
    uint32_t owned = pt__owned_end(as->doc);
    if (start < owned)
        start = owned;
    if (start >= end)
        return PT_OK;
    PT_CHECK(pt__region_add(as->doc, start, end, PT_REGION_BLOCK, role,
                            b->index));
    pt_span *last = b->spans.n ? &PT_VEC_AT(b->spans, pt_span, b->spans.n - 1)
                               : NULL;
    /* Spans merge while only white space lies between them. */
    bool merge = last != NULL && last->end <= start;
    for (size_t i = last ? last->end : 0, n; merge && i < start; i += n)
        merge = pt__is_space(pt__decode(as->s, as->len, i, &n));
    if (merge) {
        last->end = end;
    } else {
        pt_span sp = {start, end};
        PT_CHECK(pt__vec_push(&b->spans, alloc_of(as), &sp));
    }
done:
    return rc;
}

/* The map's segments cover the text in order, each right after the one
 * before it, and come from the input in order. */
static pt_status
map_push(assembler *as, builder *b, uint32_t clean_len, uint32_t raw,
         uint32_t raw_len)
{
    pt_mapseg m = {(uint32_t)b->text.len, clean_len, raw, raw_len};
    assert(last_seg(b) == NULL ||
           (last_seg(b)->clean + last_seg(b)->clean_len == m.clean &&
            last_seg(b)->raw + last_seg(b)->raw_len <= raw));
    assert(raw + raw_len <= as->len);
    return pt__vec_push(&b->map, alloc_of(as), &m);
}

/* Copy s[i, e) to the block's text; U+FFFE, which PDF extractors leave
 * where a non-breaking hyphen was, becomes "-". */
static pt_status
copy_text(assembler *as, builder *b, uint32_t i, uint32_t e)
{
    pt_status rc = PT_OK;
    const unsigned char *u = (const unsigned char *)as->s;
    uint32_t k = i;
    while (i < e) {
        /* found by its last byte, which few characters share; many
         * Chinese punctuation marks begin with the first, EF */
        const unsigned char *p = k + 2 < e ? memchr(u + k + 2, 0xBE, e - k - 2)
                                           : NULL;
        uint32_t f = p ? (uint32_t)(p - u) - 2 : e;
        if (f < e && !(u[f] == 0xEF && u[f + 1] == 0xBF)) {
            k = f + 1; /* another character ending in 0xBE */
            continue;
        }
        if (f > i) {
            PT_CHECK(map_push(as, b, f - i, i, f - i));
            PT_CHECK(pt__buf_append(&b->text, alloc_of(as), as->s + i, f - i));
        }
        if (f < e) {
            PT_CHECK(map_push(as, b, 1, f, 3));
            PT_CHECK(pt__buf_append(&b->text, alloc_of(as), "-", 1));
            f += 3;
        }
        i = k = f;
    }
done:
    return rc;
}

/* Copy s[i, e) to the block's text, repaired where the document needs
 * it (arabic.c). */
static pt_status
copy_clean(assembler *as, builder *b, uint32_t i, uint32_t e)
{
    pt_status rc = PT_OK;
    pt_repair r;
    if (!as->repair)
        return copy_text(as, b, i, e);
    while (i < e) {
        uint32_t f = pt__next_repair(as->s, as->len, i, e, &r);
        PT_CHECK(copy_text(as, b, i, f));
        if (f < e) {
            if (r.clean_len) {
                PT_CHECK(map_push(as, b, r.clean_len, f, r.raw_len));
                PT_CHECK(pt__buf_append(&b->text, alloc_of(as), r.clean,
                                        r.clean_len));
            }
            f += r.raw_len;
        }
        i = f;
    }
done:
    return rc;
}

/* Drop the last n bytes of the block's text (a line-end hyphen). */
static void
drop_last_bytes(builder *b, uint32_t n)
{
    pt_mapseg *m = &PT_VEC_AT(b->map, pt_mapseg, b->map.n - 1);
    assert(b->map.n > 0 && m->clean + m->clean_len == b->text.len &&
           m->clean_len >= n);
    b->text.len -= n;
    b->text.ptr[b->text.len] = '\0';
    if (m->clean_len == m->raw_len && m->clean_len > n) {
        m->clean_len -= n;
        m->raw_len -= n;
    } else {
        b->map.n--;
    }
    assert(map_covers_text(b));
}

/* ---- joining lines ---------------------------------------------------- */

/* Join the text that starts at s[next] to the block's text: nothing after
 * "/" or between CJK characters, hyphens kept between digits and in
 * compounds, a space between words. */
static pt_status
join(assembler *as, builder *b, uint32_t next)
{
    if (b->text.len == 0)
        return PT_OK;
    uint32_t last = last_char(&b->text);
    uint32_t first = decode_at(as->s, as->len, next);
    if (first == '*')
        goto space; /* a star starting a line is no mark: keep it apart, or
                       it would read as one glued to the text before */
    if (last == 0xAD) { /* a soft hyphen */
        drop_last_bytes(b, 2);
        return PT_OK;
    }
    if (last == '/')
        return PT_OK;
    if (last == '-') {
        size_t h = b->text.len - 1;
        uint32_t before = h ? decode_at(b->text.ptr, b->text.len,
                                        pt__prev(b->text.ptr, h))
                            : ' ';
        if (pt__is_space(before))
            goto space; /* a dash, not a hyphen */
        bool splits = false;
        if (pt__is_lower(first) &&
            pt__hyphen_splits_word(&as->hyphens, alloc_of(as), b->text.ptr,
                                   h, as->s, as->len, next,
                                   &splits) != PT_OK)
            return PT_E_NOMEM;
        if (splits)
            drop_last_bytes(b, 1);
        return PT_OK;
    }
    if (pt__is_cjk(last) || pt__is_cjk(first))
        return PT_OK;
space:
    if (map_push(as, b, 1, next, 0) != PT_OK)
        return PT_E_NOMEM;
    return pt__buf_append(&b->text, alloc_of(as), " ", 1);
}

/* Own a footnote mark and refer to it.  Brackets before its digits
 * ("( .)1", Arabic's "(1)") are the mark's, and the full stop displaced
 * between them stays in the text. */
static pt_status
own_mark(assembler *as, builder *b, pt_span mark)
{
    pt_status rc = PT_OK;
    pt_span digits = mark;
    if (as->s[mark.start] == '(') {
        uint32_t close = mark.start + 1;
        while (as->s[close] != ')')
            close++;
        digits.start = close + 1;
        PT_CHECK(own(as, b, mark.start, mark.start + 1, PT_ROLE_MARK));
        PT_CHECK(copy_clean(as, b, mark.start + 1, close));
        PT_CHECK(own(as, b, mark.start + 1, close, PT_ROLE_TEXT));
        mark.start = close;
    } else if (as->s[mark.start] == ')') { /* ")7(", mirrored */
        digits.start = mark.start + 1;
        digits.end = mark.end - 1;
    } else if (as->s[mark.end - 1] == '/') { /* " 1/" */
        while (!pt__is_ascii_digit((unsigned char)as->s[digits.start]))
            digits.start++;
        digits.end = mark.end - 1;
    }
    PT_CHECK(own(as, b, mark.start, mark.end, PT_ROLE_MARK));
    PT_CHECK(pt__vec_push(&b->refs, alloc_of(as), &digits));
done:
    return rc;
}

/* Append s[i, e) of a line: marks out (unless `marks` is false), each
 * piece owned by the block. */
static pt_status
append(assembler *as, builder *b, const pt_line *l, uint32_t i, uint32_t e,
       bool marks)
{
    pt_status rc = PT_OK;
    pt_span found[MARKS_PER_SCAN];
    size_t n;
    uint32_t ob, oe; /* the direction marks around the line are its own */
    pt__line_outer(as->s, as->len, l, &ob, &oe);
    while (i < e && pt__is_space(decode_at(as->s, as->len, i)))
        i += (uint32_t)(pt__decode(as->s, as->len, i, &n), n);
    if (i >= e)
        return e == l->cend ? own(as, b, e, oe, PT_ROLE_TEXT) : PT_OK;
    if (i == l->cstart)
        PT_CHECK(own(as, b, ob, i, PT_ROLE_TEXT));
    /* the joining space waits for text: a mark that begins the line
     * leaves none (nor a line of a mark alone) */
    bool joined = false;
    uint32_t from = i;
    for (;;) {
        size_t k = marks ? pt__find_marks(as->s, l->cstart, from, e, as->cjk,
                                          &as->notes, as->decimal_comma, found,
                                          MARKS_PER_SCAN)
                         : 0;
        for (size_t m = 0; m < k; m++) {
            if (!joined && found[m].start > i) {
                PT_CHECK(join(as, b, i));
                joined = true;
            }
            PT_CHECK(copy_clean(as, b, i, found[m].start));
            PT_CHECK(own(as, b, i, found[m].start, PT_ROLE_TEXT));
            PT_CHECK(own_mark(as, b, found[m]));
            i = found[m].end;
            uint32_t v = mark_number(as->s, found[m].start, found[m].end);
            if (b == &as->body && v < NOTE_NUMBERS) {
                as->body_marks[v] = true;
                if (v > as->body_mark_max)
                    as->body_mark_max = as->notes.taken_max = v;
            }
            while (!joined && i < e && pt__is_space(decode_at(as->s, as->len, i)))
                i += (uint32_t)(pt__decode(as->s, as->len, i, &n), n);
        }
        if (k < MARKS_PER_SCAN)
            break;
        from = i;
    }
    /* the rest, without trailing white space */
    uint32_t t = e;
    while (t > i) {
        size_t p = pt__prev(as->s, t);
        if (!pt__is_space(decode_at(as->s, as->len, p)))
            break;
        t = (uint32_t)p;
    }
    if (!joined && t > i)
        PT_CHECK(join(as, b, i));
    PT_CHECK(copy_clean(as, b, i, t));
    PT_CHECK(own(as, b, i, e == l->cend ? oe : t, PT_ROLE_TEXT));
    b->last_line = l;
done:
    return rc;
}

/* ---- paragraph and footnote boundaries -------------------------------- */

/* Arabic has no capitals: any of its letters or digits may begin a
 * sentence, as a capital does in Latin or Cyrillic text. */
static bool
starts_new_sentence(uint32_t c)
{
    return pt__is_upper(c) || pt__is_cjk(c) || pt__is_ascii_digit(c) ||
           (c >= 0x0620 && c <= 0x06FF) || c == 0x201C || c == '"' ||
           c == 0xAB || c == '(';
}

/* Does the text end a sentence (allowing a closing quote or bracket)? */
static bool
ends_sentence(const pt_buf *t)
{
    size_t i = t->len, closers = 0;
    while (i > 0 && closers++ < 8) {
        size_t p = pt__prev(t->ptr, i);
        uint32_t c = decode_at(t->ptr, t->len, p);
        if (c == 0x201D || c == 0x2019 || c == ')' || c == '"' ||
            c == 0xFF09 || c == 0x300B) {
            i = p;
            continue;
        }
        return c == '.' || c == '!' || c == '?' || c == 0x3002 ||
               c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x06D4;
    }
    return false;
}

static bool is_participle(const char *s, size_t len, size_t b, size_t e,
                          size_t line_end);

/* Does the block's text end a sentence, in Arabic also where the
 * extractor put its full stop before the number or symbol that ends it? */
static bool
sentence_ended(const assembler *as, const builder *b)
{
    return ends_sentence(&b->text) ||
           (as->arabic && pt__ar_displaced_stop(b->text.ptr, b->text.len));
}

/* Does s[b, e), a capitalised word, modify the participle after it
 * ("Strongly condemning", "Further recalling", "Firmly committed"): an
 * adverb in -ly, "Further" or "Also", then a lower-case word in -ing or
 * -ed? */
static bool
adverb_then_participle(const char *s, size_t b, size_t e, size_t line_end)
{
    size_t n = e - b;
    bool adverb = (n > 4 && memcmp(s + e - 2, "ly", 2) == 0) ||
                  (n == 7 && memcmp(s + b, "Further", 7) == 0) ||
                  (n == 4 && memcmp(s + b, "Also", 4) == 0);
    if (!adverb || e >= line_end || s[e] != ' ')
        return false;
    size_t w = e + 1, x = w;
    while (x < line_end && s[x] >= 'a' && s[x] <= 'z')
        x++;
    return x - w > 4 && (x == line_end || s[x] == ' ' || s[x] == ',') &&
           (memcmp(s + x - 3, "ing", 3) == 0 || memcmp(s + x - 2, "ed", 2) == 0);
}

/* Does a resolution's preamble, its last paragraph ending in a comma,
 * end over line i, a short line a numbered paragraph follows ("Sanctions
 * regime" over "1. Decides ...")? */
static bool
preamble_ends_over(const assembler *as, size_t i, const pt_line *l)
{
    uint32_t last = last_char(&as->body.text);
    return as->resolution && !as->numbered_seen &&
           (last == ',' || last == 0xFF0C || last == 0x060C) &&
           i + 1 < as->lines->n && as->lines->v[i + 1].kind == PT_LINE_PARA &&
           pt__line_is_short(as->lines, l) &&
           !pt__is_lower(decode_at(as->s, as->len, l->cstart));
}

/* Does the line open a preambular paragraph ("Recalling", "Guided by",
 * "Rappelant", "回顾")? */
static bool
starts_preamble(const char *s, size_t len, const pt_line *l, bool resolution)
{
    static const char *const words[] = {
        "Guided", "Aware", "Convinced", "Mindful", "Concerned", "Conscious",
        "Deeply", "Alarmed", "Determined", "Encouraged", "Desirous",
        "Gravely", "Seriously", "Fully", "Cognizant", "Reaffirming",
        "Profondément", "Consciente", "Convaincue", "Convencida",
        "Preocupada", "Guidée", "Ayant", "Notant", "Tenant"};
    /* the verbs that open a Chinese resolution's preambular paragraphs,
     * after 又 or 还 ("also") or not */
    static const char *const zh[] = {
        "回顾", "注意到", "欢迎", "重申", "认识到", "铭记", "深信", "意识到",
        "考虑到", "遵循", "念及", "确认", "赞赏", "强调", "承认", "申明",
        "深表关切", "深感关切", "深为关切", "关切地", "满意地", "确信", "决心",
        "表示", "赞扬", "感谢", "震惊"};
    /* ... and the Russian words that open them, in lower case
     * ("ссылаясь на", "вновь подтверждая", "будучи глубоко обеспокоена",
     * "с удовлетворением отмечая") */
    static const char *const ru[] = {
        "будучи", "вновь", "выражая", "высоко", "глубоко", "желая", "исходя",
        "констатируя", "напоминая", "настоятельно", "опираясь", "осуждая",
        "особо", "отмечая", "памятуя", "подтверждая", "подчеркивая", "полагая",
        "приветствуя", "признавая", "принимая", "приняв", "рассмотрев",
        "решительно", "руководствуясь", "сознавая", "сожалея", "ссылаясь",
        "стремясь", "считая", "твердо", "учитывая"};
    /* ... and the Arabic ones: "إذ تشير", "وإذ تؤكد", "وقد نظرت"; in
     * a resolution only, as "إذ" ("as") opens clauses in a report */
    static const char *const ar[] = {"إذ", "وإذ", "وقد"};
    size_t b = pt__ar_skip_marks(s, len, l->cstart, l->cend), e = b;
    while (e < l->cend && s[e] != ' ' && s[e] != ',')
        e++;
    size_t n = e - b;
    if (b >= l->cend)
        return false;
    if (pt__is_arabic_letter(decode_at(s, len, b))) {
        for (size_t k = 0; resolution && k < sizeof ar / sizeof *ar; k++)
            if (strlen(ar[k]) == n && memcmp(s + b, ar[k], n) == 0)
                return true;
        return false;
    }
    if (pt__is_cyrillic_letter(decode_at(s, len, b))) {
        /* the word may come after two others ("с удовлетворением
         * отмечая") */
        for (int w = 0; w < 3 && b < l->cend; w++) {
            for (size_t k = 0; k < sizeof ru / sizeof *ru; k++)
                if (strlen(ru[k]) == e - b && memcmp(s + b, ru[k], e - b) == 0)
                    return true;
            for (b = e + 1, e = b; e < l->cend && s[e] != ' ' && s[e] != ',';)
                e++;
        }
        return false;
    }
    if (pt__is_han(decode_at(s, len, b))) {
        if (!resolution)
            return false; /* a communiqué's sentences open so too */
        if (l->cend - b > 3 && (memcmp(s + b, "又", 3) == 0 ||
                                memcmp(s + b, "还", 3) == 0))
            b += 3;
        for (size_t k = 0; k < sizeof zh / sizeof *zh; k++)
            if (l->cend - b >= strlen(zh[k]) &&
                memcmp(s + b, zh[k], strlen(zh[k])) == 0)
                return true;
        return false;
    }
    if (!(s[b] >= 'A' && s[b] <= 'Z'))
        return false;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == n && memcmp(s + b, words[k], n) == 0)
            return true;
    return is_participle(s, len, b, e, l->cend) || adverb_then_participle(s, b, e, l->cend);
}

/* Is s[b, e) a capitalised participle ("Recalling", "Noting"; "Notant",
 * "Réaffirmant", "Se félicitant"; "Recordando", "Teniendo")?  Its
 * letters after the first are lower case, accented ones too; a French
 * reflexive one has "Se " before it. */
static bool
is_participle(const char *s, size_t len, size_t b, size_t e, size_t line_end)
{
    if (e - b == 2 && memcmp(s + b, "Se", 2) == 0 && e + 1 < line_end &&
        s[e] == ' ') {
        size_t w = e + 1, we = w;
        while (we < line_end && s[we] != ' ' && s[we] != ',')
            we++;
        b = w;
        e = we;
    }
    size_t n = e - b;
    for (size_t i = b, k; i < e; i += k) {
        uint32_t c = pt__decode(s, len, i, &k);
        if (i > b && !pt__is_lower(c))
            return false;
    }
    /* participles: Recalling, Noting; Rappelant; Recordando (shorter ones,
     * "Notant", are listed: a name "Levant" is not one) */
    bool ing = n >= 6 && memcmp(s + e - 3, "ing", 3) == 0 &&
               memcmp(s + e - 4, "jing", 4) != 0 &&
               memcmp(s + e - 4, "qing", 4) != 0;
    bool ant = n >= 7 && memcmp(s + e - 3, "ant", 3) == 0;
    bool ando = n >= 7 && (memcmp(s + e - 4, "ando", 4) == 0 ||
                           memcmp(s + e - 5, "iendo", 5) == 0);
    return ing || ant || ando;
}

/* A list marker alone on its line ("a.", "b)", "(iii)"): it opens an
 * item and ends no sentence, though it ends in a full stop. */
static bool
is_marker_alone(const char *s, const pt_line *l)
{
    uint32_t b = l->cstart, e = l->cend;
    bool open = e - b >= 2 && s[b] == '(';
    uint32_t k = b + open;
    while (k < e && s[k] >= 'a' && s[k] <= 'z')
        k++;
    size_t n = k - b - open;
    if (n == 0 || n > 4 || k + 1 != e)
        return false;
    /* one letter, or a Roman numeral ("iv"), not a word ("etc.") */
    for (uint32_t i = b + open; n > 1 && i < k; i++)
        if (s[i] != 'i' && s[i] != 'v' && s[i] != 'x')
            return false;
    return s[k] == ')' || (!open && s[k] == '.');
}

/* The letter of the "(b) " that starts the line, or 0. */
static char
item_letter(const char *s, const pt_line *l)
{
    uint32_t c = l->cstart;
    bool item = l->cend - c >= 4 && s[c] == '(' && s[c + 1] >= 'a' &&
                s[c + 1] <= 'z' && s[c + 2] == ')' && s[c + 3] == ' ';
    return item ? s[c + 1] : 0;
}

/* The display width of line l's first word, up to WORD_WIDTH_MAX; 0 in
 * CJK text, which wraps anywhere: no word to measure. */
static uint32_t
first_word_width(const assembler *as, const pt_line *l)
{
    uint32_t w = 0;
    size_t n;
    for (size_t i = l->cstart; i < l->cend && w < WORD_WIDTH_MAX; i += n) {
        uint32_t c = pt__decode(as->s, as->len, i, &n);
        if (pt__is_space(c) || pt__is_cjk(c))
            break;
        w += pt__width(c);
    }
    return w;
}

/* Would line l's first word have fitted at the end of line `last`, with
 * room to spare?  Then `last` was ended on purpose, not by the margin. */
static bool
first_word_fits(const assembler *as, const pt_line *last, const pt_line *l)
{
    uint32_t w = first_word_width(as, l);
    return w > 0 && !as->arabic &&
           (last->width + 1 + w) * 10 < as->lines->typical_width * 9;
}

/* Is line l's first word longer than any word of prose (a URL, a long
 * symbol), and would it not have fitted on line `last` even so?  Then
 * `last` is short for want of room, not because its paragraph ended
 * there: a short line is weak evidence. */
static bool
next_word_overflows(const assembler *as, const pt_line *last, const pt_line *l)
{
    uint32_t w = first_word_width(as, l);
    return !as->arabic && w >= LONG_TOKEN_WIDTH &&
           last->width + 1 + w > as->lines->typical_width;
}

/* The text's last character before a footnote mark written " 1/" at its
 * end ("... in Central America, 5/"). */
static uint32_t
last_char_before_slash_mark(const pt_buf *t)
{
    size_t i = t->len;
    /* and before a mark glued to a comma, as Chinese sets it ("…》，1") */
    size_t g = i;
    while (g > 0 && i - g < 3 && t->ptr[g - 1] >= '0' && t->ptr[g - 1] <= '9')
        g--;
    if (g < i && g >= 3 && memcmp(t->ptr + g - 3, "，", 3) == 0)
        return 0xFF0C;
    if (i < 3 || t->ptr[i - 1] != '/')
        return last_char(t);
    size_t d = i - 1;
    while (d > 0 && i - 1 - d < 3 && t->ptr[d - 1] >= '0' && t->ptr[d - 1] <= '9')
        d--;
    if (d == i - 1 || d < 2 || t->ptr[d - 1] != ' ')
        return last_char(t);
    size_t p = pt__prev(t->ptr, d - 1);
    return decode_at(t->ptr, t->len, p);
}

static const pt_line *next_text_line(const assembler *as, const pt_line *l);
static bool starts_with_clock_time(const char *s, const pt_line *l);

/* Does the line start with an ordinal in digits ("85th plenary meeting",
 * "85e séance plénière", "85ª sesión plenaria"): the meeting line that
 * closes a resolution, after its last sentence?  ("20 km" and "20km" are
 * no ordinals.) */
static bool
starts_with_ordinal(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    static const char *const suffixes[] = {"st", "nd", "rd", "th", "e",
                                           "er", "re", "ème", "ª", "º"};
    static const char plenary_zh[] = "次全体会议";
    uint32_t i = l->cstart, e = l->cend;
    /* Chinese closes with the date over "第 71 次全体会议", or both on
     * one line */
    size_t m = sizeof plenary_zh - 1;
    bool ordinal_zh = e - i >= 3 && memcmp(s + i, "第", 3) == 0;
    if (pt__is_ascii_digit((unsigned char)s[i]) || ordinal_zh) {
        if (e - i >= m && memcmp(s + e - m, plenary_zh, m) == 0)
            return true;
        const pt_line *next = ordinal_zh ? NULL : next_text_line(as, l);
        if (next && next->cend - next->cstart >= m &&
            memcmp(s + next->cend - m, plenary_zh, m) == 0)
            return true;
    }
    while (i < e && s[i] >= '0' && s[i] <= '9' && i - l->cstart < 4)
        i++;
    if (i == l->cstart)
        return false;
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
        size_t n = strlen(suffixes[k]);
        if (i + n < e && memcmp(s + i, suffixes[k], n) == 0 && s[i + n] == ' ')
            return true;
    }
    return false;
}

/* Does the line end with a full stop glued to its last word
 * ("...الخدمات."), or, a number's, displaced before that number
 * ("...للعقد .2020-2011")? */
static bool
stop_ends_line(const assembler *as, const pt_line *l)
{
    uint32_t i = l->cend, digits = 0;
    while (i > l->cstart) {
        uint32_t p = (uint32_t)pt__prev(as->s, i);
        uint32_t c = decode_at(as->s, as->len, p);
        if (!(pt__digit_value(c) >= 0 || c == '-' || c == '/' ||
              pt__is_dirmark(c)))
            break;
        digits += pt__digit_value(c) >= 0;
        i = p;
    }
    if (i - l->cstart < 2 || as->s[i - 1] != '.')
        return false;
    uint32_t c = pt__ar_char_before(as->s, as->len, i - 1);
    if (digits)
        return c == ' ';
    return i == l->cend && (pt__is_arabic_letter(c) ||
                            pt__is_optional_arabic_mark(c) || c == ')');
}

/* Does s[b, e) begin with one of lits[0, n)? */
static bool
begins_with_one_of(const char *s, size_t b, size_t e, const char *const *lits,
                   size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(lits[k]);
        if (e - b >= m && memcmp(s + b, lits[k], m) == 0)
            return true;
    }
    return false;
}

/* Does s[b, e) begin with the mark of a signature, "(Signed)" in the six
 * languages?  A letter's signatures are blocks of their own, each the
 * name and post under its mark. */
static bool
starts_signature(const char *s, size_t b, size_t e)
{
    return pt__signature_end(s, b, e) > 0;
}

/* Does this body line (not a numbered start) begin a new paragraph? */
static bool
paragraph_breaks(assembler *as, builder *b, const pt_line *l, bool blank)
{
    if (b->last_line == NULL || b->text.len == 0)
        return false;
    /* a signature opens its block, and a blank line ends it */
    if (starts_signature(as->s, l->cstart, l->cend) ||
        (blank && starts_signature(b->text.ptr, 0, b->text.len)))
        return true;
    uint32_t first = decode_at(as->s, as->len, l->cstart);
    uint32_t last = last_char_before_slash_mark(&b->text);
    /* (a Russian gerund inside an operative paragraph opens none) */
    if (starts_preamble(as->s, as->len, l, as->resolution) &&
        (last == ',' || last == ';' || last == 0xFF0C || last == 0xFF1B ||
         last == 0x060C || last == 0x061B ||
         (as->arabic && pt__ar_displaced_comma(b->text.ptr, b->text.len))) &&
        !(as->numbered_seen && pt__is_cyrillic_letter(first)))
        return true;
    /* under a day of a programme, each time of day opens an item */
    if (as->in_programme && starts_with_clock_time(as->s, l))
        return true;
    if (!starts_new_sentence(first))
        return false;
    /* a list inside the paragraph ("1. Opening of the meeting. 2. ...")
     * goes on while its numbers follow, and a number alone ends nothing */
    if (l->kind == PT_LINE_PARA && l->num_value == as->list_next)
        return false;
    if (b->last_line->kind == PT_LINE_PARA &&
        b->last_line->text_start == b->last_line->cend)
        return false;
    /* nor does a letter alone ("b."), and a lettered list goes on inside
     * its paragraph ("(b)" after "(a)", past a short line's full stop) */
    if (is_marker_alone(as->s, b->last_line) ||
        (b->list_letter && item_letter(as->s, l) == b->list_letter + 1))
        return false;
    /* where the extractor put each full stop inside a line before the
     * sentence after it, one glued to the line's last word ends the
     * paragraph, however full the line: nearly always, so that a
     * paragraph without a number (lost with a word processor's list) is
     * cut there; a numbered one goes on, as one sentence in thirty ends
     * at a line's end */
    if (as->lines->stops_displaced && !b->numbered &&
        stop_ends_line(as, b->last_line))
        return true;
    /* an unnumbered paragraph ends with the full stop of the lettered
     * list it closes with; a numbered one may go on after it, under its
     * number */
    if (!b->numbered && b->list_letter >= 'b' && sentence_ended(as, b) &&
        !item_letter(as->s, l))
        return true;
    if (sentence_ended(as, b) &&
        ((pt__line_is_short(as->lines, b->last_line) &&
          !next_word_overflows(as, b->last_line, l)) ||
         (as->lines->spaced_ends_tell && b->last_line->spaced_end &&
          pt__is_han(decode_at(as->s, as->len, l->cstart))) ||
         first_word_fits(as, b->last_line, l) ||
         starts_with_ordinal(as, l)))
        return true;
    /* under a day of a programme, and after a bullet standing on its
     * own, a blank line ends an item though no stop does (not one that a
     * page break brings) */
    return blank && !b->numbered &&
           (sentence_ended(as, b) ||
            ((as->in_programme || b->item) && l - 1 == b->last_line));
}

/* Is footnote v, a few numbers past the last one found (once the chain
 * has begun at 1), cited by a mark in the body text before it?  Then the
 * footnotes between went unseen (their marks or numbers lost by the
 * extractor), and the chain goes on from v rather than breaking for the
 * rest of the document. */
static bool
skips_to_cited_note(const assembler *as, const pt_line *l, uint32_t v)
{
    if (as->last_note == 0 || v <= as->last_note + 1 ||
        v > as->last_note + NOTE_GAP || v >= NOTE_NUMBERS ||
        !as->body_marks[v])
        return false;
    /* its text follows it, not another number (a chart's scale) */
    const pt_line *next = l + 1, *end = as->lines->v + as->lines->n;
    uint32_t t = l->text_start < l->cend && l->kind == PT_LINE_PARA
                     ? l->text_start
                     : l->cstart;
    while (t < l->cend && as->s[t] >= '0' && as->s[t] <= '9')
        t++;
    while (t < l->cend && as->s[t] == ' ')
        t++;
    if (t < l->cend)
        return true;
    return next < end && !pt__is_ascii_digit((unsigned char)as->s[next->cstart]);
}

/* Past the slash of a footnote mark written "1/" (documents of the 1990s
 * and before), where digits s[b, i) end in one; else i. */
static uint32_t
past_slash_mark(const char *s, uint32_t b, uint32_t i, uint32_t e)
{
    bool slash = i > b && i < e && s[i] == '/' && s[i - 1] >= '0' &&
                 s[i - 1] <= '9' && (i + 1 == e || s[i + 1] == ' ');
    return slash ? i + 1 : i;
}

/* A footnote's start in a footnote area: "1 text", "* text", "12" alone;
 * its mark is s[*mb, *me). Numbers must follow the last footnote's (a
 * wrapped "10 mars 1980" is not footnote 10) except for a first "1". */
static bool
note_start(assembler *as, const pt_line *l, uint32_t *mb, uint32_t *me)
{
    const char *s = as->s;
    uint32_t i = l->cstart, e = l->cend;
    while (i < e && s[i] == '*' && i - l->cstart < 3)
        i++;
    bool star = i > l->cstart;
    if (!star)
        while (i < e && s[i] >= '0' && s[i] <= '9' && i - l->cstart < 4)
            i++;
    i = past_slash_mark(s, l->cstart, i, e);
    if (i == l->cstart || (i < e && s[i] != ' ' && s[i] != '\t'))
        return false;
    *mb = l->cstart;
    *me = i;
    if (star)
        return true;
    uint32_t v = number_value(s, l->cstart, i);
    return v == as->last_note + 1 || (v == 1 && as->note_area_fresh) ||
           (as->last_note == 0 && as->note_area_fresh) ||
           skips_to_cited_note(as, l, v);
}

/* Does the text of a footnote follow line i on the same page, no blank
 * between (as a footnote's text follows its mark alone on a line), or
 * one where the body cites that mark ("3", a blank, "ECE/TRANS/2026/2,
 * annex I.")? */
static bool
mark_over_note_text(const assembler *as, size_t i)
{
    const pt_lines *lines = as->lines;
    if (i + 1 >= lines->n)
        return false;
    const pt_line *l = &lines->v[i], *t = &lines->v[i + 1];
    uint32_t v = number_value(as->s, l->cstart, l->cend);
    if (t->kind != PT_LINE_BODY ||
        (t->blanks_before && !(t->blanks_before == 1 && v < NOTE_NUMBERS && as->body_marks[v])))
        return false;
    for (uint32_t k = l->cend; k < t->cstart; k++)
        if (as->s[k] == '\f')
            return false;
    return true;
}

/* Does the text end in a lower-case word, a sentence cut off? */
static bool
is_lower_word_end(const pt_buf *t)
{
    return t->len && pt__is_lower(last_char(t));
}

/* A footnote at a page's foot with no rule above it ("1" alone over its
 * text, or "10 https://..."): the next footnote's number, which a mark
 * taken from the body text before it carries, or one as far on (else it
 * is a page number, or a count that starts a line).  Its mark ends at
 * *me. */
static bool
ruleless_note(assembler *as, const pt_line *l, uint32_t *me)
{
    const char *s = as->s;
    uint32_t i = l->cstart;
    while (i < l->cend && s[i] >= '0' && s[i] <= '9' && i - l->cstart < 4)
        i++;
    if (i == l->cstart || (i < l->cend && s[i] != ' '))
        return false;
    uint32_t v = number_value(s, l->cstart, i);
    *me = i;
    /* a number past the next note's, right under a line its sentence
     * goes on from ("... a étendu son réseau à" over "14 sites de
     * déplacés"), is the sentence's, not a note the chain skips to */
    if (skips_to_cited_note(as, l, v))
        return l->blanks_before || !as->body.open || !is_lower_word_end(&as->body.text);
    if (v != as->last_note + 1 || v >= NOTE_NUMBERS)
        return false;
    /* a number alone (a page's, a table row's) needs its own mark; one
     * before text, a mark as far on (the extractor may have missed one) */
    return i == l->cend ? as->body_marks[v] : v <= as->body_mark_max;
}

/* A star alone on its line ("*", "**", or the Symbol font's star U+F02A):
 * the mark of a footnote whose text follows, with or without a rule. */
static bool
is_star_note(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t n = l->cend - l->cstart;
    return pt__is_star_line(s, l->cstart, l->cend) ||
           (n == 3 && memcmp(s + l->cstart, "\uF02A", 3) == 0);
}

/* Open a footnote numbered s[mb, me), its number owning s[own_b, own_e). */
static pt_status
open_note_owning(assembler *as, const pt_line *l, uint32_t own_b,
                 uint32_t own_e, uint32_t mb, uint32_t me)
{
    pt_status rc = PT_OK;
    PT_CHECK(builder_close(as, &as->note));
    PT_CHECK(builder_open(as, &as->note, PT_BLOCK_FOOTNOTE, true));
    /* the Symbol font's star is the "*" it shows */
    bool symbol_star = me - mb == 3 && memcmp(as->s + mb, "\uF02A", 3) == 0;
    /* the number of a mark "1/" is "1" */
    uint32_t shown = as->s[me - 1] == '/' ? me - mb - 1 : me - mb;
    PT_CHECK(pt__buf_append(&as->note.number, alloc_of(as),
                            symbol_star ? "*" : as->s + mb,
                            symbol_star ? 1 : shown));
    PT_CHECK(own(as, &as->note, own_b, own_e, PT_ROLE_NUMBER));
    if (as->s[mb] != '*')
        as->last_note = number_value(as->s, mb, me);
    as->note_area_fresh = false;
    as->note.last_line = l;
done:
    return rc;
}

static pt_status
open_note(assembler *as, const pt_line *l, uint32_t mb, uint32_t me)
{
    uint32_t ob, oe;
    pt__line_outer(as->s, as->len, l, &ob, &oe);
    return open_note_owning(as, l, mb == l->cstart ? ob : mb, me, mb, me);
}

/* Trade the open footnote and the held one (a closed builder where
 * there is none): a footnote is held, or taken up again. */
static void
swap_notes(assembler *as)
{
    builder other = as->held_note;
    as->held_note = as->note;
    as->note = other;
}

/* At a page's footer: hold the open footnote where its sentence is cut
 * off (it may go on at the next page's foot), else close it.  Arabic's
 * full stops stand where the extractor put them, often at a line's
 * start: there a footnote's end cannot tell. */
static pt_status
hold_or_close_note(assembler *as)
{
    pt_status rc = PT_OK;
    if (!as->note.open || as->note.text.len == 0 || as->arabic ||
        ends_sentence(&as->note.text))
        return builder_close(as, &as->note);
    PT_CHECK(builder_close(as, &as->held_note));
    swap_notes(as);
    as->body_since_held = false;
done:
    return rc;
}

/* Add a footnote line, starting a new footnote wherever the next number
 * follows a sentence end on the same line ("... 16. 3 Voir ..."). */
static pt_status
note_line(assembler *as, const pt_line *l, uint32_t i)
{
    pt_status rc = PT_OK;
    const char *s = as->s;
    uint32_t e = l->cend;
    if (!as->note.open)
        PT_CHECK(builder_open(as, &as->note, PT_BLOCK_FOOTNOTE, false));
    for (uint32_t k = i; k + 3 < e; k++) {
        char c = s[k];
        if (!(c == '.' || c == ';' || c == ')' || c == ']' || c == '>') ||
            s[k + 1] != ' ')
            continue;
        uint32_t mb = k + 2;
        while (mb < e && s[mb] == ' ')
            mb++;
        uint32_t me = mb;
        while (me < e && s[me] >= '0' && s[me] <= '9' && me - mb < 4)
            me++;
        if (me == mb || me + 1 >= e || s[me] != ' ' || s[me + 1] == ' ' ||
            number_value(s, mb, me) != as->last_note + 1)
            continue;
        PT_CHECK(append(as, &as->note, l, i, k + 1, false));
        PT_CHECK(open_note(as, l, mb, me));
        i = me;
        k = me;
    }
    PT_CHECK(append(as, &as->note, l, i, e, false));
done:
    return rc;
}

/* ---- numbered starts --------------------------------------------------- */

/* The line whose text follows l's, past a page's footer; NULL at the end. */
static const pt_line *
next_text_line(const assembler *as, const pt_line *l)
{
    const pt_line *next = l + 1, *end = as->lines->v + as->lines->n;
    while (next < end && next->kind == PT_LINE_FURNITURE)
        next++;
    return next < end ? next : NULL;
}

/* Is the paragraph line numbered "19.29"? */
static bool
is_decimal(const assembler *as, const pt_line *l)
{
    return memchr(as->s + l->cstart, '.', l->num_end - l->cstart) != NULL;
}

/* Is this "12." line the next paragraph, which ends a footnote area? */
static bool accepts_paragraph(assembler *as, const pt_line *l);
static bool
is_next_paragraph(assembler *as, const pt_line *l)
{
    return accepts_paragraph(as, l) &&
           (is_decimal(as, l) || l->num_value == as->expected);
}

/* Is this "12." line really paragraph 12 here? */
static bool
accepts_paragraph(assembler *as, const pt_line *l)
{
    uint32_t v = l->num_value;
    /* "... in paragraph\n5. of the report": a paragraph's text does not
     * start in lower case, on its line or (after "5." alone) the next */
    const pt_line *next = next_text_line(as, l);
    /* a number shares its first line's baseline, so its page: alone above
     * the page's footnote rule, it has no text to come (the Arabic
     * extractor writes it after that line, which ends the page) */
    if (l->text_start >= l->cend && next && next->kind == PT_LINE_RULE &&
        !as->arabic)
        return false;
    uint32_t first = l->text_start < l->cend ? l->text_start
                     : next                  ? next->cstart
                                             : PT_NONE;
    size_t n = 0;
    uint32_t c = 0;
    for (size_t i = first; i < as->len; i += n) { /* past superscript marks */
        c = pt__decode(as->s, as->len, i, &n);
        if (!pt__is_superscript_digit(c))
            break;
    }
    /* a Russian resolution writes its operative paragraphs' verbs in lower
     * case ("1. приветствует", "2. просит"), after the preamble's comma
     * or the last paragraph's semicolon */
    if (first != PT_NONE && pt__is_lower(c) &&
        !(pt__is_cyrillic_letter(c) && v == (as->numbered_seen ? as->expected : 1) &&
          (!as->body.open || pt__char_in_set(",;:.", last_char(&as->body.text)))))
        return false;
    if (is_decimal(as, l)) {
        /* "19.30" follows "19.29"; a new programme's series starts after
         * a heading or a finished sentence */
        uint32_t major = number_value(as->s, l->cstart, l->num_end);
        /* a number alone ("37.1", as a table's cell may be) begins a
         * series only under the paragraph its first part numbers */
        if (l->text_start >= l->cend) {
            /* and with a sentence to come, as a table's cells are not */
            if (!next || !pt__is_upper(decode_at(as->s, as->len, next->cstart)))
                return false;
            return major == as->major
                       ? v == as->minor_next
                       : v == 1 && as->numbered_seen && major + 1 == as->expected;
        }
        if (major == as->major)
            return v == as->minor_next;
        /* the first item under the paragraph its first part numbers
         * ("28. ... the following recommendations:" over "28.1 Ratify") */
        if (v == 1 && as->numbered_seen && major + 1 == as->expected)
            return true;
        return !as->body.open || as->body.kind == PT_BLOCK_HEADING ||
               ends_sentence(&as->body.text);
    }
    /* where the paragraphs lost the numbers the contents give them, a
     * list that an unnumbered one opens ("... the following agenda:"
     * over "1. Opening of the session") is its own: its items are no
     * paragraphs */
    if (!as->numbered_seen && as->toc.paragraphs && as->body.open &&
        as->body.kind == PT_BLOCK_PARAGRAPH && !as->body.numbered &&
        ((v == 1 && last_char(&as->body.text) == ':') ||
         (as->list_owner == as->body.index + 1 && v == as->list_next)))
        return false;
    /* an Arabic annex numbers its paragraphs from 1: another number is
     * its page's, which the extractor glues to a line ("-17المرفق") */
    if (!as->numbered_seen && as->arabic && as->annex_prefix.len)
        return v == 1;
    if (!as->numbered_seen || v == as->expected)
        return true;
    /* a skipped number or two, after a finished sentence */
    return v > as->expected && v <= as->expected + 2 &&
           (!as->body.open || ends_sentence(&as->body.text));
}

/* Is s[b, e) written in capitals: letters, none of them lower case? */
static bool
in_capitals(const char *s, size_t b, size_t e)
{
    bool letters = false;
    size_t n;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = pt__decode(s, e, i, &n);
        if (pt__is_lower(c))
            return false;
        letters |= pt__is_upper(c);
    }
    return letters;
}

/* "()" (direction marks aside) at s[i]: Arabic's "(1)" as extracted,
 * "()1", qualifies no heading. */
static bool
empty_brackets(assembler *as, uint32_t i)
{
    size_t m;
    for (i++; i < as->len && (m = pt__dirmark_at(as->s, as->len, i)) > 0;)
        i += (uint32_t)m;
    return i < as->len && as->s[i] == ')';
}

/* The line's last character, before a footnote mark that ends it:
 * "Secretary-General;6" ends a clause as "Secretary-General;" does. */
static uint32_t
last_char_before_mark(assembler *as, const pt_line *l)
{
    uint32_t m = l->cend;
    size_t n;
    while (m > l->cstart) { /* the trailing run a mark could be */
        size_t p = pt__prev(as->s, m);
        uint32_t c = pt__decode(as->s, as->len, p, &n);
        if (!pt__is_ascii_digit(c) && !pt__is_superscript_digit(c) && c != '*')
            break;
        m = (uint32_t)p;
    }
    pt_span found[1];
    if (m < l->cend &&
        pt__find_marks(as->s, l->cstart, m, l->cend, as->cjk, &as->notes,
                       as->decimal_comma, found, 1) == 1 &&
        found[0].end == l->cend)
        m = found[0].start;
    return m > l->cstart ? decode_at(as->s, as->len, pt__prev(as->s, m)) : 0;
}

/* Is the heading line lettered ("C.")? */
static bool
is_lettered(const assembler *as, const pt_line *l)
{
    return l->num_end - l->cstart == 1 &&
           (l->num_value == 0 || as->s[l->cstart] == as->last_section + 1);
}

/* The place of Arabic heading line l's numeral in its sequence, from 1
 * (pt__ar_numeral_rank), or 0. */
static unsigned
arabic_numeral(const assembler *as, const pt_line *l, bool *ordinal)
{
    const char *word;
    bool tanween;
    size_t end, b = pt__ar_skip_marks(as->s, as->len, l->cstart, l->cend);
    if (!pt__ar_heading_numeral(as->s, as->len, b, l->cend, &word, &tanween,
                                &end))
        return 0;
    return pt__ar_numeral_rank(word, ordinal);
}

/* Does Arabic heading line l, with its title, take the next numeral of
 * its sequence (ثانياً after أولاً, باء after ألف)?  After a table or a
 * list, which end no sentence, that tells a heading where capitals do
 * in Latin script; Arabic has none. */
static bool
arabic_heading_in_sequence(const assembler *as, const pt_line *l)
{
    bool ordinal = false;
    unsigned place = arabic_numeral(as, l, &ordinal);
    return place && l->text_start < l->cend &&
           place == (ordinal ? as->ar_chapter : as->ar_section) + 1;
}

/* A heading interrupts nothing: it follows a finished block, or takes the
 * next number in the headings' sequence with a title in capitals (after
 * a table or a list, which end no sentence). */
static bool
accepts_heading(assembler *as, const pt_line *l)
{
    builder *b = &as->body;
    /* "A." alone takes its title from the next line, which starts as a
     * title on the heading's own line must (lines.c) */
    const pt_line *next = next_text_line(as, l);
    if (!l->annex && l->text_start >= l->cend && next &&
        !starts_new_sentence(decode_at(as->s, as->len, next->cstart)))
        return false;
    if (l->annex || !b->open || b->kind == PT_BLOCK_HEADING ||
        b->text.len == 0)
        return true;
    bool in_sequence = is_lettered(as, l)
                           ? as->s[l->cstart] == as->last_section + 1
                           : l->num_value == as->last_chapter + 1;
    if (in_sequence && l->text_start < l->cend &&
        in_capitals(as->s, l->text_start, l->cend))
        return true;
    if (as->arabic && arabic_heading_in_sequence(as, l))
        return true;
    return sentence_ended(as, b) || last_char(&b->text) == ';' ||
           last_char(&b->text) == 0xFF1B || last_char(&b->text) == ':';
}

/* Arabic heading line l opens its block: a chapter's ordinal starts its
 * sections' letters again. */
static void
arabic_heading_opened(assembler *as, const pt_line *l)
{
    bool ordinal = false;
    unsigned place = arabic_numeral(as, l, &ordinal);
    if (place && ordinal)
        as->ar_chapter = place, as->ar_section = 0;
    else if (place)
        as->ar_section = place;
}

/* Number the annex heading just opened "Annex" or, with its numeral
 * numeral[0, n) ("II"), "Annex II", and its blocks "annex " or
 * "annex II ". */
static pt_status
annex_number(assembler *as, const char *numeral, size_t n)
{
    pt_status rc = PT_OK;
    PT_CHECK(pt__buf_append(&as->body.number, alloc_of(as), "Annex", 5));
    PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), "annex", 5));
    if (n) {
        PT_CHECK(pt__buf_append(&as->body.number, alloc_of(as), " ", 1));
        PT_CHECK(pt__buf_append(&as->body.number, alloc_of(as), numeral, n));
        PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), " ", 1));
        PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), numeral, n));
    }
done:
    return rc;
}

/* Open a numbered block whose number is the PARA or HEADING line l's. */
static pt_status
open_numbered(assembler *as, const pt_line *l, pt_block_kind kind)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    const char *s = as->s;
    PT_CHECK(builder_close(as, &as->note));
    PT_CHECK(builder_close(as, b));
    as->in_notes = false;
    PT_CHECK(builder_open(as, b, kind, true));
    if (l->annex) {
        /* "Annex II", "Annexe II", "附件二", "المرفق الثاني": "Annex II"
         * numbers the heading, as English does; its blocks get "annex II " */
        char numeral[8];
        bool titled;
        const char *arabic = as->arabic ? pt__ar_annex(s, as->len, l->cstart,
                                                       l->cend)
                                        : NULL;
        if (!arabic &&
            !pt__annex_line(s, as->len, l->cstart, l->cend, numeral, &titled))
            numeral[0] = '\0';
        as->annex_prefix.len = 0;
        PT_CHECK(annex_number(as, arabic ? arabic : numeral,
                              strlen(arabic ? arabic : numeral)));
        PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), " ", 1));
        as->in_directory = false;
        as->last_titled = 0;
        as->numbered_seen = false;
        as->expected = 1;
        as->last_chapter = 0;
        as->last_section = '@';
        as->ar_chapter = as->ar_section = 0;
    } else {
        PT_CHECK(pt__buf_append(&b->number, alloc_of(as), as->annex_prefix.ptr,
                                as->annex_prefix.len));
        PT_CHECK(pt__numeral_append(s, as->len, l, alloc_of(as),
                                    &b->number));
        if (kind == PT_BLOCK_PARAGRAPH && is_decimal(as, l)) {
            as->major = number_value(s, l->cstart, l->num_end);
            as->minor_next = l->num_value + 1;
        } else if (kind == PT_BLOCK_PARAGRAPH) {
            as->numbered_seen = true;
            as->expected = l->num_value + 1;
        } else if (l->kind == PT_LINE_HEADING && is_lettered(as, l)) {
            as->last_section = s[l->cstart];
        } else if (l->kind == PT_LINE_HEADING && l->num_value) {
            as->last_chapter = l->num_value;
            as->last_section = '@';
        } else if (l->kind == PT_LINE_HEADING && as->arabic) {
            arabic_heading_opened(as, l);
        }
    }
done:
    return rc;
}

/* Own the number of line l, with its dot and the marks before it, for
 * the body block. */
static pt_status
own_number(assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t ne = l->num_end, ob, oe;
    if (!l->annex) /* as written, with its dot and marks ("12.", "B .", "-3") */
        for (ne = l->text_start; ne > l->num_end && s[ne - 1] == ' ';)
            ne--;
    pt__line_outer(s, as->len, l, &ob, &oe);
    return own(as, &as->body, ob, ne, PT_ROLE_NUMBER);
}

/* Start a numbered block from a PARA or HEADING line. */
static pt_status
numbered_start(assembler *as, const pt_line *l, pt_block_kind kind)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    PT_CHECK(open_numbered(as, l, kind));
    PT_CHECK(own_number(as, l));
    b->last_line = l;
    PT_CHECK(append(as, b, l, l->text_start, l->cend, true));
    b->last_line = l;
done:
    return rc;
}

/* ---- the main loop ---------------------------------------------------- */

/* Is the line after i a numbered start? */
static bool
numbered_start_follows(const pt_lines *lines, size_t i)
{
    uint8_t k = i + 1 < lines->n ? lines->v[i + 1].kind : 0;
    return k == PT_LINE_PARA || k == PT_LINE_HEADING;
}

static bool number_follows(assembler *as, size_t i, const pt_line *l);
static bool ends_on_linking_word(const assembler *as, const pt_line *l);
static bool qualifies_title(assembler *as, const pt_line *l);

/* A short line that starts as a title does and ends in no punctuation
 * that a sentence or clause would. */
static bool
heading_shaped(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t first = decode_at(s, as->len, l->cstart);
    uint32_t last = decode_at(s, as->len, pt__prev(s, l->cend));
    bool arabic = as->arabic && pt__is_arabic_letter(first);
    /* a title in capitals may be longer than one in lower case */
    if (!(pt__is_upper(first) || pt__is_cjk(first) || arabic) ||
        (l->width > 60 &&
         !(pt__is_upper(first) && in_capitals(s, l->cstart, l->cend))) ||
        !pt__line_is_short(as->lines, l))
        return false;
    return !(last == '.' || last == ',' || last == ';' || last == ':' ||
             last == 0x3002 || last == 0xFF0C || last == 0xFF1B ||
             last == 0xFF1A || last == 0x060C || last == 0x061B);
}

/* A resolution's symbol alone on its line, as a list of mandates sets it
 * over its title: "68/200" (a General Assembly session and number, the
 * Economic and Social Council's "2014/5") or "269 (XXVI)" (a regional
 * commission's number and session). */
static bool
is_resolution_line(const char *s, const pt_line *l)
{
    uint32_t b = l->cstart, e = l->cend, k = b;
    while (k < e && k - b < 4 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == b || k == e)
        return false;
    if (s[k] == '/') {
        uint32_t d = ++k;
        while (k < e && k - d < 4 && s[k] >= '0' && s[k] <= '9')
            k++;
        return k > d && k == e;
    }
    if (e - k <= 3 || s[k] != ' ' || s[k + 1] != '(' || s[e - 1] != ')')
        return false;
    for (k += 2; k < e - 1; k++) /* a session in Roman numerals */
        if (!strchr("IVXLC", s[k]))
            return false;
    return true;
}

/* A resolution's symbol alone on its line, in the document's language:
 * Arabic also numbers a regional commission's by its session (دورة). */
static bool
is_symbol_line(const assembler *as, const pt_line *l)
{
    return is_resolution_line(as->s, l) ||
           (as->arabic && pt__ar_is_resolution(as->s, as->len, l->cstart,
                                               l->cend));
}

/* Lines between two entries of a list of mandates, at most: a page
 * number "3/12" has the next one a page further on. */
#define MANDATE_REACH 6

/* Is line i an entry of a list of mandates: a resolution's symbol alone
 * over its title, with another symbol a few lines away? */
static bool
is_mandate_entry(const assembler *as, size_t i, const pt_line *l)
{
    bool page = l->kind == PT_LINE_FURNITURE && l->role == PT_ROLE_PAGE_NUMBER;
    if (!(l->kind == PT_LINE_BODY || page) || !is_symbol_line(as, l))
        return false;
    const pt_line *next = next_text_line(as, l);
    uint32_t first = next ? decode_at(as->s, as->len, next->cstart) : 0;
    if (!next || next->kind != PT_LINE_BODY ||
        !(pt__is_upper(first) || (as->arabic && pt__is_arabic_letter(first))))
        return false;
    size_t lo = i > MANDATE_REACH ? i - MANDATE_REACH : 0;
    for (size_t j = lo; j < as->lines->n && j <= i + MANDATE_REACH; j++)
        if (j != i && is_symbol_line(as, &as->lines->v[j]))
            return true;
    return false;
}

/* Is line i a caption over a list of mandates ("General Assembly
 * resolutions"), or over such a caption ("Subprogramme 3. Trade")?  Not
 * an entry's title: that follows its symbol, or the line it wraps from
 * with no blank line between (a title's full line goes on, unless it
 * ends on the bracket that closes a short name: "(Addis Ababa Action
 * Agenda)"). */
static bool
heads_mandates(const assembler *as, size_t i)
{
    const builder *b = &as->body;
    const pt_line *l = &as->lines->v[i];
    if (i == 0 || is_symbol_line(as, l - 1) ||
        (b->open && b->kind != PT_BLOCK_HEADING && b->last_line &&
         (l->blanks_before == 0 ||
          !(pt__line_is_short(as->lines, b->last_line) ||
            as->s[b->last_line->cend - 1] == ')'))))
        return false;
    for (size_t j = i; j < i + 2 && j + 1 < as->lines->n; j++) {
        const pt_line *t = &as->lines->v[j];
        if (t->kind != PT_LINE_BODY || !heading_shaped(as, t))
            return false;
        if (is_mandate_entry(as, j + 1, t + 1))
            return true;
    }
    return false;
}

/* Start an entry of a list of mandates: a paragraph whose text begins
 * with the resolution's symbol, its title to follow. */
static pt_status
mandate_start(assembler *as, const pt_line *l)
{
    pt_status rc = PT_OK;
    PT_CHECK(builder_close(as, &as->body));
    PT_CHECK(builder_open(as, &as->body, PT_BLOCK_PARAGRAPH, false));
    PT_CHECK(append(as, &as->body, l, l->cstart, l->cend, false));
done:
    return rc;
}

/* Lines a figure or table may take from its caption to its source note,
 * at most, and lines its source note may take. */
#define FIGURE_LINES 80
#define SOURCE_LINES 4
/* Full lines in a row that end the search for a source note: a figure
 * without one, and the text after it. */
#define PROSE_LINES 3

/* Does the line start with `word` ("Figure")? */
static bool
starts_with_word(const char *s, const pt_line *l, const char *word)
{
    size_t n = strlen(word);
    return l->cend - l->cstart >= n && memcmp(s + l->cstart, word, n) == 0;
}

/* A figure's or table's caption: "Figure 2. Title", "Table IV: Title",
 * "Figure 3" alone, in the languages of the UN ("Gráfico 1", "Tableau 2",
 * "Таблица 3", "图 4", "图一"); not a sentence that refers to one ("Figure 2
 * shows"). */
static bool
is_caption(const assembler *as, const pt_line *l)
{
    static const char *const words[] = {
        "Figure", "Table", "Chart", "Graphique", "Tableau", "Encadré", "Gráfico",
        "Cuadro", "Figura", "Tabla", "Recuadro", "Рисунок", "Таблица", "Диаграмма",
        "图", "表"};
    const char *s = as->s;
    if (as->arabic && pt__ar_is_caption(s, as->len, l->cstart, l->cend))
        return true;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        if (!starts_with_word(s, l, words[k]))
            continue;
        uint32_t i = l->cstart + (uint32_t)strlen(words[k]);
        /* a space after the word, but in Chinese ("图1") */
        size_t n;
        if (i < l->cend && s[i] == ' ')
            i++;
        else if (!pt__is_han(pt__decode(words[k], strlen(words[k]), 0, &n)))
            continue; /* "Tableau" is no "Table" */
        uint32_t b = i;
        while (i < l->cend && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' ||
                               s[i] == 'I' || s[i] == 'V' || s[i] == 'X'))
            i++;
        /* ... or in Chinese numerals, "图一" alone on its line */
        if (i == b && pt__is_han(pt__decode(words[k], strlen(words[k]), 0, &n)) &&
            pt__cjk_numeral_value(s, b, l->cend))
            return true;
        if (i == b)
            return false;
        if (i < l->cend && s[i] == ':')
            i++;
        if (i == l->cend || s[i - 1] == '.' || s[i - 1] == ':')
            return true;
        return false;
    }
    return false;
}

/* The words that open a figure's notes, and which of them its source
 * note ("Source:", "Fuente:", "资料来源：") rather than another ("Note:"). */
static const struct {
    const char *word;
    bool source;
} figure_notes[] = {
    {"Source:", true},       {"Sources:", true},      {"Source :", true},
    {"Sources :", true},     {"Source\u00A0:", true}, {"Sources\u00A0:", true},
    {"Fuente:", true},       {"Fuentes:", true},      {"Источник:", true},
    {"Источники:", true},    {"资料来源：", true},    {"来源：", true},
    {"Note:", false},        {"Notes:", false},       {"Note :", false},
    {"Notes :", false},      {"Note\u00A0:", false},  {"Notes\u00A0:", false},
    {"Nota:", false},        {"Notas:", false},       {"Примечание:", false},
    {"Примечания:", false},  {"注：", false}};

/* Does s[0, n) open one of a figure's notes, its source's only if
 * `source`? */
static bool
opens_note(const char *s, size_t n, bool source)
{
    for (size_t k = 0; k < sizeof figure_notes / sizeof *figure_notes; k++) {
        size_t len = strlen(figure_notes[k].word);
        if ((figure_notes[k].source || !source) && n >= len &&
            memcmp(s, figure_notes[k].word, len) == 0)
            return true;
    }
    return false;
}

bool
pt__opens_figure_note(const char *s, size_t n)
{
    return opens_note(s, n, false);
}

/* Does the line open a figure's source note ("Source:", "Sources:", or
 * the Arabic words)? */
static bool
opens_source_note(const assembler *as, const pt_line *t)
{
    return t->kind == PT_LINE_BODY &&
           (opens_note(as->s + t->cstart, t->cend - t->cstart, true) ||
            (as->arabic && pt__ar_is_source_note(as->s, as->len, t->cstart, t->cend)));
}

/* Does the line open any of a figure's notes (a source, "Note:")? */
static bool
opens_figure_note(const assembler *as, const pt_line *t)
{
    return opens_source_note(as, t) ||
           (t->kind == PT_LINE_BODY &&
            pt__opens_figure_note(as->s + t->cstart, t->cend - t->cstart));
}

/* The last line of the figure's note that starts at line j: the line
 * that ends it with a full stop, within SOURCE_LINES. */
static size_t
figure_note_end(const assembler *as, size_t j)
{
    const pt_lines *lines = as->lines;
    for (size_t k = j; k < lines->n && k < j + SOURCE_LINES; k++) {
        const pt_line *u = &lines->v[k];
        if (u->kind != PT_LINE_BODY || (k > j && u->blanks_before))
            return k - 1;
        if (as->s[u->cend - 1] == '.')
            return k;
    }
    return j;
}

/* A number with a title after it, "2. Libya Dialogue Project": a
 * sub-heading numbered like a paragraph, which no figure's label or
 * axis value ("3.5") looks like. */
static bool
is_titled_number(const assembler *as, const pt_line *t)
{
    if (t->kind != PT_LINE_PARA || t->text_start >= t->cend)
        return false;
    size_t n;
    uint32_t c = pt__decode(as->s, t->cend, t->text_start, &n);
    unsigned spaces = 0;
    for (size_t k = t->text_start; k < t->cend; k++)
        spaces += as->s[k] == ' ';
    return pt__is_upper(c) && spaces >= 2;
}

/* The last line of the figure or table whose caption is line i: that of
 * its notes ("Source: ...", then any "Note: ..." under it, each to the
 * line that ends it with a full stop).  Without notes, a figure whose
 * lines are all short (labels, axis values) ends before the next
 * paragraph or heading; otherwise, when prose comes first, there is no
 * figure (0).  Figures side by side share the source note under them. */
static size_t
figure_end(assembler *as, size_t i)
{
    const pt_lines *lines = as->lines;
    size_t full = 0;      /* full lines in a row: prose, not a figure's labels */
    bool any_full = false;
    for (size_t j = i + 1; j < lines->n && j <= i + FIGURE_LINES; j++) {
        const pt_line *t = &lines->v[j];
        if ((t->kind == PT_LINE_PARA && is_next_paragraph(as, t)) ||
            t->kind == PT_LINE_HEADING || is_titled_number(as, t))
            return any_full || j < i + 3 ? 0 : j - 1;
        /* the page's footnotes under a table the page cuts are no part of
         * it: the table ends over their rule */
        if (t->kind == PT_LINE_RULE)
            return j > i + 1 ? j - 1 : 0;
        full = t->width * 20 >= lines->typical_width * 17 ? full + 1 : 0;
        any_full |= full > 0;
        if (full == PROSE_LINES)
            return 0;
        if (!opens_source_note(as, t))
            continue;
        size_t end = figure_note_end(as, j);
        while (end + 1 < lines->n && opens_figure_note(as, &lines->v[end + 1]))
            end = figure_note_end(as, end + 1);
        return end;
    }
    return 0;
}

/* A table's cell that holds a figure: "568,412.6", "(14,685.4)",
 * "($12,904.6)", "(2.9%)", "12 %", or a dash for none. */
static bool
is_figure_cell(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t b = l->cstart, e = l->cend;
    if (e - b == 1 && s[b] == '-')
        return true;
    if (e - b == 3 && (memcmp(s + b, "\u2013", 3) == 0 ||
                       memcmp(s + b, "\u2014", 3) == 0))
        return true;
    if (b < e && (s[b] == '(' || s[b] == '-'))
        b++;
    if (b < e && s[b] == '$')
        b++;
    else if (e - b >= 2 && (memcmp(s + b, "\u00A3", 2) == 0)) /* £ */
        b += 2;
    else if (e - b >= 3 && (memcmp(s + b, "\u20AC", 3) == 0)) /* € */
        b += 3;
    if (b < e && s[e - 1] == ')')
        e--;
    if (b < e && s[e - 1] == '%')
        e--;
    while (e > b && s[e - 1] == ' ')
        e--;
    bool digit = false;
    for (uint32_t k = b; k < e; k++) {
        if (s[k] >= '0' && s[k] <= '9')
            digit = true;
        else if (s[k] != ',' && s[k] != '.' && s[k] != ' ')
            return false;
    }
    return digit && s[b] >= '0' && s[b] <= '9';
}

/* A line in brackets, as a table's unit under its title: "(Thousands of
 * United States dollars)". */
static bool
in_brackets(const assembler *as, const pt_line *l)
{
    return l->cend - l->cstart > 2 && as->s[l->cstart] == '(' &&
           as->s[l->cend - 1] == ')';
}

/* The last line of a table without a caption that starts at line i, as an
 * extractor leaves one: its cells a line each, short labels between
 * figures ("Military contingents", "453,160.7", "(12,904.6)"), its title
 * and its unit in brackets over them, up to the next paragraph, heading
 * or line of prose; 0 where the lines hold too few figures to be one
 * (half of them, or a third of four or more), or line i is prose. */
static size_t
cells_table_end(assembler *as, size_t i)
{
    const pt_lines *lines = as->lines;
    size_t cells = 0, rows = 0, last = 0;
    for (size_t j = i; j < lines->n && j < i + FIGURE_LINES; j++) {
        const pt_line *t = &lines->v[j];
        if (t->kind == PT_LINE_FURNITURE)
            continue;
        if (t->kind != PT_LINE_BODY || is_caption(as, t))
            break;
        bool cell = is_figure_cell(as, t);
        if (!cell && !in_brackets(as, t) &&
            (t->width * 10 >= lines->typical_width * 6 ||
                      (as->s[t->cend - 1] == '.' &&
                       pt__count_words(as->s, t->cstart, t->cend) > 3)))
            break; /* prose */
        cells += cell;
        rows++;
        last = j;
    }
    bool table = cells >= 2 && (cells * 2 >= rows || (cells >= 4 && cells * 3 >= rows));
    return table ? last : 0;
}

/* Own lines [i, end] as a figure, its page furniture as furniture. */
static pt_status
figure_area(assembler *as, size_t i, size_t end)
{
    pt_status rc = PT_OK;
    for (; i <= end; i++) {
        const pt_line *l = &as->lines->v[i];
        bool furniture = l->kind == PT_LINE_FURNITURE || l->kind == PT_LINE_RULE;
        PT_CHECK(pt__region_line(as->doc, l,
                                 furniture ? PT_REGION_FURNITURE
                                           : PT_REGION_FIGURE,
                                 l->kind == PT_LINE_RULE ? PT_ROLE_RULE
                                 : furniture            ? (pt_role)l->role
                                                        : PT_ROLE_NONE));
    }
done:
    return rc;
}

/* Is the body block an annex heading over a directory: a list of
 * participants or of documents, whose names, offices, titles and symbols
 * a meeting report sets in columns (a table, not paragraphs)? */
static bool
heads_directory(const assembler *as)
{
    static const char *const titles[] = {"list of participants",
                                         "list of documents"};
    const builder *b = &as->body;
    if (!b->open || b->kind != PT_BLOCK_HEADING || b->number.len < 5 ||
        memcmp(b->number.ptr, "Annex", 5) != 0)
        return false;
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        size_t n = strlen(titles[k]), i = 0;
        while (i < n && i < b->text.len &&
               (b->text.ptr[i] | 0x20) == titles[k][i])
            i++;
        if (i == n)
            return true;
    }
    return false;
}

/* Lines a title in capitals may run on for, past its first. */
#define CAPITAL_TITLE_LINES 2

/* Where the bullet ("•", "▪", U+F0B7 or "-", alone or before its text)
 * that starts line l ends, or 0. */
static uint32_t
bullet_marker_end(const char *s, const pt_line *l)
{
    /* U+FFFE: a hyphen glyph as extractors leave it (copy_text) */
    static const char *const bullets[] = {"\u2022", "\u25AA", "\uF0B7", "-",
                                          "\uFFFE"};
    uint32_t c = l->cstart, e = l->cend;
    for (size_t k = 0; k < sizeof bullets / sizeof *bullets; k++) {
        size_t n = strlen(bullets[k]);
        if (e - c >= n && memcmp(s + c, bullets[k], n) == 0 &&
            (c + n == e || s[c + n] == ' ' || s[c + n] == '\t'))
            return c + (uint32_t)n;
    }
    return 0;
}

/* The end of the Latin or Cyrillic letters at s[i], before e. */
static uint32_t
letters_end(const assembler *as, uint32_t i, uint32_t e)
{
    size_t n;
    for (uint32_t c; i < e && ((c = pt__decode(as->s, as->len, i, &n)),
                               pt__is_latin_letter(c) || pt__is_cyrillic_letter(c));)
        i += (uint32_t)n;
    return i;
}

/* Does the line begin with a day of a programme: the day of the week and
 * a date ("Wednesday, 12 March 2031: Lakeside")?  A date alone is a
 * cover's or a letter's. */
static bool
is_day_line(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t i = l->cstart, e = l->cend;
    if (i >= e || !pt__is_upper(decode_at(s, as->len, i)))
        return false;
    uint32_t w = i;
    i = letters_end(as, i, e);
    /* the day's name, then a comma ("Sunday, 22 February"), or without
     * one a name longer than an article's ("Dimanche 22 février", not
     * "Le 22 février") */
    if (i + 1 < e && s[i] == ',' && s[i + 1] == ' ')
        i += 2;
    else if (i < e && s[i] == ' ' && i - w >= 5)
        i += 1;
    else
        return false;
    uint32_t d = i;
    while (i < e && pt__is_ascii_digit((unsigned char)s[i]))
        i++;
    if (i == d || i - d > 2 || i >= e || s[i] != ' ')
        return false;
    uint32_t m = ++i;
    if (e - m > 3 && memcmp(s + m, "de ", 3) == 0) /* "Domingo 22 de febrero" */
        m = i += 3;
    i = letters_end(as, i, e);
    return pt__month_of(s, m, i) > 0 && (i == e || s[i] == ' ' || s[i] == ':');
}

/* Does the line begin with a time of day, the item of a programme it
 * opens ("17 h 30", "17h30", "9 heures", "10:30", "9.30 a.m.", "16
 * horas")? */
static bool
starts_with_clock_time(const char *s, const pt_line *l)
{
    static const char *const after_hour[] = {
        " heures", " heure", " horas", " hours", " a.m.", " p.m.", " h", "h"};
    uint32_t i = l->cstart, e = l->cend;
    while (i < e && i - l->cstart < 2 && pt__is_ascii_digit((unsigned char)s[i]))
        i++;
    if (i == l->cstart)
        return false;
    char sep = 0;
    if (i + 2 < e && (s[i] == ':' || s[i] == '.') &&
        pt__is_ascii_digit((unsigned char)s[i + 1]) &&
        pt__is_ascii_digit((unsigned char)s[i + 2])) {
        sep = s[i];
        i += 3; /* 10:30, 9.30 */
    }
    if (i == e || (sep == ':' && s[i] == ' '))
        return sep != 0;
    for (size_t k = 0; k < COUNT(after_hour); k++) {
        size_t m = strlen(after_hour[k]);
        if (e - i >= m && memcmp(s + i, after_hour[k], m) == 0 &&
            (i + m == e || !pt__is_ascii_letter((unsigned char)s[i + m])))
            return true;
    }
    return false;
}

/* Does the line open a letter's title, "Letter dated 4 May 2025 from ...
 * addressed to ...", in the six languages? */
static bool
is_letter_title(const assembler *as, const pt_line *l)
{
    static const char *const openings[] = {
        "Letter dated ", "Identical letters dated ", "Lettre datée ",
        "Lettres identiques datées ", "Carta de fecha ",
        "Cartas idénticas de fecha ", "Письмо ", "Идентичные письма ",
        "رسالة مؤرخة ", "رسالتان متطابقتان مؤرختان "};
    return begins_with_one_of(as->s, l->cstart, l->cend, openings, COUNT(openings));
}

/* An unnumbered heading ("General", "Summary"): a short line with no
 * closing punctuation, after a finished block, before a numbered one or
 * before a sentence's first line that is not short itself (a heading is
 * much shorter than the text under it). */
static bool
is_unnumbered_heading(assembler *as, size_t i, const pt_line *l)
{
    const char *s = as->s;
    uint32_t first = decode_at(s, as->len, l->cstart);
    bool arabic = as->arabic && pt__is_arabic_letter(first);
    builder *b = &as->body;
    /* a summary's title on its line, once, before the numbered
     * paragraphs (a publication's running header may end in the word),
     * and a letter's title set apart ("Letter dated ... addressed to
     * ...", under the letter before) head what follows them whatever
     * ends the block above */
    if (!as->summary_titled && !as->numbered_seen &&
        pt__is_summary_title(s, l->cstart, l->cend))
        return true;
    if (l->blanks_before && is_letter_title(as, l))
        return true;
    if (starts_signature(s, l->cstart, l->cend))
        return false; /* a name under its mark, however short */
    /* the next day of a programme ends the last item of the day before */
    if (as->in_programme && is_day_line(as, l) && pt__line_is_short(as->lines, l))
        return true;
    /* (a bullet point or a programme's item ends at a blank line, with
     * no stop of its own) */
    if (b->open && b->text.len && !ends_sentence(&b->text) &&
        last_char(&b->text) != ';' &&
        !((b->item == ITEM_BULLET || as->in_programme) && l->blanks_before) &&
        !preamble_ends_over(as, i, l))
        return false;
    /* a day of a programme on a line of its own heads its items, however
     * long its places */
    if (is_day_line(as, l) && (pt__line_is_short(as->lines, l) ||
                               (i + 1 < as->lines->n && l[1].blanks_before)))
        return true;
    if (!heading_shaped(as, l))
        return false;
    /* what follows it, past the rest of a title in capitals and the
     * parenthesis that qualifies a heading ("(Agenda item 3)") */
    size_t rest = 0;
    while (rest < CAPITAL_TITLE_LINES && i + rest + 2 < as->lines->n &&
           l[rest + 1].kind == PT_LINE_BODY &&
           in_capitals(s, l->cstart, l->cend) &&
           in_capitals(s, l[rest + 1].cstart, l[rest + 1].cend))
        rest++;
    bool qualified = !as->arabic && i + rest + 2 < as->lines->n &&
                     qualifies_title(as, l + rest + 1);
    rest = qualified ? rest + 1 : 0;
    if (numbered_start_follows(as->lines, i + rest) ||
        (arabic && i + 1 < as->lines->n && number_follows(as, i + 1, l + 1)))
        return true;
    /* two headings stacked over a numbered paragraph ("Communiqué of the
     * meeting" over "Introduction"): the lower, set apart, is as short,
     * ends no sentence either, and the numbered start follows it (not so
     * a list's items, set close) */
    if (!rest && i + 2 < as->lines->n && l[1].kind == PT_LINE_BODY && l[1].blanks_before &&
        heading_shaped(as, l + 1) && pt__line_is_short(as->lines, l + 1) &&
        numbered_start_follows(as->lines, i + 1))
        return true;
    /* a short line over bullet points heads them ("Sunday, 4 May" over
     * a programme's items); one set apart by a blank line above, as the
     * second list of an annex's is, may be longer ("Civil society and
     * other partners") over a bullet with its text (an Arabic extractor
     * sets the bullets apart from theirs) */
    uint32_t bullet = i + 1 < as->lines->n ? bullet_marker_end(s, l + 1) : 0;
    uint32_t shortness = l->blanks_before && bullet && bullet < l[1].cend ? 2 : 3;
    if (bullet && l->width * shortness < as->lines->typical_width &&
        !(b->open && b->item == ITEM_BULLET && b->text.len == 0))
        return true; /* (not the text of a bullet alone on the line above) */
    /* a qualifier is evidence enough; else the title is much shorter
     * than the full line under it (a title in capitals, which no
     * sentence's line is, may be longer) */
    const pt_line *next = i + 1 < as->lines->n ? l + 1 + rest : NULL;
    uint32_t shorter = in_capitals(s, l->cstart, l->cend) ? 2 : 3;
    return next && next->kind == PT_LINE_BODY &&
           (qualified || (l->width * shorter < as->lines->typical_width &&
                          !pt__line_is_short(as->lines, next))) &&
           starts_new_sentence(decode_at(s, as->len, next->cstart));
}

/* ---- Arabic paragraph numbers ----------------------------------------- */

/* Is line i, a body line, the first line of a paragraph whose number
 * ("-3", at the right of that line on the page) the extractor put alone
 * on the next line?  It is unless it ends a sentence that goes on from
 * the block before: then it ends that block, and the number comes
 * before its paragraph. */
static bool
number_follows(assembler *as, size_t i, const pt_line *l)
{
    const pt_line *n = l + 1;
    if (i + 1 >= as->lines->n || n->kind != PT_LINE_PARA ||
        n->text_start != n->cend || n->blanks_before ||
        !accepts_paragraph(as, n))
        return false;
    const builder *b = &as->body;
    uint32_t last = decode_at(as->s, as->len, pt__prev(as->s, l->cend));
    bool ends = last == '.' || last == ':' || last == 0x061B ||
                pt__ar_displaced_stop(as->s + l->cstart,
                                          l->cend - l->cstart); /* " .2017" */
    /* a short line set apart above the number and ending no sentence is
     * a heading over the paragraph: a first line fills the width */
    if (!ends && l->blanks_before && pt__line_is_short(as->lines, l))
        return false;
    return !ends || !b->open || b->text.len == 0 || sentence_ended(as, b);
}

/* Does an Arabic numbered heading go on in line l: a short line right
 * under its first line that ends no sentence?  Arabic has no capitals
 * to tell a wrapped title, and its section titles are numbered, so a
 * short line under one is the rest of its title. */
static bool
arabic_heading_wraps(assembler *as, const builder *b, const pt_line *l)
{
    uint32_t last = decode_at(as->s, as->len, pt__prev(as->s, l->cend));
    return b->last_line && b->last_line->kind == PT_LINE_HEADING &&
           l == b->last_line + 1 && !l->blanks_before &&
           l->kind == PT_LINE_BODY && pt__line_is_short(as->lines, l) &&
           last != '.' && last != ':' && last != 0x061B && last != 0x060C;
}

/* Does the line after l start in a left-to-right script: a Latin letter
 * or a digit, after a displaced full stop too (".http://...")? */
static bool
next_line_left_to_right(const assembler *as, const pt_line *l)
{
    const pt_line *next = l + 1;
    if (next >= as->lines->v + as->lines->n)
        return false;
    size_t i = pt__ar_skip_marks(as->s, as->len, next->cstart, next->cend);
    if (i < next->cend && as->s[i] == '.')
        i++;
    unsigned char c = i < next->cend ? (unsigned char)as->s[i] : 0;
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9');
}

/* Does every ")" of s[b, e) close a "(" before it ("(Geneva, 2013)")? */
static bool
balanced(const char *s, uint32_t b, uint32_t e)
{
    int depth = 0;
    for (uint32_t i = b; i < e && depth >= 0; i++)
        depth += (s[i] == '(') - (s[i] == ')');
    return depth >= 0;
}

/* Where the left-to-right run at s[i] ends in a line that ends at e (at
 * the first ")" or Arabic letter), or e. */
static uint32_t
left_to_right_run_end(const assembler *as, uint32_t i, uint32_t e)
{
    size_t n;
    for (; i < e && as->s[i] != ')'; i += (uint32_t)n)
        if (pt__is_arabic_letter(pt__decode(as->s, e, i, &n)))
            return e;
    return i;
}

/* An Arabic footnote line: "(1) text" on the page comes out with its
 * digits after the brackets, "( )1 text", or, where the text is a
 * left-to-right run, "(text )1", the brackets around it; where a
 * left-to-right run only begins the text, "(S/2025/790 )1 وقد ...", the
 * brackets around the run and the rest after the digits.  Only the next
 * footnote's number (in the second form, one a few numbers on), whose
 * mark the body has shown.  Sets the digits [*db, *de) and the text
 * [*tb, *te), the rest after the digits where the run is in brackets. */
static bool
arabic_note(const assembler *as, const pt_line *l, uint32_t *db, uint32_t *de,
            uint32_t *tb, uint32_t *te)
{
    const char *s = as->s;
    uint32_t b = l->cstart, e = l->cend, i;
    if (e - b < 4 || s[b] != '(')
        return false;
    i = (uint32_t)pt__ar_skip_marks(s, as->len, b + 1, e);
    if (i < e && s[i] == ')') { /* "( )1 text" */
        *db = *de = i + 1;
        while (*de < e && s[*de] >= '0' && s[*de] <= '9' && *de - *db < 2)
            (*de)++;
        *tb = (uint32_t)pt__ar_skip_marks(s, as->len, *de, e);
        *te = e;
        /* its text may start on the next line, "( )5" alone, among
         * notes or once they have begun, or in a left-to-right script
         * (a source's title, an address): before them, over Arabic, such
         * a line is a list's item */
        if (*de == *db || (*tb == *de && *tb < e) ||
            (*tb >= e && !as->in_notes && as->last_note == 0 &&
             !next_line_left_to_right(as, l)))
            return false;
    } else { /* "(text )1", "(text )1 rest" */
        *tb = i;
        *de = *db = e;
        uint32_t close = left_to_right_run_end(as, i, e);
        if (close < e && s[close] == ')' && close + 1 < e && s[close + 1] >= '0' &&
            s[close + 1] <= '9')
            for (*de = *db = close + 1; *de < e && s[*de] >= '0' && s[*de] <= '9' &&
                                        *de - *db < 3;)
                (*de)++; /* the digits after the run's brackets */
        while (*de == e && *db > i && s[*db - 1] >= '0' && s[*db - 1] <= '9' &&
               *de - *db < 2)
            (*db)--;
        if (*db == *de || *db == i || s[*db - 1] != ')')
            return false;
        *te = *db - 1;
        while (*te > i && (s[*te - 1] == ' ' || pt__dirmark_at(s, e, *te - 1)))
            (*te)--;
        if (*te <= *tb || !balanced(s, *tb, *te))
            return false;
    }
    /* the next note; in a note in a left-to-right script, its brackets
     * about its text, no list item's shape, one a few further on that
     * the body cites too: the notes between lost to the extractor (one
     * laid out word by word) */
    uint32_t v = number_value(s, *db, *de), reach = *db < *tb ? 1 : NOTE_GAP;
    return v > as->last_note && v <= as->last_note + reach &&
           v < NOTE_NUMBERS && as->body_marks[v];
}

/* Open the Arabic footnote of line l (arabic_note) and take its text. */
static pt_status
arabic_note_line(assembler *as, const pt_line *l, uint32_t db, uint32_t de,
                 uint32_t tb, uint32_t te)
{
    pt_status rc = PT_OK;
    uint32_t ob, oe;
    pt__line_outer(as->s, as->len, l, &ob, &oe);
    if (db < tb) { /* the mark first */
        PT_CHECK(open_note_owning(as, l, ob, de, db, de));
        PT_CHECK(note_line(as, l, de));
    } else { /* the brackets around the text: "(" and " )1" the mark's */
        PT_CHECK(open_note_owning(as, l, ob, tb, db, de));
        PT_CHECK(append(as, &as->note, l, tb, te, false));
        if (de < l->cend) { /* the rest of the text after the digits */
            PT_CHECK(own(as, &as->note, te, de, PT_ROLE_NUMBER));
            PT_CHECK(note_line(as, l, de));
        } else {
            PT_CHECK(own(as, &as->note, te, oe, PT_ROLE_NUMBER));
        }
    }
done:
    return rc;
}

/* An Arabic footnote whose mark is a star, "(*) text", with or without a
 * rule above it: the star at [*mb, *me).  A sentence never opens with
 * one. */
static bool
arabic_star_note(const assembler *as, const pt_line *l, uint32_t *mb,
                 uint32_t *me)
{
    const char *s = as->s;
    uint32_t i = (uint32_t)pt__ar_skip_marks(s, as->len, l->cstart, l->cend);
    if (l->cend - i < 5 || s[i] != '(' || s[i + 1] != '*' || s[i + 2] != ')' ||
        s[i + 3] != ' ' ||
        pt__ar_skip_marks(s, as->len, i + 3, l->cend) >= l->cend)
        return false;
    *mb = i + 1;
    *me = i + 2;
    return true;
}

/* Open the star footnote of line l (arabic_star_note): "(*)" is its
 * number's, "*" its number. */
static pt_status
arabic_star_note_line(assembler *as, const pt_line *l, uint32_t mb,
                      uint32_t me)
{
    pt_status rc = PT_OK;
    uint32_t ob, oe;
    pt__line_outer(as->s, as->len, l, &ob, &oe);
    PT_CHECK(open_note_owning(as, l, ob, me + 1, mb, me));
    PT_CHECK(note_line(as, l, me + 1));
done:
    return rc;
}

/* What is left of line l once its page number is set apart: a paragraph
 * number alone ("-14-27": pt__ar_page_then_number) makes it that
 * paragraph's number line (its value by its order, where the font
 * substitutes digits), an annex's title ("-16المرفق الأول") its
 * heading's. */
static void
arabic_number_after_page(const assembler *as, pt_line *l)
{
    uint32_t value;
    size_t text, end = pt__ar_paragraph_number(as->s, as->len, l->cstart,
                                               l->cend, &value, &text);
    if (pt__ar_annex(as->s, as->len, l->cstart, l->cend)) {
        l->kind = PT_LINE_HEADING;
        l->annex = 1;
        l->num_end = l->text_start = l->cend;
        return;
    }
    if (!end || text != l->cend)
        return;
    l->kind = PT_LINE_PARA;
    l->role = PT_ROLE_NONE;
    if (!l->by_order)
        l->num_value = value;
    l->num_end = (uint32_t)end;
    l->text_start = (uint32_t)text;
}

/* Open paragraph n's block with line l as its first line. */
static pt_status
number_after_first_line(assembler *as, const pt_line *l, const pt_line *n)
{
    pt_status rc = PT_OK;
    PT_CHECK(open_numbered(as, n, PT_BLOCK_PARAGRAPH));
    PT_CHECK(append(as, &as->body, l, l->cstart, l->cend, true));
    PT_CHECK(own_number(as, n));
    PT_CHECK(append(as, &as->body, n, n->cend, n->cend, false));
    as->number_taken = n;
done:
    return rc;
}

/* "a)" alone or "a) Title": a lettered label; its title starts at *te. */
static bool
lettered_label(const assembler *as, const pt_line *l, uint32_t *te)
{
    const char *s = as->s;
    uint32_t c = l->cstart;
    if (l->cend - c < 2 || s[c] < 'a' || s[c] > 'z' || s[c + 1] != ')' ||
        (c + 2 < l->cend && s[c + 2] != ' '))
        return false;
    *te = c + 2;
    while (*te < l->cend && s[*te] == ' ')
        (*te)++;
    return true;
}

/* The most lines of page furniture (footer, job number, header, symbol)
 * that a page break puts between a heading and its paragraph. */
#define PAGE_BREAK_LINES 8

/* Does the label on lines[i] head the next paragraph: its title (from
 * text_start on, or the next few lines) starts in capitals and ends no
 * sentence, and the next numbered paragraph follows, or a lettered
 * sub-heading that heads it ("1. Migration" "a)" "Evolution" "53.")?  A
 * page break between them is looked past. */
static bool
heads_paragraph(assembler *as, size_t i, uint32_t text_start, bool nested,
                size_t *below)
{
    const pt_lines *lines = as->lines;
    const pt_line *l = &lines->v[i], *t = l; /* t: the title's last line */
    bool titled = text_start < l->cend;
    /* the title's first line: the label's own, or the first below it */
    bool own_title = titled;
    size_t furniture = 0, /* a page break's lines, looked past */
        title_lines = 0;  /* below the label's own */
    for (size_t j = i + 1; j < lines->n && j <= i + 3 + furniture; j++) {
        const pt_line *next = &lines->v[j];
        uint32_t te;
        if (next->kind == PT_LINE_FURNITURE && furniture < PAGE_BREAK_LINES) {
            furniture++;
            continue;
        }
        if (t != l || titled) {
            uint32_t first = decode_at(as->s, as->len,
                                       t == l ? text_start : t->cstart);
            uint32_t last = last_char_before_mark(as, t);
            if ((own_title ? t == l : title_lines == 1) &&
                !pt__is_upper(first) && !pt__is_cjk(first))
                return false;
            if (last == '.' || last == ',' || last == ';' || last == ':' ||
                last == 0x3002 || last == 0xFF0C || last == 0xFF1B)
                return false;
        }
        if (next->kind == PT_LINE_PARA) { /* and the paragraph takes it */
            *below = title_lines;
            return titled && !is_decimal(as, next) &&
                   is_next_paragraph(as, next);
        }
        if (!nested && titled && lettered_label(as, next, &te)) {
            *below = title_lines;
            size_t its_own;
            return heads_paragraph(as, j, te, true, &its_own);
        }
        if (next->kind != PT_LINE_BODY)
            return false;
        titled = true;
        t = next;
        title_lines++;
    }
    return false;
}

/* A sub-heading numbered like a paragraph ("1. Overall results", or "2."
 * alone over its title), in a section whose paragraphs have their own
 * numbers: its number is not the next paragraph's, and it heads it; in
 * *below, the lines of its title under its number's line. */
static bool
is_numbered_subheading(assembler *as, size_t i, const pt_line *l, size_t *below)
{
    if (!as->numbered_seen || l->num_value == as->expected ||
        is_decimal(as, l))
        return false;
    return heads_paragraph(as, i, l->text_start, false, below);
}

/* Is Arabic line t the end of a title that line q qualifies?  A short
 * line over a parenthesis of words that ends the line: "(text )1" is a
 * footnote in a left-to-right script, "(أ)" a list's letter. */
static bool
arabic_title_qualified(const assembler *as, const pt_line *t,
                       const pt_line *q)
{
    const char *space = memchr(as->s + q->cstart, ' ', q->cend - q->cstart);
    return pt__line_is_short(as->lines, t) && as->s[q->cend - 1] == ')' &&
           space != NULL;
}

/* Lines a title over its qualifying parenthesis may take, at most. */
#define QUALIFIED_TITLE_LINES 3

/* Is the PARA line i a title numbered like a paragraph over the
 * parenthesis that qualifies it ("2. Youth and development" over "(Agenda
 * item 5 (b))" or a document's symbol; the number may stand alone over
 * the title), before a new sentence: a sub-heading, as an agenda's items
 * head the sections of a meeting's report and of an annotated agenda? */
static bool
is_qualified_title(assembler *as, size_t i, const pt_line *l)
{
    const pt_line *title = l;
    /* an Arabic paragraph's number may stand over a title, its text under
     * it: the next paragraph's is no title's */
    if (as->arabic && as->numbered_seen && l->num_value == as->expected)
        return false;
    if (l->text_start >= l->cend) { /* "2." alone */
        title = l + 1;
        i++;
        if (i >= as->lines->n || title->kind != PT_LINE_BODY ||
            !starts_new_sentence(decode_at(as->s, as->len, title->cstart)))
            return false;
    }
    /* the title's lines (it may wrap), each ending in no punctuation */
    for (size_t k = 0; k < QUALIFIED_TITLE_LINES && i + k + 2 < as->lines->n;
         k++) {
        const pt_line *t = title + k;
        uint32_t last = last_char_before_mark(as, t);
        if (t->kind != PT_LINE_BODY && t != l)
            return false;
        if (last == '.' || last == ',' || last == ';' || last == ':' ||
            last == 0x060C || last == 0x061B) /* Arabic's comma, semicolon */
            return false;
        if (!qualifies_title(as, t + 1) ||
            (as->arabic && !arabic_title_qualified(as, t, t + 1)))
            continue;
        const pt_line *next = t + 2;
        return next->kind != PT_LINE_BODY ||
               starts_new_sentence(decode_at(as->s, as->len, next->cstart));
    }
    return false;
}

/* The Latin letter of an Arabic list's letter that starts line l, alone
 * or before its text ("(ب)" is "b"), its end in *me; 0 for none. */
static char
arabic_item_letter(const assembler *as, const pt_line *l, uint32_t *me)
{
    size_t end;
    int k = as->arabic ? pt__ar_item_letter(as->s, as->len, l->cstart,
                                            l->cend, &end)
                       : -1;
    if (k < 0 || k >= 26 || (end < l->cend && as->s[end] != ' '))
        return 0;
    *me = (uint32_t)end;
    return (char)('a' + k);
}

/* Does the line start a bullet point ("•", "▪", U+F0B7 or "-", alone or
 * before its text) or a lettered item ("(a) text") that stands on its
 * own: right under a heading or after another such item, not inside a
 * paragraph, where it stays?  Returns its kind; the marker ends at *me. */
static uint8_t
standalone_item(assembler *as, const pt_line *l, uint32_t *me)
{
    const builder *b = &as->body;
    const char *s = as->s;
    uint32_t c = l->cstart, e = l->cend;
    uint32_t bullet_end = bullet_marker_end(s, l);
    /* bullets inside a numbered paragraph stay in it; after the lead-in
     * of a paragraph with no number ("The members of the Council will:"),
     * as in terms of reference, they stand on their own */
    if (b->open && b->kind != PT_BLOCK_HEADING && !b->item &&
        (b->numbered || !bullet_end || bullet_end == e || last_char(&b->text) != ':'))
        return 0;
    if (bullet_end && (!b->open || b->item != ITEM_LETTER)) {
        *me = bullet_end;
        return ITEM_BULLET;
    }
    if (e - c >= 4 && s[c] == '(' && s[c + 1] >= 'a' && s[c + 1] <= 'z' &&
        s[c + 2] == ')' && s[c + 3] == ' ' &&
        s[c + 1] == (b->open && b->item == ITEM_LETTER ? b->letter + 1 : 'a')) {
        *me = c + 3;
        return ITEM_LETTER;
    }
    char letter = arabic_item_letter(as, l, me);
    if (letter &&
        letter == (b->open && b->item == ITEM_LETTER ? b->letter + 1 : 'a'))
        return ITEM_LETTER;
    return 0;
}

/* Start a block at a marker: a free-standing item (a paragraph; a
 * lettered one is numbered by its letter, "a", "annex III a", a bullet
 * point is not) or a lettered sub-heading ("a) Title", item 0).  The
 * marker is the block's number region, not its text. */
static pt_status
marker_start(assembler *as, const pt_line *l, pt_block_kind kind,
             uint8_t item, uint32_t me)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    bool lettered = item != ITEM_BULLET;
    PT_CHECK(builder_close(as, &as->note));
    PT_CHECK(builder_close(as, b));
    as->in_notes = false;
    PT_CHECK(builder_open(as, b, kind, lettered));
    b->item = item;
    uint32_t arabic_end;
    if (lettered) { /* "(a)" or "a)", "(أ)" */
        b->letter = arabic_item_letter(as, l, &arabic_end);
        if (!b->letter)
            b->letter = as->s[l->cstart + (as->s[l->cstart] == '(')];
        PT_CHECK(pt__buf_append(&b->number, alloc_of(as), as->annex_prefix.ptr,
                                as->annex_prefix.len));
        PT_CHECK(pt__buf_append(&b->number, alloc_of(as), &b->letter, 1));
    }
    uint32_t marker = me, ob, oe; /* with the direction marks before it */
    while (marker > l->cstart && as->s[marker - 1] == ' ')
        marker--;
    pt__line_outer(as->s, as->len, l, &ob, &oe);
    PT_CHECK(own(as, b, ob, marker, PT_ROLE_NUMBER));
    b->last_line = l;
    PT_CHECK(append(as, b, l, me, l->cend, true));
    b->last_line = l;
done:
    return rc;
}

/* Is the line a parenthesis alone ("(Agenda item 3)", a footnote mark
 * after it or not), not an empty one ("()1")? */
static bool
is_qualifier(assembler *as, const pt_line *l)
{
    return l->cend - l->cstart >= 2 && as->s[l->cstart] == '(' &&
           last_char_before_mark(as, l) == ')' &&
           !empty_brackets(as, l->cstart);
}

/* Words a title numbered like a paragraph has at most, when it opens a
 * series of them. */
#define TITLE_WORDS 6

/* Is the PARA line i the next of a series of qualified titles, though
 * no parenthesis qualifies it: its number follows the last one's, its
 * title a short line with no closing punctuation (on the number's line
 * or the next) over a new sentence?  An annotated agenda's item with no
 * document to it. */
static bool
is_next_title(assembler *as, size_t i, const pt_line *l)
{
    /* the first of such a series (an information note's "1. Background")
     * has its title on its number's line, in a few words (of a script
     * that spaces them), and no paragraph before it has been numbered */
    bool first = as->last_titled == 0 && as->expected == 1 && !as->cjk &&
                 l->text_start < l->cend && as->s[l->cend - 1] != '-' &&
                 pt__count_words(as->s, l->text_start, l->cend) <= TITLE_WORDS;
    /* an Arabic number alone may be the next line's, set after it */
    if ((as->arabic && l->text_start >= l->cend) ||
        (!first && (as->last_titled == 0 ||
                    l->num_value != as->last_titled + 1)))
        return false;
    const pt_line *title = l->text_start >= l->cend ? l + 1 : l;
    size_t t = i + (size_t)(title - l);
    if (t + 1 >= as->lines->n || (title->kind != PT_LINE_BODY && title != l))
        return false;
    uint32_t b = title == l ? l->text_start : title->cstart;
    uint32_t last = last_char_before_mark(as, title);
    const pt_line *next = title + 1;
    /* nor one that ends on a word that links it to the next line ("1.
     * The"): the next line is the rest of it, not its text */
    return starts_new_sentence(decode_at(as->s, as->len, b)) &&
           pt__line_is_short(as->lines, title) && last != '.' && last != ',' &&
           last != ';' && last != ':' && next->kind == PT_LINE_BODY &&
           !ends_on_linking_word(as, title) &&
           starts_new_sentence(decode_at(as->s, as->len, next->cstart));
}

/* Words no title ends on, in English, French and Spanish: articles,
 * prepositions and conjunctions (a title that ends on one on its line
 * goes on: "Terms of reference of the mission to the" over "Region"). */
static const char *const title_continues_after[] = {
    "the", "of", "to", "and", "for", "in", "on", "a", "an", "with", "by",
    "at", "from", "or", "its", "their", "de", "du", "des", "la", "le",
    "les", "et", "en", "pour", "sur", "aux", "au", "y", "del", "el",
    "los", "las", "para", "por", "con"};

/* The same in Chinese: conjunctions, 的 and the prepositions that open a
 * phrase ("…特派团支助以及" over "安全和安保"). */
static const char *const title_continues_after_zh[] = {
    "以及", "和", "与", "及", "并", "或", "的", "对", "关于", "在"};

/* Does the line end on one of those words? */
static bool
ends_on_linking_word(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    uint32_t e = l->cend, w = e;
    for (size_t k = 0; k < sizeof title_continues_after_zh /
                               sizeof *title_continues_after_zh; k++) {
        size_t n = strlen(title_continues_after_zh[k]);
        if (e - l->cstart > n &&
            memcmp(s + e - n, title_continues_after_zh[k], n) == 0)
            return true;
    }
    while (w > l->cstart && e - w <= 4 &&
           ((s[w - 1] >= 'a' && s[w - 1] <= 'z') ||
            (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
        w--;
    if (w == e || (w > l->cstart && s[w - 1] != ' '))
        return false;
    for (size_t k = 0; k < sizeof title_continues_after /
                               sizeof *title_continues_after; k++) {
        size_t n = strlen(title_continues_after[k]), i = 0;
        while (i < n && e - w == n &&
               (s[w + i] | 0x20) == title_continues_after[k][i])
            i++;
        if (i == n && e - w == n)
            return true;
    }
    return false;
}

/* Does the line end on a word cut at its hyphen ("Secretary-" over
 * "General"), which the next line finishes? */
static bool
ends_on_broken_word(const assembler *as, const pt_line *l)
{
    const char *s = as->s;
    return l->cend - l->cstart >= 2 && s[l->cend - 1] == '-' &&
           pt__is_ascii_letter((unsigned char)s[l->cend - 2]);
}

/* Does the line set close under an annex's title finish it?  A title
 * that wraps fills its first line and leaves less on the next; a short
 * first line, a longer or one-word next one, or a line in mixed case
 * under capitals is what follows a title (a table's head, a sub-heading). */
static bool
annex_title_wraps(const assembler *as, const builder *b, const pt_line *l)
{
    const pt_line *first = b->last_line;
    uint32_t width = first->cend - first->cstart;
    return as->annex_titled == b->index + 1 && width >= 40 &&
           l->cend - l->cstart < width &&
           memchr(as->s + l->cstart, ' ', l->cend - l->cstart) &&
           !(in_capitals(as->s, first->cstart, first->cend) &&
             !in_capitals(as->s, l->cstart, l->cend));
}

/* Is the line a parenthesis that tells a title over it for one: a
 * qualifier, not an item's marker alone ("(a)", "(iv)")? */
static bool
qualifies_title(assembler *as, const pt_line *l)
{
    return is_qualifier(as, l) && !is_marker_alone(as->s, l);
}

static pt_status
body_line(assembler *as, size_t i, const pt_line *l, bool blank)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    uint32_t marker_end;
    uint8_t item = standalone_item(as, l, &marker_end);
    if (item)
        return marker_start(as, l, PT_BLOCK_PARAGRAPH, item, marker_end);
    size_t below = 0;
    if (l->kind == PT_LINE_BODY && as->numbered_seen &&
        lettered_label(as, l, &marker_end) &&
        heads_paragraph(as, i, marker_end, true, &below))
        return marker_start(as, l, PT_BLOCK_HEADING, 0, marker_end);
    /* a sub-heading first: over the paragraph its number is not, it is
     * no skip in the paragraphs' numbers; the heading takes the lines of
     * its title that go on under its number's line */
    if (l->kind == PT_LINE_PARA && is_numbered_subheading(as, i, l, &below)) {
        PT_CHECK(numbered_start(as, l, PT_BLOCK_HEADING));
        if (below && l->text_start < l->cend)
            as->titled_heading = b->index + 1;
        return rc;
    }
    bool qualified = l->kind == PT_LINE_PARA && is_qualified_title(as, i, l);
    if (qualified || (l->kind == PT_LINE_PARA && is_next_title(as, i, l))) {
        as->last_titled = l->num_value;
        PT_CHECK(numbered_start(as, l, PT_BLOCK_HEADING));
        as->titled_heading = qualified ? b->index + 1 : 0;
        return rc;
    }
    if (l->kind == PT_LINE_PARA && accepts_paragraph(as, l))
        return numbered_start(as, l, PT_BLOCK_PARAGRAPH);
    if (l->kind == PT_LINE_HEADING && accepts_heading(as, l))
        return numbered_start(as, l, PT_BLOCK_HEADING);
    if (as->arabic && number_follows(as, i, l))
        return number_after_first_line(as, l, l + 1);
    if (b->open && b->kind == PT_BLOCK_HEADING) {
        /* a heading goes on while it wraps (in capitals, a short line
         * too), and under it the parenthesis that qualifies it ("(Agenda
         * item 3)"); never with a line ending in a comma or semicolon, as
         * no heading does; "Annex" takes the next line */
        uint32_t end = last_char_before_mark(as, l);
        bool clause = end == ',' || end == ';' || end == 0xFF0C || end == 0xFF1B;
        bool wraps = !pt__line_is_short(as->lines, b->last_line) ||
                     as->titled_heading == b->index + 1 ||
                     ends_on_linking_word(as, b->last_line) ||
                     ends_on_broken_word(as, b->last_line) ||
                     annex_title_wraps(as, b, l) ||
                     (as->arabic && arabic_heading_wraps(as, b, l)) ||
                     pt__is_lower(decode_at(as->s, as->len, l->cstart)) ||
                     (in_capitals(b->text.ptr, 0, b->text.len) &&
                      in_capitals(as->s, l->cstart, l->cend));
        bool qualifier = is_qualifier(as, l);
        if (is_qualifier(as, b->last_line) || b->last_line->annex == 2 ||
            pt__toc_next_title(&as->toc, b->text.ptr, b->text.len, as->s,
                               as->len, l->cstart, l->cend))
            wraps = false; /* the qualifier closes the heading, as do a
                              whole annex title and the start of the
                              contents' next title */
        if (qualifier)
            as->titled_heading = 0;
        /* nor with a distribution line or a number alone, no title */
        bool titles = !pt__is_distribution(as->s, l) &&
                      !(l->kind == PT_LINE_PARA && l->text_start == l->cend);
        if (titles && (b->text.len == 0 ||
                       (!clause && ((!blank && wraps) || qualifier)))) {
            /* an annex's title runs over the lines set close under it,
             * which a blank line or a full stop ends */
            if (end == '.')
                as->annex_titled = 0;
            else if (b->text.len == 0 && b->last_line->annex)
                as->annex_titled = b->index + 1;
            return append(as, b, l, l->cstart, l->cend, true);
        }
    } else if (b->open && !paragraph_breaks(as, b, l, blank) &&
               !is_unnumbered_heading(as, i, l) && !heads_mandates(as, i)) {
        if (l->kind == PT_LINE_PARA) {
            as->list_next = l->num_value + 1;
            if (l->num_value == 1)
                as->list_owner = b->index + 1;
        }
        char letter = item_letter(as->s, l);
        if (letter == 'a' || (letter && letter == b->list_letter + 1))
            b->list_letter = letter;
        return append(as, b, l, l->cstart, l->cend, true);
    }
    PT_CHECK(builder_close(as, b));
    bool heading = is_unnumbered_heading(as, i, l) || heads_mandates(as, i);
    as->summary_titled |= heading && pt__is_summary_title(as->s, l->cstart, l->cend);
    if (heading)
        as->in_programme = is_day_line(as, l);
    PT_CHECK(builder_open(as, b,
                          heading ? PT_BLOCK_HEADING : PT_BLOCK_PARAGRAPH,
                          false));
    PT_CHECK(append(as, b, l, l->cstart, l->cend, true));
done:
    return rc;
}

/* ---- endnotes set in two columns ---------------------------------------- */

/* Publications put their notes at the end of a chapter or of the report,
 * under "Endnotes", and some extractors give the notes' numbers as a
 * column of their own: a run of numbers, then the notes' texts, page by
 * page ("1." "2." "3." / "Ruiz, 2014." "Ibid." "See ...").  Such an area
 * is read whole: the numbers count the notes, and the texts split into
 * that many where a line ends a note and the next begins one, the
 * likeliest places first.  A number the text still shows ("8. In May")
 * begins its own note.  Where the texts do not split so, and in Arabic,
 * the lines go the usual way. */

/* The titles of a report's endnotes, and of the back matter that ends
 * them, in the six languages. */
static const char *const endnote_titles[] = {
    "Endnotes", "ENDNOTES", "Notes", "NOTES", "Notas", "NOTAS", "Примечания",
    "ПРИМЕЧАНИЯ", "الحواشي", "الهوامش", "注释", "尾注"};
static const char *const back_matter_titles[] = {
    "References", "REFERENCES", "Bibliography", "BIBLIOGRAPHY", "Références",
    "Bibliographie", "Referencias", "Bibliografía", "Библиография",
    "Литература", "المراجع", "参考文献"};

/* Is line l's whole text one of titles[0, n)? */
static bool
line_is_one_of(const assembler *as, const pt_line *l, const char *const *titles,
               size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(titles[k]);
        if (l->cend - l->cstart == m &&
            memcmp(as->s + l->cstart, titles[k], m) == 0)
            return true;
    }
    return false;
}

/* The value of a line that is a number alone ("12", "12."), or 0. */
static uint32_t
bare_number(const assembler *as, const pt_line *l)
{
    uint32_t e = l->cend;
    if (e > l->cstart && as->s[e - 1] == '.')
        e--;
    if (e == l->cstart || e - l->cstart > 3)
        return 0;
    for (uint32_t k = l->cstart; k < e; k++)
        if (as->s[k] < '0' || as->s[k] > '9')
            return 0;
    return number_value(as->s, l->cstart, e);
}

/* Where the text of an endnote begins after the number `want` that
 * begins line l ("8. In May ...", "8 In May"), its end in *me; or 0. */
static uint32_t
inline_endnote(const assembler *as, const pt_line *l, uint32_t want,
               uint32_t *me)
{
    uint32_t k = l->cstart;
    while (k < l->cend && as->s[k] >= '0' && as->s[k] <= '9' &&
           k - l->cstart < 3)
        k++;
    if (k == l->cstart || number_value(as->s, l->cstart, k) != want)
        return 0;
    *me = k;
    if (k < l->cend && as->s[k] == '.')
        k++;
    return k + 1 < l->cend && as->s[k] == ' ' && as->s[k + 1] != ' ' ? k : 0;
}

enum { EN_FURNITURE = 1, EN_PAGE, EN_MARK, EN_INLINE, EN_TEXT, EN_START = 0x10 };

/* Does line l end with a link ("http://lake.org/a#", "www.lake.org")? */
static bool
ends_with_link(const assembler *as, const pt_line *l)
{
    uint32_t b = l->cend;
    while (b > l->cstart && as->s[b - 1] != ' ')
        b--;
    size_t n = l->cend - b;
    char last = n ? as->s[l->cend - 1] : ' ';
    /* a link that goes on at the next line ends in a slash or a hyphen */
    return last != '/' && last != '-' &&
           ((n > 3 && memcmp(as->s + b, "www", 3) == 0) ||
            (n > 4 && memcmp(as->s + b, "http", 4) == 0 &&
             memchr(as->s + b, '/', n) != NULL));
}

/* How likely an endnote ends with line p and the next begins with line q,
 * in (0, 3): p ends a sentence, a reference or a link and q begins as a
 * note does; likelier after a short line, with numbers between them,
 * before a link or "See".  0 when it cannot. */
static double
endnote_break(const assembler *as, const pt_line *p, const pt_line *q,
              bool numbers_between, uint32_t width)
{
    uint32_t last = decode_at(as->s, as->len, pt__prev(as->s, p->cend));
    uint32_t first = decode_at(as->s, as->len, q->cstart);
    bool link = starts_with_word(as->s, q, "http") || starts_with_word(as->s, q, "www");
    if (!(starts_new_sentence(first) || first == 0x201C || first == '(' ||
          first == '"' || link))
        return 0;
    double score = width > p->width ? (double)(width - p->width) / width : 0;
    /* a note that ends without a stop ("Ibid", a title): the least likely
     * breaks, taken only where the others are too few */
    if (!(last == '.' || last == ')' || last == 0x201D || last == '"' ||
          ends_with_link(as, p)))
        return pt__is_upper(last) || pt__is_lower(last) ||
                       pt__is_ascii_digit(last)
                   ? 0.001 + score * 0.008
                   : 0;
    if (numbers_between)
        score += 1;
    if (link || starts_with_word(as->s, q, "See ") ||
        starts_with_word(as->s, q, "Ibid"))
        score += 0.5;
    return score + 0.01; /* any break that can be beats none */
}

typedef struct endnote_break_at {
    size_t line;
    double score;
} endnote_break_at;

/* Likelier first; at equal odds, the earlier. */
static int
compare_breaks(const void *a, const void *b)
{
    const endnote_break_at *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Mark in kinds[] the `wanted` likeliest breaks between the text lines of
 * lines [b, e) (b the first note's first line), as EN_START; false when
 * fewer can be. */
static bool
choose_endnote_breaks(assembler *as, size_t from, size_t b, size_t e,
                      uint8_t *kinds, endnote_break_at *cands, uint32_t width,
                      size_t wanted)
{
    const pt_line *v = as->lines->v;
    size_t n = 0, prev = b;
    bool numbers = false;
    for (size_t j = b + 1; j < e; j++) {
        uint8_t k = kinds[j - from];
        if (k == EN_MARK)
            numbers = true;
        if (k != EN_TEXT)
            continue;
        double score = endnote_break(as, &v[prev], &v[j], numbers, width);
        if (score > 0)
            cands[n++] = (endnote_break_at){j, score};
        prev = j;
        numbers = false;
    }
    if (n < wanted)
        return false;
    qsort(cands, n, sizeof *cands, compare_breaks);
    for (size_t c = 0; c < wanted; c++)
        kinds[cands[c].line - from] |= EN_START;
    return true;
}

/* The notes first..first+count-1 run over the text lines [b, e) (b the
 * first's first line): mark the count-1 likeliest breaks; false when they
 * cannot be (no note, or too few places to break). */
static bool
split_endnote_run(assembler *as, size_t from, size_t b, size_t e,
                  uint8_t *kinds, endnote_break_at *cands, uint32_t width,
                  uint32_t count)
{
    return count > 0 &&
           choose_endnote_breaks(as, from, b, e, kinds, cands, width,
                                 count - 1);
}

/* Read what the lines from `from` are in an endnotes area (kinds[]) and
 * which of its text lines begin a note (EN_START); returns the line after
 * the area, or `from` when the area has no column of numbers or its texts
 * do not split into as many notes. */
static size_t
plan_endnotes(assembler *as, size_t from, uint8_t *kinds,
              endnote_break_at *cands)
{
    const pt_lines *lines = as->lines;
    uint32_t next = 1, width = 0, me, run_first = 1;
    bool column = false;
    int dotted = -1; /* the column's numbers end with a dot: a page's
                        number, which has none, is not one of them */
    uint8_t prev = 0;
    size_t end = from, run = SIZE_MAX; /* the current run's first line */
    for (; end < lines->n; end++) {
        const pt_line *l = &lines->v[end];
        uint32_t v = bare_number(as, l);
        bool dot = as->s[l->cend - 1] == '.';
        uint8_t k;
        if (v && v == next && (dotted < 0 || dot == dotted)) {
            dotted = dot;
            k = EN_MARK;
            next++;
            column = column || prev == EN_MARK;
        } else if (l->kind == PT_LINE_FURNITURE) {
            k = EN_FURNITURE;
        } else if (v) {
            k = EN_PAGE; /* out of the column's order: its page's number */
        } else if (inline_endnote(as, l, next, &me)) {
            k = EN_INLINE | EN_START;
            /* the run before it holds the notes up to this one */
            if (run == SIZE_MAX ? next != 1
                                : !split_endnote_run(as, from, run, end, kinds,
                                                     cands, width,
                                                     next - run_first))
                return from;
            run = end;
            run_first = next++;
        } else if (l->kind == PT_LINE_HEADING ||
                   l->kind == PT_LINE_RULE ||
                   line_is_one_of(as, l, back_matter_titles,
                                  sizeof back_matter_titles /
                                      sizeof *back_matter_titles) ||
                   pt__is_contents(as->s, l)) {
            break;
        } else {
            k = EN_TEXT;
            width = l->width > width ? l->width : width;
            if (run == SIZE_MAX) {
                run = end;
                k |= EN_START;
            }
        }
        kinds[end - from] = k;
        prev = k == EN_FURNITURE || k == EN_PAGE ? prev : k & ~EN_START;
    }
    if (!column || run == SIZE_MAX ||
        !split_endnote_run(as, from, run, end, kinds, cands, width,
                           next - run_first))
        return from;
    return end;
}

/* The endnotes area of lines [from, end) as plan_endnotes read it: each
 * note a footnote, numbered in order; a number of the column is the
 * furniture of its page, as its note has it for its number. */
static pt_status
endnotes_area(assembler *as, size_t from, size_t end, const uint8_t *kinds)
{
    pt_status rc = PT_OK;
    pt_doc *doc = as->doc;
    uint32_t note = 0, ob, oe, me;
    PT_CHECK(builder_close(as, &as->note));
    for (size_t j = from; j < end; j++) {
        const pt_line *l = &as->lines->v[j];
        uint8_t k = kinds[j - from];
        if (k == EN_FURNITURE) {
            PT_CHECK(pt__region_line(doc, l, PT_REGION_FURNITURE,
                                     (pt_role)l->role));
            if (l->role == PT_ROLE_JOB_NUMBER)
                PT_CHECK(pt__job_number_meta(doc, l));
            continue;
        }
        pt__line_outer(as->s, as->len, l, &ob, &oe);
        if (k == EN_MARK || k == EN_PAGE) {
            PT_CHECK(pt__region_add(doc, ob, oe, PT_REGION_FURNITURE,
                                    k == EN_MARK ? PT_ROLE_NUMBER
                                                 : PT_ROLE_PAGE_NUMBER,
                                    PT_NONE));
            continue;
        }
        uint32_t text = l->cstart;
        if ((k & ~EN_START) == EN_INLINE) {
            text = inline_endnote(as, l, ++note, &me);
            PT_CHECK(open_note_owning(as, l, ob, text, l->cstart, me));
        } else if (k & EN_START) {
            char digits[12];
            int n = snprintf(digits, sizeof digits, "%u", (unsigned)++note);
            PT_CHECK(builder_close(as, &as->note));
            PT_CHECK(builder_open(as, &as->note, PT_BLOCK_FOOTNOTE, true));
            PT_CHECK(pt__buf_append(&as->note.number, alloc_of(as), digits,
                                    (size_t)n));
            as->last_note = note;
        }
        PT_CHECK(append(as, &as->note, l, text, l->cend, false));
    }
    PT_CHECK(builder_close(as, &as->note));
done:
    return rc;
}

/* At an endnotes title (line i): when a column of numbers follows, its
 * area read whole (endnotes_area), and in *after the line past it; else
 * *after is i + 1. */
static pt_status
endnotes_after(assembler *as, size_t i, size_t *after)
{
    pt_status rc = PT_OK;
    size_t n = as->lines->n - (i + 1);
    *after = i + 1;
    /* Arabic lines as extractors leave them put a note's full stop at
     * either end: where a note ends is no clearer than that */
    if (n < 3 || as->arabic)
        return PT_OK;
    uint8_t *kinds = pt__malloc(alloc_of(as), n);
    endnote_break_at *cands = pt__malloc(alloc_of(as), n * sizeof *cands);
    if (kinds == NULL || cands == NULL) {
        rc = PT_E_NOMEM;
        goto done;
    }
    size_t end = plan_endnotes(as, i + 1, kinds, cands);
    if (end > i + 1) {
        PT_CHECK(endnotes_area(as, i + 1, end, kinds));
        *after = end;
    }
done:
    pt__free(alloc_of(as), kinds);
    pt__free(alloc_of(as), cands);
    return rc;
}

/* Mark the contents table whose title is line i (pt__contents) and
 * learn its titles. */
static pt_status
read_contents(assembler *as, size_t i, size_t *after)
{
    size_t from = as->doc->regions.n;
    pt_status rc = pt__contents(as->doc, as->lines, i, after);
    if (rc == PT_OK)
        pt__toc_read(as->doc, &as->toc, from);
    return rc;
}

pt_status
pt__blocks(pt_doc *doc, pt_lines *lines, size_t first)
{
    pt_status rc = PT_OK;
    assembler as;
    assert(first <= lines->n && doc->recs.n == 0);
    memset(&as, 0, sizeof as);
    as.doc = doc;
    as.lines = lines;
    as.s = doc->text;
    as.len = doc->len;
    as.cjk = strcmp(doc->lang, "zh") == 0;
    as.arabic = lines->arabic;
    as.resolution = doc->meta_off[PT_META_SYMBOL] != PT_NONE &&
                    strstr(doc->pool.ptr + doc->meta_off[PT_META_SYMBOL], "/RES/");
    as.repair = as.arabic || pt__has_dirmarks(as.s, as.len);
    as.decimal_comma = !strcmp(doc->lang, "fr") || !strcmp(doc->lang, "es") ||
                       !strcmp(doc->lang, "ru") || !strcmp(doc->lang, "ar");
    as.expected = 1;
    as.last_section = '@';
    pt__toc_read(doc, &as.toc, 0); /* contents the masthead found */
    pt_vec init[] = {PT_VEC_INIT(pt_mapseg), PT_VEC_INIT(pt_span),
                     PT_VEC_INIT(pt_span)};
    as.body.map = as.note.map = as.held_note.map = init[0];
    as.body.refs = as.note.refs = as.held_note.refs = init[1];
    as.body.spans = as.note.spans = as.held_note.spans = init[2];
    /* The footnote numbers the document shows, which confirm a weak
     * reading of a mark: a line that starts with a number ("12", "1/")
     * and no dot. */
    for (size_t i = first; i < lines->n; i++) {
        const pt_line *l = &lines->v[i];
        uint32_t k = l->cstart;
        while (k < l->cend && as.s[k] >= '0' && as.s[k] <= '9' &&
               k - l->cstart < 3)
            k++;
        k = past_slash_mark(as.s, l->cstart, k, l->cend);
        if (k > l->cstart && l->kind != PT_LINE_PARA &&
            (k == l->cend || as.s[k] == ' ' || as.s[k] == '\t'))
            as.notes_shown[number_value(as.s, l->cstart, k)] = true;
    }
    as.notes.shown = as.notes_shown;
    as.notes.n = NOTE_NUMBERS;
    as.notes.taken = as.body_marks;
    /* In a double-spaced text one blank line separates nothing. */
    uint32_t blank_min = lines->double_spaced ? 2 : 1;
    for (size_t i = first; i < lines->n; i++) {
        const pt_line *l = &lines->v[i];
        bool blank = l->blanks_before >= blank_min;
        if (i % 4096 == 0 && pt__cancelled(doc)) {
            rc = PT_E_CANCELLED;
            goto done;
        }
        if (l == as.number_taken)
            continue;
        if (as.arabic && pt__is_contents(as.s, l) && !as.in_notes) {
            /* contents after a summary, past the masthead, as Arabic
             * documents have them */
            size_t after;
            PT_CHECK(builder_close(&as, &as.body));
            PT_CHECK(read_contents(&as, i, &after));
            i = after - 1;
            continue;
        }
        if (as.arabic && l->kind == PT_LINE_PARA && l->text_start < l->cend &&
            (l->role == PT_ROLE_PAGE_NUMBER ||
             !(accepts_paragraph(&as, l) || is_qualified_title(&as, i, l)))) {
            /* "-5" glued to a line, out of sequence: a page number, unless
             * it numbers a sub-heading's title */
            uint32_t ob, oe, ne = l->num_end;
            pt__line_outer(as.s, as.len, l, &ob, &oe);
            if (ne < l->text_start && as.s[ne] == '.')
                ne++; /* "2." out of sequence: its dot goes with it */
            PT_CHECK(pt__region_add(doc, ob, ne, PT_REGION_FURNITURE,
                                    PT_ROLE_PAGE_NUMBER, PT_NONE));
            lines->v[i].cstart = l->text_start;
            lines->v[i].kind = PT_LINE_BODY;
            arabic_number_after_page(&as, &lines->v[i]);
        }
        size_t figure_last;
        if (l->kind == PT_LINE_BODY && is_caption(&as, l) &&
            (figure_last = figure_end(&as, i)) > 0) {
            /* a figure ends a finished paragraph, and suspends one it
             * interrupts, as a footnote area does */
            PT_CHECK(builder_close(&as, &as.note));
            as.in_notes = false;
            if (ends_sentence(&as.body.text))
                PT_CHECK(builder_close(&as, &as.body));
            PT_CHECK(figure_area(&as, i, figure_last));
            i = figure_last;
            continue;
        }
        if (l->kind == PT_LINE_BODY && !as.in_notes &&
            (!as.body.open || as.body.kind == PT_BLOCK_HEADING ||
             ends_sentence(&as.body.text)) &&
            (figure_last = cells_table_end(&as, i)) > 0) {
            /* a table ends the heading or paragraph before it */
            PT_CHECK(builder_close(&as, &as.body));
            PT_CHECK(figure_area(&as, i, figure_last));
            i = figure_last;
            continue;
        }
        as.in_directory = as.in_directory || heads_directory(&as);
        uint32_t mb, me;
        if (as.in_directory &&
            (l->kind == PT_LINE_BODY || l->kind == PT_LINE_PARA) &&
            !(as.in_notes && (note_start(&as, l, &mb, &me) ||
                              (as.note.open && as.note.text.len == 0)))) {
            /* a directory's entries, under its headings: a table (its
             * page's footnote under a rule aside, "*" and its text) */
            PT_CHECK(builder_close(&as, &as.note));
            PT_CHECK(builder_close(&as, &as.body));
            as.in_notes = false;
            PT_CHECK(figure_area(&as, i, i));
            continue;
        }
        if (!as.in_notes && is_mandate_entry(&as, i, l)) {
            PT_CHECK(mandate_start(&as, l));
            continue;
        }
        uint32_t note_end, db, de, tb, te;
        if (as.arabic && l->kind == PT_LINE_BODY &&
            arabic_note(&as, l, &db, &de, &tb, &te)) {
            as.in_notes = true;
            PT_CHECK(arabic_note_line(&as, l, db, de, tb, te));
            continue;
        }
        if (as.arabic && l->kind == PT_LINE_BODY &&
            arabic_star_note(&as, l, &db, &de)) {
            as.in_notes = true;
            PT_CHECK(arabic_star_note_line(&as, l, db, de));
            continue;
        }
        if (((l->kind == PT_LINE_FURNITURE &&
              l->role == PT_ROLE_PAGE_NUMBER) ||
             (l->kind == PT_LINE_BODY && !as.in_notes)) &&
            ruleless_note(&as, l, &note_end)) {
            as.in_notes = true;
            PT_CHECK(open_note(&as, l, l->cstart, note_end));
            PT_CHECK(note_line(&as, l, note_end));
            continue;
        }
        if (l->kind == PT_LINE_BODY && is_star_note(&as, l)) {
            note_end = l->cend;
            as.in_notes = true;
            PT_CHECK(open_note(&as, l, l->cstart, note_end));
            PT_CHECK(note_line(&as, l, note_end));
            continue;
        }
        if (as.in_notes && l->kind == PT_LINE_FURNITURE &&
            l->role == PT_ROLE_PAGE_NUMBER && mark_over_note_text(&as, i) &&
            note_start(&as, l, &mb, &me)) {
            /* "3" alone over its footnote's text, not a page's number */
            PT_CHECK(open_note(&as, l, mb, me));
            PT_CHECK(note_line(&as, l, me));
            continue;
        }
        if (l->kind == PT_LINE_FURNITURE) {
            PT_CHECK(pt__region_line(doc, l, PT_REGION_FURNITURE,
                                     (pt_role)l->role));
            if (l->role == PT_ROLE_JOB_NUMBER)
                PT_CHECK(pt__job_number_meta(doc, l));
            /* a footnote held over a page without footnotes ends */
            if (as.held_note.open && as.body_since_held)
                PT_CHECK(builder_close(&as, &as.held_note));
            if (as.in_notes) { /* the page's footer ends its footnotes */
                PT_CHECK(hold_or_close_note(&as));
                as.in_notes = false;
            }
            if (l->role == PT_ROLE_SEPARATOR) /* "* * *" ends a part */
                PT_CHECK(builder_close(&as, &as.body));
            continue;
        }
        if (l->kind == PT_LINE_RULE) {
            PT_CHECK(pt__region_line(doc, l, PT_REGION_FURNITURE,
                                     PT_ROLE_RULE));
            PT_CHECK(builder_close(&as, &as.note));
            as.in_notes = true;
            as.note_area_fresh = true;
            continue;
        }
        if ((l->kind == PT_LINE_BODY && pt__is_contents(as.s, l)) ||
            pt__is_contents_entry(as.s, l)) {
            size_t after;
            PT_CHECK(builder_close(&as, &as.note));
            PT_CHECK(builder_close(&as, &as.body));
            as.in_notes = false;
            PT_CHECK(read_contents(&as, i, &after));
            i = after - 1;
            continue;
        }
        if (as.in_notes) {
            /* the next paragraph, or a heading after a finished one,
             * ends the area */
            bool starts =
                (l->kind == PT_LINE_PARA && is_next_paragraph(&as, l)) ||
                (l->kind == PT_LINE_HEADING && accepts_heading(&as, l));
            /* an area that opens with no mark goes on with the footnote
             * the last page's foot cut off */
            if (as.held_note.open && !as.note.open) {
                if (!starts && !note_start(&as, l, &mb, &me))
                    swap_notes(&as);
                else
                    PT_CHECK(builder_close(&as, &as.held_note));
            }
            if (!starts && note_start(&as, l, &mb, &me)) {
                PT_CHECK(open_note(&as, l, mb, me));
                PT_CHECK(note_line(&as, l, me));
                continue;
            }
            /* a blank ends the area, not a footnote's number and text */
            if (!starts &&
                !(blank && as.note.open && as.note.text.len > 0)) {
                PT_CHECK(note_line(&as, l, l->cstart));
                continue;
            }
            PT_CHECK(builder_close(&as, &as.note));
            as.in_notes = false;
        }
        as.body_since_held = true;
        PT_CHECK(body_line(&as, i, l, blank));
        if (line_is_one_of(&as, l, endnote_titles,
                           sizeof endnote_titles / sizeof *endnote_titles)) {
            size_t after;
            PT_CHECK(endnotes_after(&as, i, &after));
            if (after > i + 1) {
                PT_CHECK(builder_close(&as, &as.body));
                i = after - 1;
            }
        }
    }
    PT_CHECK(builder_close(&as, &as.note));
    PT_CHECK(builder_close(&as, &as.held_note));
    PT_CHECK(builder_close(&as, &as.body));
done:
    builder_free(&as.body, &doc->alloc);
    builder_free(&as.note, &doc->alloc);
    builder_free(&as.held_note, &doc->alloc);
    pt__buf_free(&as.annex_prefix, &doc->alloc);
    pt__hyphens_free(&as.hyphens, &doc->alloc);
    return rc;
}
