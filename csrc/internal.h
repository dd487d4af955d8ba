/*
 * internal.h: what the core's files share and no user sees.
 *
 * The core reads bottom-up.  Its files form layers, and a file calls only
 * files of its own layer or of the layers below it, never round in a
 * circle; only the binding, on top, knows Python.  tests/test_layering.py
 * reads this table and checks all of it against what each file compiles
 * to, so a new file must take its place here.
 *
 *   layer        file          what it does
 *   base         util.c        allocation, growable arrays, UTF-8 (base.h)
 *                results.c     the writers of regions and metadata
 *   lines        arabic.c      Arabic as extractors leave it: direction
 *                              marks, presentation forms, lam-alef, and
 *                              its paragraph and heading numerals
 *                lines.c       split into lines, measure and classify them
 *                lang.c        which language a text is in
 *                marks.c       footnote marks glued to words and numbers
 *                hyphens.c     which hyphens at a line's end cut a word
 *   candidates   candidates.c  the recognisers and their priorities, the
 *                              candidates they propose (recognisers.h)
 *   recognisers  dates.c       dates, and a masthead's date line
 *                numbers.c     numbers, money and quantities
 *                references.c  resolutions, agenda items, provisions
 *                symbols.c     document symbols and URLs
 *                persons.c     people with a title or honorific
 *                titles.c      short titles of instruments
 *                names.c       names no gazetteer lists, by their shape
 *   blocks       masthead.c    the masthead and contents at the top
 *                contents.c    what the table of contents says of the
 *                              sections: titles, labels, paragraphs
 *                blocks.c      lines into headings, paragraphs, footnotes
 *                renumber.c    paragraph numbers the extractor lost, from
 *                              the contents' ranges
 *   tagger       gazetteer.c   the gazetteers' names, as one trie
 *                ordinals.c    an ordinal before a listed meeting's name
 *                              in French, Spanish and Russian
 *                meetings.c    the meetings of a listed treaty's parties
 *                              in French, Spanish and Russian
 *                tagger.c      a tagger: its names and recognisers tried
 *                              in one pass over a block
 *                entities.c    each block's candidates resolved to a flat
 *                              set of entities
 *   segments     segment.c     sentences and tokens (ICU)
 *   driver       doc.c         pt_parse: runs the stages, owns the results
 *   checks       diagnostics.c what a careful reader would flag in the
 *                              finished blocks (pt_doc_diagnostics)
 *   binding      module.c      paratag._core, the only file that uses
 *                              Python
 *
 * A recogniser reads a span of text and knows nothing of blocks; the
 * stages (lines, masthead, blocks, the tagger) run in that order over
 * one input (DESIGN.md).
 */
#ifndef PT_INTERNAL_H
#define PT_INTERNAL_H

#include "base.h"

/* ---- base: results under construction (results.c) --------------------- */

typedef struct pt_entrec {
    uint32_t start, end; /* in the block's clean text */
    uint32_t label;
    uint32_t value_off, source_off; /* into doc->pool */
} pt_entrec;

typedef struct pt_blockrec {
    uint8_t kind;
    const char *lang; /* pt__block_language: the doc's, or a literal */
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
    const pt_cancel *cancel; /* while parsing: pt_options.cancel */
    uint32_t renumbered, first_renumbered; /* paragraphs numbered from the
                                              contents (renumber.c) */
};

static inline bool
pt__cancelled(const pt_doc *doc) /* pt__cancel_asked, for the parse */
{
    return pt__cancel_asked(doc->cancel);
}

/* A region of the input (none when it is empty), and a metadata field. */
pt_status pt__region_add(pt_doc *doc, uint32_t start, uint32_t end,
                         pt_region_kind kind, pt_role role, uint32_t block);
pt_status pt__meta_set(pt_doc *doc, pt_meta_field f, const char *s,
                       size_t n);

/* ---- lines (lines.c, marks.c, lang.c, hyphens.c) ----------------------- */

/* What the text writes whole on one line, the witness of a Russian
 * word cut at a line's end (hyphens.c); filled at its first need. */
typedef struct pt_hyphens {
    uint64_t *bits; /* a Bloom filter of six-character runs, or NULL */
    size_t mask;
} pt_hyphens;

/* Does the hyphen at left[hyphen] (the text so far ends there) cut a
 * word whose rest starts the next line at s[next]?  s is the whole text. */
pt_status pt__hyphen_splits_word(pt_hyphens *h, const pt_alloc *a,
                                 const char *left, size_t hyphen,
                                 const char *s, size_t len, size_t next,
                                 bool *splits);
void pt__hyphens_free(pt_hyphens *h, const pt_alloc *a);

typedef enum pt_line_kind {
    PT_LINE_BODY = 1,
    PT_LINE_RULE,      /* "______" above footnotes */
    PT_LINE_FURNITURE, /* see role */
    PT_LINE_PARA,      /* "12. text" or "12." alone: a candidate */
    PT_LINE_HEADING,   /* "III. text", "三. text", "A. text", "Annex II" */
} pt_line_kind;

/* A non-blank line; blank lines are only counted, so that a million of
 * them cost nothing. */
/* One per non-blank line, so kept small: 32 bytes. */
typedef struct pt_line {
    uint32_t cstart, cend; /* content: the line without surrounding space */
    uint32_t width;        /* display width of the content */
    /* For PARA and HEADING: the end of the number, which starts the
     * content, and where the text after it starts (== cend when the
     * number stands alone). */
    uint32_t num_end, text_start;
    uint32_t num_value;    /* PARA: the number's value; HEADING: a Roman
                              numeral's, or 0 */
    uint8_t kind;          /* pt_line_kind */
    uint8_t role;          /* pt_role, for furniture; PAGE_NUMBER for a
                              PARA line whose number is its page's */
    uint8_t annex;         /* heading: an "Annex" line; 2: one that is its
                              whole title ("...给秘书长的信的附件") */
    uint8_t blanks_before; /* blank lines between it and the line before,
                              counted up to 255 */
    uint8_t by_order;      /* PARA: num_value is the paragraph's place in
                              the sequence, not the digits it shows */
    uint8_t spaced_end;    /* a space after the content, as a Chinese PDF's
                              text leaves one after a paragraph's last line */
} pt_line;

typedef struct pt_lines {
    pt_line *v; /* the non-blank lines */
    size_t n;
    uint32_t trailing_blanks; /* blank lines after the last one */
    uint32_t typical_width; /* a full line's display width */
    bool double_spaced;     /* a blank line after (nearly) every line */
    bool spaced_ends_tell;  /* a space after a line ending a sentence ends
                               its paragraph: few lines have one */
    bool arabic;            /* Arabic text: its numbering forms apply */
    bool stops_displaced;   /* Arabic whose full stops inside a line come
                               out before the next sentence (" .وتؤكد") */
} pt_lines;

/* Both stop with PT_E_CANCELLED when `cancel` (may be NULL) asks. */
pt_status pt__lines_split(const char *s, size_t len, const pt_alloc *a,
                          const pt_cancel *cancel, pt_lines *out);
pt_status pt__lines_classify(const char *s, size_t len,
                             const pt_cancel *cancel, pt_lines *lines);
/* The end of the word at s[i]: the next space, or past the "(Part II)"
 * of a symbol. */
size_t pt__word_end(const char *s, size_t i, size_t e);
/* A UN document symbol spanning exactly s[b, e)? */
bool pt__is_symbol(const char *s, size_t b, size_t e);
/* The value of a Roman numeral s[b, e) in I..XXX, or 0. */
unsigned pt__roman_value(const char *s, size_t b, size_t e);
/* The value of a Chinese numeral 一 to 九十九 at s[b, e), or 0. */
unsigned pt__cjk_numeral_value(const char *s, size_t b, size_t e);
/* Is the line s[b, e) an annex's heading ("Annex", "Annexe II", "Anexo B",
 * "Приложение I", "附件二"), a footnote's stars after it aside?  Its
 * numeral as English writes it ("II", "B"; "" for none) goes to numeral;
 * *titled says whether the line is the annex's title too, as a letter's
 * annex is ("Annex to the letter dated ...", "...的信的附件"). */
bool pt__annex_line(const char *s, size_t len, size_t b, size_t e,
                    char numeral[8], bool *titled);
/* A job number ("07-35147", "GE.18-12345(E)"), a barcode ("*0735147*")? */
bool pt__is_job_number(const char *s, size_t b, size_t e);
bool pt__is_barcode(const char *s, size_t b, size_t e);
/* Is s[b, e) one to three stars, a footnote mark alone ("*", "**")? */
bool pt__is_star_line(const char *s, size_t b, size_t e);
/* Is the line much narrower than a full one (so it ends a paragraph)? */
bool pt__line_is_short(const pt_lines *lines, const pt_line *l);
/* Where the mark of a signature that begins s[b, e) ends ("(Signed)", in
 * the six languages), or 0. */
size_t pt__signature_end(const char *s, size_t b, size_t e);

/* The footnote numbers a document shows: shown[v] when a line starts with
 * the number v (v < n) and no dot, as a footnote does; and the marks the
 * body text has given so far: taken[v] (or NULL), the highest taken_max. */
typedef struct pt_note_numbers {
    const bool *shown;
    uint32_t n;
    const bool *taken;
    uint32_t taken_max;
} pt_note_numbers;

/* ¹ ² ³ and U+2070-U+2079: superscript digits, as marks are written. */
bool pt__is_superscript_digit(uint32_t c);
/* Footnote marks in s[from, e) of a body line whose content is s[b, e),
 * in order; stops after `max`, stored in out[].  A weak reading is a mark
 * only where `notes` shows its number.  Returns how many.
 * `decimal_comma`: the language marks decimals with a comma. */
size_t pt__find_marks(const char *s, uint32_t b, uint32_t from, uint32_t e,
                      bool cjk, const pt_note_numbers *notes,
                      bool decimal_comma, pt_span *out, size_t max);

/* Arabic as extractors leave it (arabic.c). */
bool pt__is_dirmark(uint32_t c);
/* A mark that Arabic writes or leaves out at will: the tatweel (U+0640)
 * that stretches a word to justify a line ("الفقــرة"), a short vowel,
 * tanween or sukun (U+064B-U+0652, U+0670: "قُدم", "عُمان").  Names and
 * keywords are read without them.  Not the shadda, which tells names
 * apart (عمّان, Amman; عمان, Oman). */
static inline bool
pt__is_optional_arabic_mark(uint32_t c)
{
    return c == 0x0640 || (c >= 0x064B && c <= 0x0652 && c != 0x0651) ||
           c == 0x0670;
}
/* The length of the direction mark at s[i], or 0. */
size_t pt__dirmark_at(const char *s, size_t len, size_t i);
bool pt__has_dirmarks(const char *s, size_t len);
/* Does the Arabic text show its full stops inside a line displaced
 * before the next sentence's first word (" .وتؤكد"), as extractors
 * leave a right-to-left page, rather than after the word they end?  Then
 * a stop glued to a line's last word is the one that ends a paragraph. */
bool pt__ar_stops_displaced(const char *s, size_t len);
/* The character before s[i], past direction marks, or 0. */
uint32_t pt__ar_char_before(const char *s, size_t len, size_t i);
bool pt__is_arabic_letter(uint32_t c);
/* A digit, Western or Arabic-Indic: its value, or -1. */
int pt__digit_value(uint32_t c);
/* A line's content is trimmed of direction marks; the line owns them:
 * [*b, *e) reaches over those next to its content. */
void pt__line_outer(const char *s, size_t len, const pt_line *l, uint32_t *b,
                    uint32_t *e);

/* What a block's clean text holds for raw_len bytes of the input. */
typedef struct pt_repair {
    uint8_t raw_len, clean_len;
    char clean[14];
} pt_repair;
/* The first place in s[i, e) whose clean text differs from it (a
 * direction mark, a presentation form, a swapped lam-alef), filling r;
 * e when there is none. */
uint32_t pt__next_repair(const char *s, size_t len, uint32_t i, uint32_t e,
                         pt_repair *r);
/* A heading numeral at s[b, e) ("أولاً -", "ألف-", swapped or with its
 * tanween as an alef): returns where its text starts (0 if none), sets
 * the numeral as repaired and *num_end after its dash. */
size_t pt__ar_heading_numeral(const char *s, size_t len, size_t b, size_t e,
                              const char **word, bool *tanween,
                              size_t *num_end);
/* A list's letter in brackets at s[b, e), "(أ)", "(ب)", "(هـ)" (in the
 * abjad order, as Arabic UN texts letter what English letters (a), (b)):
 * its place from 0, *end after its closing bracket; -1 for none. */
int pt__ar_item_letter(const char *s, size_t len, size_t b, size_t e,
                       size_t *end);
/* The place of a heading numeral, as pt__ar_heading_numeral gives it, in
 * its sequence from 1 (أولاً 1, ثانياً 2; ألف 1, باء 2), *ordinal for a
 * chapter's ordinal; 0 for another word. */
unsigned pt__ar_numeral_rank(const char *word, bool *ordinal);
/* A paragraph number "-3" or "3-" (either digits) at s[b, e), alone or
 * glued to Arabic text: returns the end of the number (0 if none), sets
 * its value and where its text starts. */
size_t pt__ar_paragraph_number(const char *s, size_t len, size_t b, size_t e,
                               uint32_t *value, size_t *text);
/* A page number glued to the paragraph number under it, alone on their
 * line ("-14-27": page 14, then paragraph 27's "-27"): where the
 * paragraph number starts, or 0. */
size_t pt__ar_page_then_number(const char *s, size_t len, size_t b, size_t e);
/* Append line l's number as written to out: direction marks, dashes and
 * blanks left out, digits Western, Arabic numerals repaired; a number
 * read by its order, as its value. */
pt_status pt__numeral_append(const char *s, size_t len, const pt_line *l,
                             const pt_alloc *a, pt_buf *out);
/* Skip direction marks and blanks in s[i, e). */
size_t pt__ar_skip_marks(const char *s, size_t len, size_t i, size_t e);
/* Does s[b, e) spell the word w, a tatweel ("موجـز") aside? */
bool pt__ar_is_word(const char *s, size_t b, size_t e, const char *w);
/* An Arabic figure's or table's caption at s[b, e): "الشكل -2" or
 * "الجدول 2-" and its title; not a sentence that names one. */
bool pt__ar_is_caption(const char *s, size_t len, size_t b, size_t e);
/* An Arabic source note under a figure: its first word "المصدر" or
 * "المصادر", the colon wherever the extractor put it. */
bool pt__ar_is_source_note(const char *s, size_t len, size_t b, size_t e);
/* An Arabic annex heading alone on its line at s[b, e): "المرفق" (then
 * "", the annex unnumbered) or "المرفق الثاني" (then its Roman numeral,
 * "II"); NULL for another line. */
const char *pt__ar_annex(const char *s, size_t len, size_t b, size_t e);
/* A regional commission's resolution alone on its line, as a list of
 * mandates in Arabic sets it over its title: "296 (د-26)" (number, then
 * session), extracted "( 296د)26-". */
bool pt__ar_is_resolution(const char *s, size_t len, size_t b, size_t e);
/* Does the Arabic text t[0, n) end a sentence whose full stop the
 * extractor put before the left-to-right run that ends it (".)2016",
 * ". 2030", "(.)A/80/85")? */
bool pt__ar_displaced_stop(const char *t, size_t n);
/* ... and its comma ("،2023" where the page shows "2023،"), which ends a
 * resolution's preambular paragraph? */
bool pt__ar_displaced_comma(const char *t, size_t n);
/* Is s[b, e) the recycling logo's words on an Arabic first page? */
bool pt__ar_recycling_words(const char *s, size_t len, size_t b, size_t e);
/* Paragraph numbers in a font that substitutes digits ("-0", "-7", "-0"
 * for 1, 2, 3): where one digit map reads far more of the Arabic
 * paragraph numbers as 1, 2, 3... than the digits as shown do, number
 * those paragraphs by their order. */
void pt__ar_number_by_order(const char *s, size_t len, pt_lines *lines);

/* Detect the language of s. */
const char *pt__detect_language(const char *s, size_t len);
/* The language of a block of a document in doc_lang: the document's,
 * unless the block is written at length in another script (an English
 * footnote in an Arabic report, Chinese names in an English one); then
 * what its own text shows. */
const char *pt__block_language(const char *s, size_t len, const char *doc_lang);

/* ---- recognisers the stages use (dates.c) ------------------------------- */

/* Parse a date written like "21 May 2007" or "2007 年 5 月 21 日" in
 * s[b, e) into ISO "2007-05-21" (out needs 11 bytes). */
bool pt__parse_date_line(const char *s, size_t b, size_t e, char *out);

/* The month (1-12) an English, French, Spanish or Russian month name in
 * s[b, e) names, or 0; English names must be capitalised. */
int pt__month_of(const char *s, size_t b, size_t e);

/* ---- blocks (masthead.c, blocks.c) -------------------------------------- */

/* Where what the regions own so far ends: a line's outer start (the marks
 * and controls before its content) may reach back into what the line
 * before it owns, so a region starts no earlier. */
static inline uint32_t
pt__owned_end(const pt_doc *doc)
{
    const pt_vec *r = &doc->regions;
    return r->n ? PT_VEC_AT(*r, pt_region, r->n - 1).end : 0;
}

/* Add the content of a line (trimmed), what no region owns yet, as one
 * region. */
static inline pt_status
pt__region_line(pt_doc *doc, const pt_line *l, pt_region_kind kind,
                pt_role role)
{
    uint32_t b, e, owned = pt__owned_end(doc);
    pt__line_outer(doc->text, doc->len, l, &b, &e);
    if (b < owned)
        b = owned;
    return b < e ? pt__region_add(doc, b, e, kind, role, PT_NONE) : PT_OK;
}

/* The masthead: returns the index of the first line after it (0 when the
 * document has none) and fills metadata and regions. */
pt_status pt__masthead(pt_doc *doc, pt_lines *lines, size_t *body_start);

/* Is s[b, e) the title of a report's summary ("Summary", "Résumé",
 * "摘要", "موجز")? */
bool pt__is_summary_title(const char *s, size_t b, size_t e);

/* The job number of a furniture line as metadata, unless one was found:
 * reports print it at the first page's foot, under the body's start. */
pt_status pt__job_number_meta(pt_doc *doc, const pt_line *l);

/* Is the line a contents table's title ("Contents", "目录")?  An entry
 * of one ("I. Introduction ....... 3"), wherever it stands? */
bool pt__is_contents(const char *s, const pt_line *l);
bool pt__is_contents_entry(const char *s, const pt_line *l);
/* Where a dot leader (four dots or more, spaced or not) starts in
 * s[b, e), or e. */
size_t pt__leader_start(const char *s, size_t b, size_t e);
/* Does s[0, n) open a figure's or table's note ("Source: ...", "Note:
 * ...")? */
bool pt__opens_figure_note(const char *s, size_t n);
/* A masthead's distribution line ("Distr.: General")?  No title. */
bool pt__is_distribution(const char *s, const pt_line *l);
/* The contents table whose title is lines[i]: marks its lines as a
 * region and returns the index of the first line after it. */
pt_status pt__contents(pt_doc *doc, const pt_lines *lines, size_t i,
                       size_t *after);

/* Assemble blocks from lines[first..]. */
pt_status pt__blocks(pt_doc *doc, pt_lines *lines, size_t first);

/* What a table of contents says of the document's sections
 * (contents.c), read from its "toc" regions. */
#define PT_TOC_ENTRIES 96 /* entries kept, at most */
#define PT_TOC_KEY_MAX 96 /* a title's letters compared, at most */
typedef struct pt_toc_entry {
    char key[PT_TOC_KEY_MAX]; /* the title's letters, ASCII lower-cased */
    size_t nkey;
    uint32_t first, last; /* its paragraphs; 0 when it gives none */
    char label[8];        /* "A", "IV": its label, when it shows one */
    size_t nlabel;
} pt_toc_entry;
typedef struct pt_toc {
    pt_toc_entry v[PT_TOC_ENTRIES];
    size_t n;
    bool paragraphs; /* the table has a "Paragraphs" column */
    uint32_t end;    /* where its last line ends */
} pt_toc;
/* Add to *toc (zeroed at first) the entries of the contents lines from
 * region `from` on. */
void pt__toc_read(const pt_doc *doc, pt_toc *toc, size_t from);
/* The entry with a range whose title a heading's title t[0, len) is or
 * begins (a heading may have run into the next), or NULL; with
 * `labelled`, the entry with a label whose title is just the heading's.
 * A heading's qualifier ("(Agenda item 4)") is no part of its title. */
const pt_toc_entry *pt__toc_entry_for(const pt_toc *toc, const char *t,
                                      size_t len, bool labelled);
/* Is t[0, len) a whole title of the contents, and the line s[b, e) the
 * start of another?  Then a heading that is t ends before the line. */
bool pt__toc_next_title(const pt_toc *toc, const char *t, size_t len,
                        const char *s, size_t slen, size_t b, size_t e);

/* Number the unnumbered paragraphs of sections whose contents entries
 * give their range, where the body lost its paragraph numbers. */
pt_status pt__renumber_from_contents(pt_doc *doc);

/* ---- tagger (entities.c) ------------------------------------------------ */

/* Tag every block of the document. */
pt_status pt__tag_blocks(pt_doc *doc, const pt_tagger *tg);

#endif /* PT_INTERNAL_H */
