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

#include <string.h>

/* Marks looked for in one go; a line with more is scanned again. */
#define MARKS_PER_SCAN 32

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
} builder;

typedef struct assembler {
    pt_doc *doc;
    const pt_lines *lines;
    const char *s;
    size_t len;
    bool cjk;
    bool decimal_comma; /* "3,2" is a number, not 3 and a mark */
    builder body, note;
    bool in_notes;       /* inside a footnote area */
    bool note_area_fresh; /* no footnote yet in this area */
    uint32_t last_note;   /* the last numbered footnote's number */
    bool numbered_seen;   /* a numbered paragraph since the last annex */
    uint32_t expected;    /* the next paragraph number */
    pt_buf annex_prefix;  /* "annex " or "annex II " inside an annex */
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
    b->index = (uint32_t)as->doc->recs.n;
    b->number.len = b->text.len = 0;
    b->map.n = b->refs.n = b->spans.n = 0;
    b->last_line = NULL;
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

/* Close a block: move what it built into the document.  A block with
 * neither number nor text (only white space came) is dropped, which is
 * safe: it owns no region. */
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
    if (b->number.len == 0 && b->text.len == 0 && b->refs.n == 0) {
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

/* Right halves of words that a typesetter's hyphen split
 * ("implemen-" + "tation"); a compound's second word is not one of them
 * ("capacity-" + "building"). */
static bool
is_word_tail(const char *s, size_t b, size_t e)
{
    static const char *const tails[] = {
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity",
        "ities", "ance", "ances", "ence", "ences", "ing", "ings", "ed",
        "ation", "ations", "tation", "tations", "able", "ible", "ised",
        "ized", "ising", "izing", "ism", "ist", "ists", "ous", "ive",
        "ives", "ure", "ures", "ary", "ly", "ally", "ical", "cal", "ic",
        "ty", "ties", "cy", "cies", "al", "er", "ers"};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
        if (strlen(tails[k]) == e - b && memcmp(tails[k], s + b, e - b) == 0)
            return true;
    return false;
}

/* Should the hyphen ending the text go, joining "implemen-" "tation"? */
static bool
hyphen_splits_word(assembler *as, builder *b, uint32_t next)
{
    const char *t = b->text.ptr;
    size_t h = b->text.len - 1, k = h;
    while (k > 0 && t[k - 1] >= 'a' && t[k - 1] <= 'z' && h - k < 2)
        k--;
    if (h - k < 2)
        return false; /* "e-" + "mail" keeps its hyphen */
    size_t e = next;
    while (e < as->len && as->s[e] >= 'a' && as->s[e] <= 'z' && e - next < 8)
        e++;
    return is_word_tail(as->s, next, e);
}

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
        if (pt__is_lower(first) && hyphen_splits_word(as, b, next))
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

/* Append s[i, e) of a line: marks out (unless `marks` is false), each
 * piece owned by the block. */
static pt_status
append(assembler *as, builder *b, const pt_line *l, uint32_t i, uint32_t e,
       bool marks)
{
    pt_status rc = PT_OK;
    pt_span found[MARKS_PER_SCAN];
    size_t n;
    while (i < e && pt__is_space(decode_at(as->s, as->len, i)))
        i += (uint32_t)(pt__decode(as->s, as->len, i, &n), n);
    if (i >= e)
        return PT_OK;
    PT_CHECK(join(as, b, i));
    uint32_t from = i;
    for (;;) {
        size_t k = marks ? pt__find_marks(as->s, l->cstart, from, e, as->cjk,
                                          as->decimal_comma, found,
                                          MARKS_PER_SCAN)
                         : 0;
        for (size_t m = 0; m < k; m++) {
            PT_CHECK(copy_text(as, b, i, found[m].start));
            PT_CHECK(own(as, b, i, found[m].start, PT_ROLE_TEXT));
            PT_CHECK(own(as, b, found[m].start, found[m].end, PT_ROLE_MARK));
            PT_CHECK(pt__vec_push(&b->refs, alloc_of(as), &found[m]));
            i = found[m].end;
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
    PT_CHECK(copy_text(as, b, i, t));
    PT_CHECK(own(as, b, i, t, PT_ROLE_TEXT));
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

/* Does the line open a preambular paragraph ("Recalling", "Guided by",
 * "Rappelant", "回顾")? */
static bool
starts_preamble(const char *s, size_t len, const pt_line *l)
{
    static const char *const words[] = {
        "Guided", "Aware", "Convinced", "Mindful", "Concerned", "Conscious",
        "Deeply", "Alarmed", "Determined", "Encouraged", "Desirous",
        "Gravely", "Seriously", "Fully", "Cognizant", "Reaffirming",
        "Profondément", "Consciente", "Convaincue", "Convencida",
        "Preocupada", "Guidée"};
    static const char *const zh[] = {
        "回顾", "又回顾", "还回顾", "注意到", "又注意到", "欢迎", "重申",
        "认识到", "铭记", "深信", "意识到", "考虑到", "遵循", "念及"};
    size_t b = l->cstart, e = b;
    while (e < l->cend && s[e] != ' ' && s[e] != ',')
        e++;
    size_t n = e - b;
    if (pt__is_han(decode_at(s, len, b))) {
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
    for (size_t i = b + 1; i < e; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z'))
            return false;
    /* participles: Recalling, Noting; Rappelant; Recordando, Teniendo */
    bool ing = n >= 6 && memcmp(s + e - 3, "ing", 3) == 0 &&
               memcmp(s + e - 4, "jing", 4) != 0 &&
               memcmp(s + e - 4, "qing", 4) != 0;
    bool ant = n >= 7 && memcmp(s + e - 3, "ant", 3) == 0;
    bool ando = n >= 7 && (memcmp(s + e - 4, "ando", 4) == 0 ||
                           memcmp(s + e - 5, "iendo", 5) == 0);
    return ing || ant || ando;
}

/* Does this body line (not a numbered start) begin a new paragraph? */
static bool
paragraph_breaks(assembler *as, builder *b, const pt_line *l, bool blank)
{
    if (b->last_line == NULL || b->text.len == 0)
        return false;
    uint32_t first = decode_at(as->s, as->len, l->cstart);
    uint32_t last = last_char(&b->text);
    if ((last == ',' || last == ';' || last == 0xFF0C || last == 0xFF1B) &&
        starts_preamble(as->s, as->len, l))
        return true;
    if (!starts_new_sentence(first))
        return false;
    if (ends_sentence(&b->text) && pt__line_is_short(as->lines, b->last_line))
        return true;
    return blank && !b->numbered && ends_sentence(&b->text);
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
    if (i == l->cstart || (i < e && s[i] != ' ' && s[i] != '\t'))
        return false;
    *mb = l->cstart;
    *me = i;
    if (star)
        return true;
    uint32_t v = 0;
    for (uint32_t k = l->cstart; k < i; k++)
        v = v * 10 + (uint32_t)(s[k] - '0');
    return v == as->last_note + 1 || (v == 1 && as->note_area_fresh) ||
           (as->last_note == 0 && as->note_area_fresh);
}

static uint32_t
number_value(const char *s, uint32_t b, uint32_t e)
{
    uint32_t v = 0;
    for (uint32_t k = b; k < e && s[k] >= '0' && s[k] <= '9'; k++)
        v = v * 10 + (uint32_t)(s[k] - '0');
    return v;
}

static pt_status
open_note(assembler *as, const pt_line *l, uint32_t mb, uint32_t me)
{
    pt_status rc = PT_OK;
    PT_CHECK(builder_close(as, &as->note));
    PT_CHECK(builder_open(as, &as->note, PT_BLOCK_FOOTNOTE, true));
    PT_CHECK(pt__buf_append(&as->note.number, alloc_of(as), as->s + mb,
                            me - mb));
    PT_CHECK(own(as, &as->note, mb, me, PT_ROLE_NUMBER));
    if (as->s[mb] != '*')
        as->last_note = number_value(as->s, mb, me);
    as->note_area_fresh = false;
    as->note.last_line = l;
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

/* Is this "12." line really paragraph 12 here? */
static bool
accepts_paragraph(assembler *as, const pt_line *l)
{
    uint32_t v = l->num_value;
    /* "... in paragraph\n5. of the report": a paragraph's text does not
     * start in lower case, on its line or (after "5." alone) the next */
    const pt_line *next = l + 1, *end = as->lines->v + as->lines->n;
    while (next < end && next->kind == PT_LINE_FURNITURE)
        next++; /* the text goes on after a page's footer */
    if (next == end)
        next = NULL;
    uint32_t first = l->text_start < l->cend ? l->text_start
                     : next                  ? next->cstart
                                             : PT_NONE;
    size_t n = 0;
    uint32_t c = 0;
    for (size_t i = first; i < as->len; i += n) { /* past superscript marks */
        c = pt__decode(as->s, as->len, i, &n);
        if (!(c == 0xB9 || c == 0xB2 || c == 0xB3 ||
              (c >= 0x2070 && c <= 0x2079)))
            break;
    }
    if (first != PT_NONE && pt__is_lower(c))
        return false;
    if (!as->numbered_seen || v == as->expected)
        return true;
    /* a skipped number or two, after a finished sentence */
    return v > as->expected && v <= as->expected + 2 &&
           (!as->body.open || ends_sentence(&as->body.text));
}

/* A heading interrupts nothing: it follows a finished block. */
static bool
accepts_heading(assembler *as, const pt_line *l)
{
    builder *b = &as->body;
    if (l->annex || !b->open || b->kind == PT_BLOCK_HEADING ||
        b->text.len == 0)
        return true;
    return ends_sentence(&b->text) || last_char(&b->text) == ';' ||
           last_char(&b->text) == 0xFF1B || last_char(&b->text) == ':';
}

/* Start a numbered block from a PARA or HEADING line. */
static pt_status
numbered_start(assembler *as, const pt_line *l, pt_block_kind kind)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    const char *s = as->s;
    PT_CHECK(builder_close(as, &as->note));
    PT_CHECK(builder_close(as, b));
    as->in_notes = false;
    PT_CHECK(builder_open(as, b, kind, true));
    if (l->annex) {
        /* "Annex II" numbers the heading; its blocks get "annex II " */
        size_t k = l->cstart + 5, n;
        while (k < l->num_end && pt__is_space(decode_at(s, as->len, k)))
            k += (pt__decode(s, as->len, k, &n), n);
        bool latin = s[l->cstart] == 'A';
        as->annex_prefix.len = 0;
        if (latin) {
            PT_CHECK(pt__buf_append(&b->number, alloc_of(as), "Annex", 5));
            PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), "annex",
                                    5));
            if (k < l->num_end) {
                PT_CHECK(pt__buf_append(&b->number, alloc_of(as), " ", 1));
                PT_CHECK(pt__buf_append(&b->number, alloc_of(as), s + k,
                                        l->num_end - k));
                PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), " ",
                                        1));
                PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as),
                                        s + k, l->num_end - k));
            }
        } else {
            PT_CHECK(pt__buf_append(&b->number, alloc_of(as), s + l->cstart,
                                    l->num_end - l->cstart));
            PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as),
                                    s + l->cstart,
                                    l->num_end - l->cstart));
        }
        PT_CHECK(pt__buf_append(&as->annex_prefix, alloc_of(as), " ", 1));
        as->numbered_seen = false;
        as->expected = 1;
    } else {
        PT_CHECK(pt__buf_append(&b->number, alloc_of(as), as->annex_prefix.ptr,
                                as->annex_prefix.len));
        PT_CHECK(pt__buf_append(&b->number, alloc_of(as), s + l->cstart,
                                l->num_end - l->cstart));
        if (kind == PT_BLOCK_PARAGRAPH) {
            as->numbered_seen = true;
            as->expected = l->num_value + 1;
        }
    }
    /* the number as written, with its dot */
    uint32_t ne = l->num_end;
    if (ne < l->cend && !l->annex)
        ne += (uint32_t)(s[ne] == '.' ? 1 : 3);
    PT_CHECK(own(as, b, l->cstart, ne, PT_ROLE_NUMBER));
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

/* An unnumbered heading ("General"): a short line with no closing
 * punctuation, after a finished block, before a numbered one. */
static bool
is_unnumbered_heading(assembler *as, size_t i, const pt_line *l)
{
    const char *s = as->s;
    uint32_t first = decode_at(s, as->len, l->cstart);
    uint32_t last = decode_at(s, as->len, pt__prev(s, l->cend));
    if (!(pt__is_upper(first) || pt__is_cjk(first)) || l->width > 60 ||
        !pt__line_is_short(as->lines, l))
        return false;
    if (last == '.' || last == ',' || last == ';' || last == ':' ||
        last == 0x3002 || last == 0xFF0C || last == 0xFF1B || last == 0xFF1A)
        return false;
    builder *b = &as->body;
    if (b->open && b->text.len && !ends_sentence(&b->text) &&
        last_char(&b->text) != ';')
        return false;
    return numbered_start_follows(as->lines, i);
}

static pt_status
body_line(assembler *as, size_t i, const pt_line *l, bool blank)
{
    pt_status rc = PT_OK;
    builder *b = &as->body;
    if (l->kind == PT_LINE_PARA && accepts_paragraph(as, l))
        return numbered_start(as, l, PT_BLOCK_PARAGRAPH);
    if (l->kind == PT_LINE_HEADING && accepts_heading(as, l))
        return numbered_start(as, l, PT_BLOCK_HEADING);
    if (b->open && b->kind == PT_BLOCK_HEADING) {
        /* a heading goes on while it wraps, and never with a line ending in
         * a comma or semicolon, as no heading does; "Annex" takes the
         * next line */
        uint32_t end = decode_at(as->s, as->len, pt__prev(as->s, l->cend));
        bool clause = end == ',' || end == ';' || end == 0xFF0C || end == 0xFF1B;
        if (b->text.len == 0 ||
            (!blank && !clause &&
             (!pt__line_is_short(as->lines, b->last_line) ||
              pt__is_lower(decode_at(as->s, as->len, l->cstart)))))
            return append(as, b, l, l->cstart, l->cend, true);
    } else if (b->open && !paragraph_breaks(as, b, l, blank)) {
        return append(as, b, l, l->cstart, l->cend, true);
    }
    PT_CHECK(builder_close(as, b));
    bool heading = is_unnumbered_heading(as, i, l);
    PT_CHECK(builder_open(as, b,
                          heading ? PT_BLOCK_HEADING : PT_BLOCK_PARAGRAPH,
                          false));
    PT_CHECK(append(as, b, l, l->cstart, l->cend, true));
done:
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
    as.decimal_comma = !strcmp(doc->lang, "fr") || !strcmp(doc->lang, "es") ||
                       !strcmp(doc->lang, "ru") || !strcmp(doc->lang, "ar");
    as.expected = 1;
    pt_vec init[] = {PT_VEC_INIT(pt_mapseg), PT_VEC_INIT(pt_span),
                     PT_VEC_INIT(pt_span)};
    as.body.map = as.note.map = init[0];
    as.body.refs = as.note.refs = init[1];
    as.body.spans = as.note.spans = init[2];
    /* In a double-spaced text one blank line separates nothing. */
    uint32_t blank_min = lines->double_spaced ? 2 : 1;
    for (size_t i = first; i < lines->n; i++) {
        const pt_line *l = &lines->v[i];
        bool blank = l->blanks_before >= blank_min;
        if (l->kind == PT_LINE_FURNITURE) {
            PT_CHECK(pt__region_line(doc, l, PT_REGION_FURNITURE,
                                     (pt_role)l->role));
            if (as.in_notes) { /* the page's footer ends its footnotes */
                PT_CHECK(builder_close(&as, &as.note));
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
        if (as.in_notes) {
            uint32_t mb, me;
            /* the next paragraph, or a heading after a finished one,
             * ends the area */
            bool starts =
                (l->kind == PT_LINE_PARA && accepts_paragraph(&as, l) &&
                 l->num_value == as.expected) ||
                (l->kind == PT_LINE_HEADING && accepts_heading(&as, l));
            if (!starts && note_start(&as, l, &mb, &me)) {
                PT_CHECK(open_note(&as, l, mb, me));
                PT_CHECK(note_line(&as, l, me));
                continue;
            }
            if (!starts && !(blank && as.note.open)) {
                PT_CHECK(note_line(&as, l, l->cstart));
                continue;
            }
            PT_CHECK(builder_close(&as, &as.note));
            as.in_notes = false;
        }
        PT_CHECK(body_line(&as, i, l, blank));
    }
    PT_CHECK(builder_close(&as, &as.note));
    PT_CHECK(builder_close(&as, &as.body));
done:
    builder_free(&as.body, &doc->alloc);
    builder_free(&as.note, &doc->alloc);
    pt__buf_free(&as.annex_prefix, &doc->alloc);
    return rc;
}
