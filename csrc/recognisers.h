/*
 * recognisers.h: what the recognisers share (candidates.c) and what each
 * family of them offers the tagger.
 *
 * A recogniser reads a span of clean text (a pt_scan) and proposes
 * candidates; it knows nothing of blocks or of the document.
 */
#ifndef PT_RECOGNISERS_H
#define PT_RECOGNISERS_H

#include "internal.h"

/* ---- candidates (candidates.c) ----------------------------------------- */

/* Every recogniser; an entity's `source` names the one that found it. */
typedef enum pt_recogniser {
    PT_REC_MONEY,       /* numbers.c */
    PT_REC_DATE,        /* dates.c */
    PT_REC_SYMBOL,      /* symbols.c */
    PT_REC_URL,         /* symbols.c */
    PT_REC_RESOLUTION,  /* references.c */
    PT_REC_AGENDA_ITEM, /* references.c */
    PT_REC_PROVISION,   /* references.c */
    PT_REC_PERSON,      /* persons.c */
    PT_REC_QUANTITY,    /* numbers.c */
    PT_REC_NAME,        /* gazetteer.c: a name of a gazetteer */
    PT_REC_ACRONYM,     /* gazetteer.c: "(GIZ)" after a name */
    PT_REC_SHORT_TITLE, /* titles.c */
    PT_REC_SHAPE,       /* names.c: a name read from its shape */
    PT_REC_NAME_LIST,   /* gazetteer.c: a listed name whose head a list shares */
    PT_REC_PLACE_CONTEXT, /* names.c: an unlisted place its kind or list shows */
    PT_REC_COMMENT,     /* references.c: a treaty body's general comment */
    PT_REC_COUNT
} pt_recogniser;

typedef struct pt_recogniser_info {
    const char *source; /* NULL for names: each gazetteer names its own */
    uint8_t prio;       /* breaks ties between equal lengths: lower wins */
} pt_recogniser_info;

/* The one table of them (candidates.c). */
extern const pt_recogniser_info pt__recognisers[PT_REC_COUNT];

/* A proposed entity; the resolver keeps a flat subset. */
typedef struct pt_cand {
    uint32_t start, end; /* bytes in the block's clean text */
    uint32_t value_off, value_len; /* into pt_scan.vals */
    uint8_t label;
    uint8_t rec;         /* pt_recogniser */
    uint8_t prio;        /* its priority, at hand for the resolver */
    const char *source;  /* its source: static, or owned by the tagger */
} pt_cand;

/* The text the recognisers read and the candidates they propose. */
typedef struct pt_scan {
    const char *t; /* the clean text, NUL-terminated */
    size_t n;
    const pt_alloc *a;
    pt_vec cands; /* pt_cand */
    pt_buf vals;  /* candidates' values */
    int doc_year; /* the document's year, 0 when unknown */
    uint32_t langs; /* the document's language's bit (pt__lang_bit) */
    /* the gazetteers' names: cands[0, names), in order of start */
    size_t names;
} pt_scan;

/* A candidate for s[b, e) (nothing when that is empty or past the text's
 * end) with value[0, vlen), from recogniser `rec`... */
pt_status pt__cand_add(pt_scan *sc, size_t b, size_t e, pt_label label,
                       pt_recogniser rec, const char *value, size_t vlen);
/* ... or a gazetteer's name, whose source the gazetteer gives. */
pt_status pt__cand_add_name(pt_scan *sc, size_t b, size_t e, pt_label label,
                            const char *source, const char *value,
                            size_t vlen);
/* ... whose value is candidate k's (an acronym, a longer span of a name);
 * a name's source too. */
pt_status pt__cand_add_value_of(pt_scan *sc, size_t b, size_t e, pt_label label,
                                pt_recogniser rec, size_t k);
/* The first of the gazetteers' names (cands[0, names), in order of
 * start) that begins at b or after: sc->names when none does. */
size_t pt__first_name_from(const pt_scan *sc, size_t b);

/* The start of a gazetteer's name that ends at e and has one of `labels`
 * (bits 1 << label), or e. */
size_t pt__listed_start(const pt_scan *sc, size_t e, uint32_t labels);
/* Does a gazetteer's name with one of `labels` (bits 1 << label) begin
 * at b? */
bool pt__listed_at(const pt_scan *sc, size_t b, uint32_t labels);
/* Does a name the one pass found so far (a name read from its shape, a
 * number; not a listed one) begin inside t[b, e)?  What it found is
 * nearly in order (a name begins a few hundred bytes at most before
 * where it was found), so looking back stays short. */
bool pt__found_inside(const pt_scan *sc, size_t b, size_t e);
/* A candidate whose value is written with printf's %s, %.*s, %d, %02d
 * and %lld; a value longer than 255 bytes is dropped, as no real one is. */
pt_status pt__emit(pt_scan *sc, size_t b, size_t e, pt_label label,
                   pt_recogniser rec, const char *fmt, ...);
/* v in decimal, zero-padded to `width` digits, into out (room for 24);
 * returns the length. */
size_t pt__put_int(char *out, long long v, int width);

/* Arabic's one-letter clitics, written before a word (and, so, by, as,
 * for): outside an entity's span (candidates.c). */
#define PT_ARABIC_CLITICS 5
extern const char *const pt__arabic_clitics[PT_ARABIC_CLITICS];

/* Is c a capital an acronym is written with: A-Z, or Russian А-Я, Ё? */
bool pt__is_acronym_capital(uint32_t c);

/* Does t[b, e) end in one of `count` endings (more than the ending)? */
bool pt__ends_in(const pt_scan *sc, size_t b, size_t e,
                 const char *const *endings, size_t count);

/* ---- reading the text --------------------------------------------------- */

/* word_at, lit_at and at_word_start run at nearly every word of a text:
 * inlined always, since a call would cost more than they do. */
#if defined(__GNUC__) || defined(__clang__)
#define PT_HOT_INLINE static inline __attribute__((always_inline))
#else
#define PT_HOT_INLINE static inline
#endif

/* The code point at t[i], *n its length; 0 past the end. */
static inline uint32_t
cp_at(const pt_scan *sc, size_t i, size_t *n)
{
    if (i >= sc->n) {
        *n = 0;
        return 0;
    }
    return pt__decode(sc->t, sc->n, i, n);
}

/* An ASCII digit at t[i]? */
static inline bool
is_digit_at(const pt_scan *sc, size_t i)
{
    return i < sc->n && sc->t[i] >= '0' && sc->t[i] <= '9';
}

/* A UTF-8 continuation byte? */
static inline bool
is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* A Latin letter or an ASCII digit: what a word is made of. */
static inline bool
is_alnum(uint32_t c)
{
    return pt__is_latin_letter(c) || pt__is_ascii_digit(c);
}

/* The literal `lit` at t[i] ending at a word boundary (for a literal that
 * ends in a letter).  Returns the index after it, or 0. */
PT_HOT_INLINE size_t
word_at(const pt_scan *sc, size_t i, const char *lit)
{
    /* most calls end here, before strlen: at the first byte, or at the
     * second, which tells Arabic and Cyrillic letters apart */
    if (i >= sc->n || sc->t[i] != lit[0] ||
        (lit[1] && (i + 1 >= sc->n || sc->t[i + 1] != lit[1])))
        return 0;
    size_t n = strlen(lit), k;
    if (sc->n - i < n || i > sc->n || memcmp(sc->t + i, lit, n) != 0)
        return 0;
    uint32_t last = (unsigned char)lit[n - 1];
    if (is_alnum(last) && is_alnum(cp_at(sc, i + n, &k)))
        return 0;
    return i + n;
}

/* The literal `lit` at t[i]. */
PT_HOT_INLINE bool
lit_at(const pt_scan *sc, size_t i, const char *lit)
{
    if (i >= sc->n || sc->t[i] != lit[0])
        return false;
    /* byte by byte: most literals that share a first byte with the text
     * part from it within a character or two (Arabic's article) */
    for (size_t k = 1; lit[k]; k++)
        if (i + k >= sc->n || sc->t[i + k] != lit[k])
            return false;
    return true;
}

/* A letter or digit of the scripts the recognisers read: Latin, Cyrillic,
 * Arabic (its letters and digits, not its punctuation). */
static inline bool
is_word_char(uint32_t c)
{
    return is_alnum(c) || (c >= 0x400 && c <= 0x4FF) ||
           (c >= 0x620 && c <= 0x64A) || (c >= 0x660 && c <= 0x669) ||
           (c >= 0x66E && c <= 0x6D3) || (c >= 0x6F0 && c <= 0x6F9);
}

/* Does a word of any script begin at t[i]? */
static inline bool
at_any_word_start(const pt_scan *sc, size_t i)
{
    size_t n;
    return i == 0 || !is_word_char(cp_at(sc, pt__prev(sc->t, i), &n));
}

/* The literal `lit` at t[i] ending where a word of any script ends
 * ("млн." or "مليون", not the start of "مليونا").  The index after it, or
 * 0. */
PT_HOT_INLINE size_t
script_word_at(const pt_scan *sc, size_t i, const char *lit)
{
    /* most calls end here, before strlen: at the first byte, or at the
     * second, which tells Arabic and Cyrillic letters apart */
    if (i >= sc->n || sc->t[i] != lit[0] ||
        (lit[1] && (i + 1 >= sc->n || sc->t[i + 1] != lit[1])))
        return 0;
    size_t n = strlen(lit), k;
    if (sc->n - i < n || memcmp(sc->t + i, lit, n) != 0)
        return 0;
    size_t last = pt__prev(lit, n);
    if (is_word_char(pt__decode(lit, n, last, &k)) &&
        is_word_char(cp_at(sc, i + n, &k)))
        return 0;
    return i + n;
}

/* The first of words[0, n) at t[i], as word_at reads it: the index after
 * it, or 0. */
static inline size_t
word_in(const pt_scan *sc, size_t i, const char *const *words, size_t n)
{
    size_t e = 0;
    for (size_t k = 0; k < n && !e; k++)
        e = word_at(sc, i, words[k]);
    return e;
}

/* The first of words[0, n) at t[i], as script_word_at reads it (words of
 * any script): the index after it, or 0. */
static inline size_t
script_word_in(const pt_scan *sc, size_t i, const char *const *words,
               size_t n)
{
    size_t e = 0;
    for (size_t k = 0; k < n && !e; k++)
        e = script_word_at(sc, i, words[k]);
    return e;
}

/* The first of lits[0, n) at t[i]: the index after it, or 0. */
static inline size_t
lit_in(const pt_scan *sc, size_t i, const char *const *lits, size_t n)
{
    if (i >= sc->n)
        return 0;
    for (size_t k = 0; k < n; k++) /* most end at their first byte */
        if (lits[k][0] == sc->t[i] && lit_at(sc, i, lits[k]))
            return i + strlen(lits[k]);
    return 0;
}

/* Skip spaces (ASCII and others) from i. */
static inline size_t
skip_sp(const pt_scan *sc, size_t i)
{
    size_t n;
    while (i < sc->n && pt__is_space(cp_at(sc, i, &n)))
        i += n;
    return i;
}

/* at_word_start where a multi-byte character is involved. */
static inline bool
at_word_start_slow(const pt_scan *sc, size_t i)
{
    size_t n, p = i < sc->n && is_continuation((unsigned char)sc->t[i])
                      ? pt__prev(sc->t, i + 1)
                      : pt__prev(sc->t, i);
    if ((unsigned char)sc->t[p] >= 0xCA)
        return true; /* U+0280 and above: no Latin letter or digit */
    return !is_alnum(cp_at(sc, p, &n));
}

/* Does a word start at i: is the code point before byte i (or the one
 * byte i is inside) not a letter or digit?  Mostly one table lookup. */
PT_HOT_INLINE bool
at_word_start(const pt_scan *sc, size_t i)
{
    const unsigned char *t = (const unsigned char *)sc->t;
    if (i == 0)
        return true;
    if (t[i - 1] < 0x80 && (i >= sc->n || !is_continuation(t[i])))
        return !pt__is_ascii_alnum(t[i - 1]);
    return at_word_start_slow(sc, i);
}

/* ---- the recognisers' entry points ------------------------------------ */

/* The words a recogniser may begin with: `count` items `stride` bytes
 * apart, each beginning with the word (a const char *): a list of strings
 * or of structs whose first member is the word. */
typedef struct pt_word_list {
    const void *items;
    size_t count, stride;
} pt_word_list;

#define PT_WORDS(array)                                                      \
    {(array), sizeof(array) / sizeof *(array), sizeof *(array)}

#define DIGITS "0123456789"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

/* A recogniser's entry point, tried where what it finds may begin: at the
 * characters of `starts` and those from `from` to `to` (none when `to` is
 * 0), and where one of its `words` may begin.  A word that begins with an
 * ASCII letter is looked for by its letters, lower-cased, at the start of
 * a text word ("para" for "para.", "f" for "février"); any other word by
 * its first character, like `starts`.  `at` returns where it may be tried
 * next through *resume (the byte after i unless it read further).  All
 * but the `mid_word` ones begin words where they begin with a letter or
 * digit.  The `capitalised` ones' words are looked for only where the
 * text word begins with a capital letter. */
typedef struct pt_rule {
    pt_status (*at)(pt_scan *sc, size_t i, size_t *resume);
    const char *starts;
    uint32_t from, to;
    pt_word_list words[8];
    bool mid_word, capitalised;
} pt_rule;

/* dates.c */
extern const pt_rule pt__rule_date, pt__rule_date_zh;
/* A year 1900-2099 as four digits at t[i], standing alone, or 0. */
int pt__year_at(const pt_scan *sc, size_t i);
/* Does the number at t[i] follow a number sign ("No.", "no", "núm.", "№",
 * "第")? Then it numbers a thing: no year, no count. */
bool pt__after_number_sign(const pt_scan *sc, size_t i);
/* An Arabic month name at t[i], both names or one ("كانون الأول/ديسمبر"):
 * the month and *end, or 0. */
int pt__arabic_month_at(const pt_scan *sc, size_t i, size_t *end);
/* numbers.c */
extern const pt_rule pt__rule_quantity, pt__rule_money, pt__rule_year_part;
/* A Chinese numeral at t[i] ("二十六", "两", "十", "一百"); returns the
 * index after it, or i.  万 and 亿 count only after other numerals. */
size_t pt__read_cjk_number(const pt_scan *sc, size_t i, int64_t *value);
/* One written place by place, three digits or more (一五六, 156). */
size_t pt__read_cjk_digits(const pt_scan *sc, size_t i, int64_t *value);
/* references.c */
extern const pt_rule pt__rule_resolution, pt__rule_resolution_zh, pt__rule_mandate,
    pt__rule_agenda, pt__rule_provision, pt__rule_provision_zh, pt__rule_comment;
/* symbols.c */
extern const pt_rule pt__rule_symbol, pt__rule_url;
/* persons.c */
extern const pt_rule pt__rule_person, pt__rule_person_post, pt__rule_person_zh;
/* Can a Chinese name end before t[e] (a function word, a verb that follows
 * names, no Han character)? */
bool pt__name_may_end_zh(const pt_scan *sc, size_t e);
/* titles.c: the short titles, whose value entities.c settles: the last
 * full name before them with their English head. */
extern const pt_rule pt__rule_short_title;
typedef struct pt_short_title {
    const char *zh; /* inside 《》; "" where there is none */
    const char *en; /* after "the ", capitalised */
} pt_short_title;
#define PT_SHORT_TITLES 20
extern const pt_short_title pt__short_titles[PT_SHORT_TITLES];

/* numbers.c: money in a currency named by a word or sign several share
 * ("5,000 shillings", "Ksh 500") has the value "KES|SOS|TZS|UGX| 5000",
 * which entities.c settles by the States the document names: the States
 * (ISO alpha-3) where each of codes[0, len) is legal tender, up to max of
 * them, with the currency's code; their number. */
typedef struct pt_currency_state {
    char state[4];
    const char *currency;
} pt_currency_state;
size_t pt__currency_states(const char *codes, size_t len, pt_currency_state *out,
                           size_t max);

/* names.c: the meetings of a treaty's parties, named by the treaty. */
typedef struct pt_parties_meeting {
    const char *en;    /* "Conference of the Parties to ", the treaty after */
    const char *zh;    /* 缔约方大会, after the treaty; "" where none */
    const char *value; /* before the treaty's value */
} pt_parties_meeting;
#define PT_PARTIES_MEETINGS 5
extern const pt_parties_meeting pt__parties_meetings[PT_PARTIES_MEETINGS];

/* names.c: names no gazetteer lists, by their head word; Chinese titles
 * in 《》 of instruments */
extern const pt_rule pt__rule_name, pt__rule_title_zh, pt__rule_place_list,
    pt__rule_place_list_zh, pt__rule_place_kind, pt__rule_place_before, pt__rule_body_ar,
    pt__rule_hyphenated_place, pt__rule_first_head_name,
    pt__rule_first_head_name_ru, pt__rule_quoted_title_ru;

/* ---- the tagger (gazetteer.c, tagger.c) --------------------------------- */

/* Gazetteer names are used in texts of their own language only ("Roma"
 * is Rome in Spanish, a people in English); one bit per UN language. */
#define PT_ALL_LANGS 0x3Fu
/* Each language's bit, in pt__lang_bit's order. */
enum {
    PT_LANG_ZH = 1u,
    PT_LANG_EN = 2u,
    PT_LANG_FR = 4u,
    PT_LANG_ES = 8u,
    PT_LANG_RU = 16u,
    PT_LANG_AR = 32u
};
uint32_t pt__lang_bit(const char *lang, size_t n);

/* The gazetteers' names, compiled into one trie (gazetteer.c). */
typedef struct pt_names pt_names;
pt_status pt__names_new(const pt_alloc *a, const pt_tagger_options *opt,
                        pt_names **out, pt_error *err);
void pt__names_free(pt_names *names);
/* How many names it holds. */
size_t pt__names_count(const pt_names *names);
/* The names in the scan's text. */
pt_status pt__names_scan(const pt_names *names, pt_scan *sc);
/* The acronyms in brackets after the names among the scan's candidates,
 * each a mention of the longest name it follows. */
pt_status pt__acronyms_scan(pt_scan *sc);
/* Each name followed by "of the United Nations" in French, Spanish,
 * Russian or Arabic ("Conseil de sécurité des Nations Unies"), as one
 * mention of the name, as English reads "United Nations Security Council". */
pt_status pt__united_nations_scan(pt_scan *sc);
/* A meeting or an instrument that French, Spanish or Arabic names by a
 * head noun and then a listed place ("Accords de Minsk"), and Chinese by
 * the place and then the head (明斯克议定书), valued as the name English
 * writes ("Minsk Agreements"); in Chinese also the meeting of a listed
 * treaty's parties (巴塞尔公约缔约方大会). */
pt_status pt__place_named_scan(const pt_names *names, pt_scan *sc);
/* Names a list writes with one head after the last ("the Basel, Rotterdam and
 * Stockholm conventions"), each the name the gazetteer lists with the head. */
pt_status pt__shared_head_scan(const pt_names *names, pt_scan *sc);
/* A listed meeting's name after an ordinal in French, Spanish or Russian
 * ("la troisième Conférence mondiale ..."), as one mention valued as
 * English reads it ("third World Conference on ...") (ordinals.c). */
pt_status pt__ordinal_event_scan(pt_scan *sc);
/* A meeting of a listed treaty's parties in French, Spanish or Russian
 * ("Conférence des Parties à la Convention de Bâle"), valued as English
 * names it (meetings.c). */
pt_status pt__parties_meeting_scan(pt_scan *sc);

/* The tagger's candidates in the scan's text: its names, then what every
 * recogniser finds (tagger.c). */
pt_status pt__tagger_scan(const pt_tagger *tg, pt_scan *sc);

#endif /* PT_RECOGNISERS_H */
