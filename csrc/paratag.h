/*
 * paratag.h: the public C API of paratag's core.
 *
 * paratag turns the plain text of a UN-style report, as a PDF text
 * extractor leaves it, into its blocks (headings, numbered paragraphs,
 * footnotes) with clean text, footnote references, document metadata
 * and a map from every block back to the raw input.
 *
 * Conventions:
 *   - Input is UTF-8 and need not be NUL-terminated.  Offsets are byte
 *     offsets into the input (or into the repaired copy, see
 *     PT_OPT_REPLACE_INVALID), as uint32_t: inputs are limited to
 *     PT_MAX_INPUT bytes so that every offset fits.
 *   - Every call that can fail returns a pt_status and fills a pt_error.
 *     Nothing in the library aborts, exits or prints.
 *   - All memory comes from a pt_alloc (malloc/realloc/free by default).
 *     Running out of memory returns PT_E_NOMEM and leaks nothing.
 *   - A pt_doc is immutable once built; any number of threads may read
 *     it.  pt_parse itself keeps no global state and is thread-safe.
 *
 * The core knows nothing of Python; csrc/module.c binds it.
 */
#ifndef PARATAG_H
#define PARATAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PT_VERSION "0.1.0"

/* Inputs up to 2 GiB - 1: offsets are uint32_t, and ICU's break
 * iterators (used for tokens) index with int32_t. */
#define PT_MAX_INPUT ((size_t)0x7fffffff)

typedef enum pt_status {
    PT_OK = 0,
    PT_E_NOMEM = -1, /* an allocation failed */
    PT_E_UTF8 = -2,  /* invalid UTF-8; pt_error.pos is its byte offset */
    PT_E_ICU = -3,   /* ICU reported an error; see pt_error.icu_status */
    PT_E_LIMIT = -4, /* input larger than PT_MAX_INPUT */
    PT_E_ARG = -5,   /* a bad argument (NULL pointer, abi_version != 0) */
    PT_E_CANCELLED = -6 /* pt_options.cancel asked the parse to stop */
} pt_status;

/* A ctx-carrying allocator.  realloc(ctx, NULL, n) must act as malloc. */
typedef struct pt_alloc {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} pt_alloc;

/* Filled on failure: the status, and where it applies.  `pos` is always a
 * byte offset: into the parsed text for PT_E_UTF8, into the gazetteer's
 * text for a bad gazetteer line.  `line` is the 1-based line of a
 * gazetteer error, 0 where no line applies. */
typedef struct pt_error {
    pt_status code;
    size_t pos;
    size_t line;
    int32_t icu_status;
    char msg[160];
} pt_error;

/* Option bits for pt_options.flags. */
#define PT_OPT_REPLACE_INVALID (1u << 0) /* invalid UTF-8 becomes U+FFFD
                                            instead of failing */

typedef struct pt_tagger pt_tagger;

/* Asks a long parse to stop: pt_parse calls cancelled(ctx) between its
 * stages, every 65,536 lines and every few hundred blocks, from the
 * thread that parses, and
 * stops with PT_E_CANCELLED when it returns non-zero. */
typedef struct pt_cancel {
    int (*cancelled)(void *ctx);
    void *ctx;
} pt_cancel;

typedef struct pt_options {
    unsigned abi_version; /* must be 0 */
    unsigned flags;       /* PT_OPT_* bits */
    const char *lang;     /* "zh", "en", ...; NULL or "" to detect */
    const pt_alloc *alloc; /* NULL for the C library's malloc */
    const pt_tagger *tagger; /* tags entities in every block; NULL: none */
    const pt_cancel *cancel; /* NULL: the parse runs to its end */
} pt_options;

/* ---- entities ----------------------------------------------------------- */

typedef enum pt_label {
    PT_LABEL_NONE = 0, /* a gazetteer entry that blocks others ("发展中国家"
                          is no mention of China) */
    PT_LABEL_COUNTRY,     /* value: ISO 3166-1 alpha-3 */
    PT_LABEL_PLACE,       /* value: English name */
    PT_LABEL_ORG,         /* value: canonical English name */
    PT_LABEL_EVENT,       /* value: English name */
    PT_LABEL_INSTRUMENT,  /* value: English name */
    PT_LABEL_PROVISION,   /* value: "article 52", "chapter II" */
    PT_LABEL_DOCSYMBOL,   /* value: the symbol without spaces */
    PT_LABEL_RESOLUTION,  /* value: its number, "6/1" */
    PT_LABEL_AGENDA_ITEM, /* value: its number, "5" */
    PT_LABEL_DATE,        /* value: ISO 8601, ranges "A/B" */
    PT_LABEL_MONEY,       /* value: "USD 321000000" */
    PT_LABEL_QUANTITY,    /* value: "20", "0.6667", ">100" */
    PT_LABEL_URL,         /* value: the address */
    PT_LABEL_PERSON,      /* value: the name as written */
    PT_LABEL_COUNT
} pt_label;

/* One entity in a block.  Offsets are bytes into the block's clean text;
 * value and source are NUL-terminated strings owned by the document. */
typedef struct pt_entity {
    uint32_t start, end;
    pt_label label;
    const char *value;
    const char *source; /* the recogniser: "gazetteer:organizations",
                           "icu:countries", "date", "money", ... */
} pt_entity;

/* A gazetteer: TSV text, one entity per line per language,
 *     LABEL <tab> canonical value <tab> lang <tab> surface <tab> surface...
 * with '#' comment lines; LABEL is COUNTRY, PLACE, ORG, EVENT, INSTRUMENT,
 * PERSON or NONE; lang is zh, en, fr, es, ru or ar, or "*" (or "und") for
 * a name of every language's texts.  A byte order mark may begin the text.
 * `name` names it in errors and in entities' source. */
/* A gazetteer's limits, so that what a caller passes cannot make a tagger
 * cost more than its size to build or matching more than the text's
 * length: a surface form of at most PT_MAX_NAME bytes, a value of at most
 * PT_MAX_VALUE, at most PT_MAX_ENTRIES entity lines.  A gazetteer over
 * them fails with PT_E_ARG, naming the line. */
#define PT_MAX_NAME 1024
#define PT_MAX_VALUE 255
#define PT_MAX_ENTRIES 100000

typedef struct pt_gazetteer {
    const char *name;
    const char *text;
    size_t len;
} pt_gazetteer;

#define PT_TAGGER_NO_ICU_COUNTRIES (1u << 0) /* leave out ICU's country
                                                names */

typedef struct pt_tagger_options {
    unsigned abi_version; /* must be 0 */
    unsigned flags;       /* PT_TAGGER_* bits */
    const pt_gazetteer *gazetteers; /* earlier ones win a shared surface */
    size_t ngazetteers;
    const pt_alloc *alloc; /* NULL for the C library's malloc */
} pt_tagger_options;

/* Build a tagger: the gazetteers and ICU's names of every region in the six
 * UN languages compiled into one trie, plus the rule recognisers.
 * The texts are copied.  A tagger is immutable: share it between threads
 * and documents freely; free it after the last pt_parse that uses it
 * (documents do not refer to it). */
pt_status pt_tagger_new(const pt_tagger_options *opt, pt_tagger **out,
                        pt_error *err);
void pt_tagger_free(pt_tagger *tagger);

/* How many surface forms the tagger's trie holds. */
size_t pt_tagger_size(const pt_tagger *tagger);

const char *pt_label_name(pt_label label);

typedef enum pt_block_kind {
    PT_BLOCK_HEADING = 1,   /* a section heading; number "三", "III", "A",
                               "Annex II", or empty */
    PT_BLOCK_PARAGRAPH = 2, /* a numbered or unnumbered paragraph */
    PT_BLOCK_FOOTNOTE = 3   /* a footnote's text; number is its mark */
} pt_block_kind;

/* What a stretch of the raw input is.  Every non-whitespace byte of the
 * input lies in exactly one region; whitespace may lie in none. */
typedef enum pt_region_kind {
    PT_REGION_BLOCK = 1,    /* a block's number, text or footnote mark */
    PT_REGION_MASTHEAD = 2, /* symbol, distribution, date, title lines... */
    PT_REGION_TOC = 3,      /* a table of contents */
    PT_REGION_FURNITURE = 4, /* page furniture: footer links, page numbers,
                                running headers, job numbers, barcodes,
                                footnote rules, separators */
    PT_REGION_FIGURE = 5    /* a figure or table, not blocks: from its
                               caption ("Figure 2.") to its source note,
                               or an annex's list of participants or
                               documents */
} pt_region_kind;

/* The role of a region inside its kind. */
typedef enum pt_role {
    PT_ROLE_NONE = 0,
    PT_ROLE_NUMBER,      /* block: its number as written ("12.") */
    PT_ROLE_TEXT,        /* block: text */
    PT_ROLE_MARK,        /* block: a footnote reference mark */
    PT_ROLE_URL,         /* furniture: a footer link */
    PT_ROLE_PAGE_NUMBER, /* furniture */
    PT_ROLE_JOB_NUMBER,  /* furniture: "07-35147 (E) 230507", "V.18-03947" */
    PT_ROLE_BARCODE,     /* furniture: "*0735147*" */
    PT_ROLE_HEADER,      /* furniture: a running header (document symbol) */
    PT_ROLE_RULE,        /* furniture: the rule above a footnote area */
    PT_ROLE_SEPARATOR,   /* furniture: "* * *", "====", a byte order mark */
    PT_ROLE_NOTE,        /* furniture: a note on the languages issued, "[English only]" */
    PT_ROLE_COUNT
} pt_role;

/* A half-open range [start, end) of byte offsets into the input. */
typedef struct pt_span {
    uint32_t start, end;
} pt_span;

/* One region of the raw input; `block` is the owning block's index for
 * PT_REGION_BLOCK and UINT32_MAX otherwise.  16 bytes. */
typedef struct pt_region {
    uint32_t start, end;
    uint16_t kind; /* pt_region_kind */
    uint16_t role; /* pt_role */
    uint32_t block;
} pt_region;

/* Maps clean text back to the input: the clean bytes
 * [clean, clean + clean_len) come from the raw bytes [raw, raw + raw_len).
 * Copies have clean_len == raw_len, and so has a lam-alef that the
 * extractor wrote as alef then lam, put back in order (the same bytes,
 * reordered); a joining space has raw_len == 0; a U+FFFE that stood for a
 * hyphen has clean_len 1 and raw_len 3; a direction mark left out has
 * clean_len 0. */
typedef struct pt_mapseg {
    uint32_t clean, clean_len, raw, raw_len;
} pt_mapseg;

/* One block.  All pointers point into the pt_doc and live as long as it.
 * Strings are UTF-8 and NUL-terminated; the lengths exclude the NUL. */
typedef struct pt_block {
    pt_block_kind kind;
    const char *number; /* "" for an unnumbered block */
    size_t number_len;
    const char *text; /* clean text: lines joined, furniture and marks out */
    size_t text_len;
    const pt_span *refs; /* footnote reference marks, spans of the input */
    size_t nrefs;
    const pt_span *spans; /* the raw input this block owns, in order */
    size_t nspans;
    const pt_mapseg *map; /* clean text -> raw input, in order */
    size_t nmap;
    const pt_entity *entities; /* in order, flat (never overlapping) */
    size_t nentities;
    /* "zh", "en", ...: the document's language, or (unless the caller
     * gave the language) the block's own where it is written at length
     * in another script (an English footnote in an Arabic report); the
     * entities follow it */
    const char *lang;
} pt_block;

/* Document metadata fields, from the masthead where there is one. */
typedef enum pt_meta_field {
    PT_META_SYMBOL = 0,        /* "A/61/917" */
    PT_META_DATE,              /* ISO 8601: "2007-05-21" */
    PT_META_TITLE,             /* the main title, lines joined */
    PT_META_JOB_NUMBER,        /* "07-35147 (E)" without its print date */
    PT_META_ORIGINAL_LANGUAGE, /* "English", as the Original: line writes it */
    PT_META_COUNT
} pt_meta_field;

typedef struct pt_doc pt_doc;

/* Parse `len` bytes of UTF-8 `text` into a new document stored in *out.
 * `opt` may be NULL for defaults.  The document refers to `text` (unless
 * invalid bytes were replaced, in which case it owns a repaired copy):
 * keep `text` alive and unchanged until pt_doc_free.  On failure *out is
 * NULL and `err` (which may be NULL) says why.  Time and memory are
 * linear in `len`. */
pt_status pt_parse(const char *text, size_t len, const pt_options *opt,
                   pt_doc **out, pt_error *err);

/* Free a document and everything it owns.  NULL is a no-op. */
void pt_doc_free(pt_doc *doc);

/* The text that all offsets refer to: the input, or its repaired copy. */
const char *pt_doc_text(const pt_doc *doc, size_t *len);

/* The language: "zh", "en", "fr", "es", "ru", "ar", or "und". */
const char *pt_doc_language(const pt_doc *doc);

/* The blocks in reading order. */
const pt_block *pt_doc_blocks(const pt_doc *doc, size_t *count);

/* The raw input byte offset that byte `clean` of b's clean text comes from.
 * A start (is_end false) maps to its first byte's origin, an end (is_end
 * true) to just after its last byte's origin; inside text copied as it
 * stands both are exact.  *seg is a cursor into b->map for offsets asked in
 * increasing order: set it to 0 before the first call on a block. */
uint32_t pt_block_raw_offset(const pt_block *b, uint32_t clean, bool is_end,
                             size_t *seg);

/* The regions, sorted by start, disjoint. */
const pt_region *pt_doc_regions(const pt_doc *doc, size_t *count);

/* A metadata field, or NULL when the document does not show it. */
const char *pt_doc_meta(const pt_doc *doc, pt_meta_field field);

/* Seconds the parse spent in each stage, so that a benchmark can say
 * where the time goes: lines (UTF-8 check, language, splitting and
 * classifying lines), blocks (masthead and assembly) and entities
 * (tagging; 0 without a tagger). */
/* What a careful reader would flag in a parsed document: signs that the
 * layout was misread, or that the document itself is irregular. */
typedef enum pt_diag_code {
    PT_DIAG_NUMBER_SKIPS = 1,    /* paragraph 7 after 5 */
    PT_DIAG_NUMBER_REPEATS,      /* paragraph 5 twice */
    PT_DIAG_NUMBER_BACKWARDS,    /* paragraph 3 after 5 */
    PT_DIAG_HEADING_SEQUENCE,    /* heading C after A */
    PT_DIAG_MARK_WITHOUT_NOTE,   /* a reference mark no footnote carries */
    PT_DIAG_NOTE_UNREFERENCED,   /* a footnote no mark refers to */
    PT_DIAG_FURNITURE_IN_TEXT,   /* a job number, symbol, page number or
                                    barcode left in a block's text */
    PT_DIAG_LOWER_CASE_START,    /* a paragraph starting in lower case */
    PT_DIAG_LONG_HEADING,        /* a heading longer than the paragraph
                                    after it */
    PT_DIAG_NUMBERS_FROM_CONTENTS, /* paragraph numbers the text lost, taken
                                      from the contents' ranges */
    PT_DIAG_COUNT
} pt_diag_code;

typedef struct pt_diagnostic {
    pt_diag_code code;
    uint32_t block;   /* the block's index in pt_doc_blocks */
    uint32_t raw;     /* byte offset in the input where it shows */
    char message[96]; /* for people, NUL-terminated */
} pt_diagnostic;

typedef struct pt_diagnostics {
    pt_diagnostic *items;
    size_t n, cap;
    const pt_alloc *alloc; /* must outlive the diagnostics */
} pt_diagnostics;

/* The diagnostics of a document, in block order, into `out` (which the
 * caller zeroes, sets `alloc` of, and frees with pt_diagnostics_free).
 * Empty for a well-parsed regular report.  Linear in the document. */
pt_status pt_doc_diagnostics(const pt_doc *doc, pt_diagnostics *out,
                             pt_error *err);
void pt_diagnostics_free(pt_diagnostics *diags);
/* "number_skips", "heading_sequence", ... */
const char *pt_diag_code_name(pt_diag_code code);

typedef struct pt_timings {
    double lines;
    double blocks;
    double entities;
} pt_timings;

void pt_doc_timings(const pt_doc *doc, pt_timings *out);

/* ---- sentences and tokens ----------------------------------------------- */

/* A growable array of spans that the caller owns; the calls below append
 * to it.  Zero it and set `alloc` (NULL: the C library's malloc) before
 * the first call; release it with pt_spans_free.  A failed call leaves
 * it as it was. */
typedef struct pt_spans {
    pt_span *items;
    size_t n, cap;
    const pt_alloc *alloc; /* must outlive the spans */
} pt_spans;

void pt_spans_free(pt_spans *spans);

/* ICU's sentence and word break iterators for one language and the
 * scratch they need.  Opening one costs far more than segmenting a block,
 * so keep it and reuse it.  It changes with every call: use one per
 * thread (any number of threads may share the documents). */
typedef struct pt_segmenter pt_segmenter;

/* Open a segmenter for `lang` ("zh", "en", ... as pt_doc_language
 * returns; NULL, "" or "und" for the root rules).  `alloc` may be NULL.
 * On failure *out is NULL. */
pt_status pt_segmenter_new(const char *lang, const pt_alloc *alloc,
                           pt_segmenter **out, pt_error *err);
/* NULL is a no-op. */
void pt_segmenter_free(pt_segmenter *seg);

#define PT_SEGMENT_CODEPOINTS (1u << 0) /* offsets in code points of the
                                           block's text, not bytes (what
                                           Python's str indexes by) */
#define PT_SEGMENT_WORDS_ONLY (1u << 1) /* tokens: leave out punctuation
                                           and symbols; entities stay */

/* Append the block's sentences to `out` as spans of its clean text (byte
 * offsets, or code points with PT_SEGMENT_CODEPOINTS), in order, trimmed
 * of white space (empty ones left out).  No sentence boundary falls
 * strictly inside an entity.  The text must be valid UTF-8 (else
 * PT_E_UTF8) and the entities in order and disjoint, as a pt_doc's
 * blocks are. */
pt_status pt_block_sentences(pt_segmenter *seg, const pt_block *block,
                             unsigned flags, pt_spans *out, pt_error *err);

/* Append the block's tokens to `out` like pt_block_sentences, in order,
 * disjoint, trimmed of white space.  Tokens are ICU's words, with two
 * changes: every entity is exactly one token ("3.21 亿美元",
 * "2018 年 6 月 6 日", "CAC/COSP/IRG/2018/CRP.2" are never cut up), and
 * white space is no token.  Punctuation and symbols are tokens of their
 * own unless `flags` has PT_SEGMENT_WORDS_ONLY: by default the tokens
 * hold every non-white-space character of the text. */
pt_status pt_block_tokens(pt_segmenter *seg, const pt_block *block,
                          unsigned flags, pt_spans *out, pt_error *err);

/* Names for enum values: "heading", "masthead", "page_number", "symbol"... */
const char *pt_block_kind_name(pt_block_kind kind);
const char *pt_region_kind_name(pt_region_kind kind);
const char *pt_role_name(pt_role role);
const char *pt_meta_field_name(pt_meta_field field);

/* A short English message for a status. */
const char *pt_status_message(pt_status status);

/* The version of the ICU library loaded at run time ("72.1") into buf. */
void pt_icu_version(char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif /* PARATAG_H */
