/*
 * tagger.c: a tagger, made of the gazetteers' names (gazetteer.c) and the
 * recognisers' entry points, and the pass that proposes candidates in a
 * block's text: names first, then every recogniser in one pass, then the
 * acronyms in brackets after the names found.
 *
 * The pass looks up which entry points may begin at each character, and
 * at each word of ASCII letters, in tables built once per tagger from
 * what each entry point declares (pt_rule), so that the many characters
 * and words that begin nothing cost a lookup each.
 */
#include "recognisers.h"

#include <string.h>

/* What the entry points look up: which of them may begin at a character,
 * keyed by its first two bytes, and which at a word of ASCII letters
 * (lower-cased, NUL-padded; an open-addressing table, empty where word[0]
 * is 0). */
#define TRIGGERS 0x10000
/* slots for the keywords (some 450): a quarter full, so that the probe
 * for a word that is none, most of them, ends within a slot or two */
#define KEYWORDS 2048
#define KEYWORD_MAX 16
typedef struct rule_tables {
    uint32_t triggers[TRIGGERS]; /* by code point */
    uint64_t keyword_starts[0x10000 / 64]; /* a bit for each first two
                                              bytes of a keyword */
    struct {
        char word[KEYWORD_MAX];
        uint32_t bits;
    } keywords[KEYWORDS];
    size_t keywords_used; /* no more than half of KEYWORDS: see add_keyword */
    unsigned mid_word; /* those that may begin inside a word */
    /* ASCII letters and digits that begin nothing inside a word */
    bool inert_mid_word[256];
} rule_tables;

struct pt_tagger {
    pt_alloc alloc;
    pt_names *names;
    rule_tables rules;
};

/* Tried in this order where several may begin at one character. */
static const pt_rule *const rules[] = {
    &pt__rule_date,          &pt__rule_quantity,      &pt__rule_provision,
    &pt__rule_money,         &pt__rule_agenda,        &pt__rule_symbol,
    &pt__rule_person,        &pt__rule_resolution,    &pt__rule_url,
    &pt__rule_date_zh,       &pt__rule_resolution_zh, &pt__rule_provision_zh,
    &pt__rule_person_zh,     &pt__rule_short_title,   &pt__rule_name,
    &pt__rule_title_zh,      &pt__rule_place_list,    &pt__rule_mandate,
    &pt__rule_year_part,     &pt__rule_person_post,   &pt__rule_place_kind,
    &pt__rule_first_head_name, &pt__rule_comment,    &pt__rule_place_before,
    &pt__rule_body_ar,       &pt__rule_hyphenated_place, &pt__rule_first_head_name_ru,
    &pt__rule_place_list_zh, &pt__rule_quoted_title_ru,
};

#define NRULES (sizeof rules / sizeof *rules)

/* The k-th word of a list. */
static const char *
word_of(const pt_word_list *list, size_t k)
{
    return *(const char *const *)((const char *)list->items + k * list->stride);
}

/* The word of ASCII letters at s, lower-cased and NUL-padded into key,
 * and in *slot its place in the keyword table; returns its length, or 0
 * when it is too long to be a keyword. */
static size_t
keyword_key(const char *s, size_t n, char key[KEYWORD_MAX], size_t *slot)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    size_t k = 0;
    memset(key, 0, KEYWORD_MAX);
    while (k < n && pt__is_ascii_letter((unsigned char)s[k])) {
        if (k == KEYWORD_MAX - 1)
            return 0;
        key[k] = (char)(s[k] | 0x20);
        h = (h ^ (unsigned char)key[k]) * 16777619u;
        k++;
    }
    *slot = h % KEYWORDS;
    return k;
}

/* The recognisers that begin with the keyword `key`: one probe, mostly. */
static unsigned
keyword_bits(const rule_tables *tables, const char key[KEYWORD_MAX],
             size_t slot)
{
    for (; tables->keywords[slot].word[0]; slot = (slot + 1) % KEYWORDS)
        if (memcmp(tables->keywords[slot].word, key, KEYWORD_MAX) == 0)
            return tables->keywords[slot].bits;
    return 0;
}

/* Entry point k may begin at the characters first..last. */
static void
add_triggers(rule_tables *tables, uint32_t first, uint32_t last, size_t k)
{
    for (uint32_t c = first; c <= last && c < TRIGGERS; c++)
        tables->triggers[c] |= (uint32_t)1 << k;
}

/* The code point at s[i] of a NUL-terminated string; *n gets its length. */
static uint32_t
char_at(const char *s, size_t i, size_t *n)
{
    return pt__decode(s, i + strlen(s + i), i, n);
}

_Static_assert(NRULES <= 32, "a trigger bit for each recogniser");

/* Recogniser k may begin at a text word whose ASCII letters are key's
 * (and whose first is a capital, when `capitalised`). */
static void
add_keyword(rule_tables *tables, const char key[KEYWORD_MAX],
            size_t slot, size_t k, bool capitalised)
{
    /* flag the word's first two bytes in every case; a one-letter word
     * may be followed by any byte but a letter */
    for (unsigned first = 0; first < 256; first++) {
        if ((first | 0x20) != (unsigned char)key[0] ||
            (capitalised && !(first >= 'A' && first <= 'Z')))
            continue;
        for (unsigned next = 0; next < 256; next++)
            if (key[1] ? (next | 0x20) == (unsigned char)key[1]
                       : !pt__is_ascii_letter((unsigned char)next))
                tables->keyword_starts[(first << 8 | next) >> 6] |=
                    UINT64_C(1) << (next & 63);
    }
    while (tables->keywords[slot].word[0] &&
           memcmp(tables->keywords[slot].word, key, KEYWORD_MAX) != 0)
        slot = (slot + 1) % KEYWORDS;
    /* the rules' own word lists, fixed when the core is built: a table
     * grown past half full (slow probes, and at full none would end)
     * fails the C tests, which run with assertions */
    if (!tables->keywords[slot].word[0]) {
        tables->keywords_used++;
        assert(tables->keywords_used <= KEYWORDS / 2);
    }
    memcpy(tables->keywords[slot].word, key, KEYWORD_MAX);
    tables->keywords[slot].bits |= (uint32_t)1 << k;
}

static void
build_rule_tables(rule_tables *tables)
{
    memset(tables, 0, sizeof *tables);
    for (size_t k = 0; k < NRULES; k++) {
        const pt_rule *r = rules[k];
        tables->mid_word |= r->mid_word ? 1u << k : 0;
        size_t n;
        for (size_t i = 0; r->starts && r->starts[i]; i += n) {
            uint32_t c = char_at(r->starts, i, &n);
            add_triggers(tables, c, c, k);
        }
        if (r->to)
            add_triggers(tables, r->from, r->to, k);
        for (size_t l = 0; l < sizeof r->words / sizeof *r->words; l++)
            for (size_t w = 0; w < r->words[l].count; w++) {
                const char *word = word_of(&r->words[l], w);
                char key[KEYWORD_MAX];
                size_t slot;
                if (keyword_key(word, strlen(word), key, &slot))
                    add_keyword(tables, key, slot, k, r->capitalised);
                else if (word[0] &&
                         !pt__is_ascii_letter((unsigned char)word[0])) {
                    uint32_t c = char_at(word, 0, &n);
                    add_triggers(tables, c, c, k);
                }
            }
    }
    for (unsigned c = 0; c < 256; c++)
        tables->inert_mid_word[c] = pt__is_ascii_alnum((unsigned char)c) &&
                                    !(tables->triggers[c] & tables->mid_word);
}

/* One pass over the block: at each character, the recognisers its table
 * entry names, and at each word of ASCII letters those its keyword names,
 * so that the many characters and words that begin nothing cost a lookup
 * each and the inside of a word costs one more. */
static pt_status
scan_rules(const rule_tables *tables, pt_scan *sc)
{
    pt_status rc = PT_OK;
    size_t resume[NRULES] = {0};
    const unsigned char *t = (const unsigned char *)sc->t;
    size_t n;
    for (size_t i = 0; i < sc->n; i += n) {
        n = 1;
        if (tables->inert_mid_word[t[i]] && i > 0 &&
            pt__is_ascii_alnum(t[i - 1])) {
            /* most of a Latin text: the inside of a word, up to where
             * something may begin in it */
            while (tables->inert_mid_word[t[i + n]])
                n++;
            continue;
        }
        /* recognisers begin at characters: step over whole ones; a
         * keyword by its first two bytes (the text is NUL-terminated, so
         * t[i + 1] is there) */
        uint32_t c = t[i] < 0x80 ? t[i] : pt__decode(sc->t, sc->n, i, &n);
        unsigned bits = c < TRIGGERS ? tables->triggers[c] : 0;
        if (pt__is_ascii_alnum(t[i]) && !at_word_start(sc, i)) {
            bits &= tables->mid_word;
        } else if (pt__is_ascii_letter(t[i]) &&
                   tables->keyword_starts[t[i] << 2 | t[i + 1] >> 6] >>
                   (t[i + 1] & 63) & 1) {
            char key[KEYWORD_MAX];
            size_t slot;
            if (keyword_key(sc->t + i, sc->n - i, key, &slot))
                bits |= keyword_bits(tables, key, slot);
        }
        for (; bits; bits &= bits - 1) {
            unsigned k = pt__lowest_bit(bits);
            if (i < resume[k])
                continue;
            resume[k] = i + 1;
            PT_CHECK(rules[k]->at(sc, i, &resume[k]));
        }
    }
done:
    return rc;
}

pt_status
pt__tagger_scan(const pt_tagger *tg, pt_scan *sc)
{
    /* the one pass reads a byte past a character: the NUL after the text */
    assert(sc->t != NULL && sc->t[sc->n] == '\0');
    pt_status rc = pt__names_scan(tg->names, sc);
    sc->names = sc->cands.n;
    if (rc == PT_OK)
        rc = pt__united_nations_scan(sc);
    if (rc == PT_OK)
        rc = pt__place_named_scan(tg->names, sc);
    if (rc == PT_OK)
        rc = pt__shared_head_scan(tg->names, sc);
    if (rc == PT_OK)
        rc = pt__ordinal_event_scan(sc);
    if (rc == PT_OK)
        rc = pt__parties_meeting_scan(sc);
    if (rc == PT_OK)
        rc = scan_rules(&tg->rules, sc);
    return rc == PT_OK ? pt__acronyms_scan(sc) : rc;
}

pt_status
pt_tagger_new(const pt_tagger_options *opt, pt_tagger **out, pt_error *err)
{
    if (out == NULL || (opt && opt->abi_version) ||
        (opt && opt->ngazetteers && opt->gazetteers == NULL))
        return pt__fail(err, PT_E_ARG, 0, "bad argument");
    *out = NULL;
    const pt_alloc *a = pt__default_alloc(opt ? opt->alloc : NULL);
    pt_tagger *tg = pt__malloc(a, sizeof *tg);
    if (tg == NULL)
        return pt__fail(err, PT_E_NOMEM, 0, "out of memory");
    memset(tg, 0, sizeof *tg);
    tg->alloc = *a;
    build_rule_tables(&tg->rules);
    pt_status rc = pt__names_new(a, opt, &tg->names, err);
    if (rc != PT_OK) {
        if (rc == PT_E_NOMEM)
            pt__fail(err, PT_E_NOMEM, 0, "out of memory");
        pt_tagger_free(tg);
        return rc;
    }
    *out = tg;
    return PT_OK;
}

void
pt_tagger_free(pt_tagger *tg)
{
    if (tg == NULL)
        return;
    pt_alloc a = tg->alloc;
    pt__names_free(tg->names);
    pt__free(&a, tg);
}

size_t
pt_tagger_size(const pt_tagger *tg)
{
    return pt__names_count(tg->names);
}
