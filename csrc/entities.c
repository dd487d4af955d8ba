/*
 * entities.c: tag every block of a document.
 *
 * For each block, in reading order, the tagger proposes candidates
 * (tagger.c: the gazetteers' names, the acronyms after them, what the
 * recognisers find); a short title standing for an instrument (《公约》,
 * "the Programme of Action") takes the value of the last full name with
 * that head in the document; an acronym defined in brackets after a name
 * stands for that name wherever the document uses it later, and so does a
 * person named after a post or title (部长王毅; later 王毅表示) and a place
 * named by its kind ("Nasir and Ulang counties"; later "in Nasir").
 * Then one resolver keeps a flat set: longer spans first, ties by the
 * recogniser's priority, a span kept only where nothing kept overlaps it.
 * Blocking entries (label NONE) take their place and are dropped.
 */
#include "recognisers.h"

#include <stdlib.h>
#include <string.h>

/* ---- values and sources -------------------------------------------------- */

/* Recognisers' names, each kept once in the pool however many entities
 * name it: there are a few dozen of them and maybe millions of entities. */
#define MAX_SOURCES 64

/* The slots of the learned names by their first three bytes (a power
 * of two): most of a text's characters then meet an empty slot. */
#define LEARNED_SLOTS 4096

/* The most names a slot chains: each capital of the text walks its slot's
 * chain, so a text of many names that begin alike stays linear. */
#define LEARNED_PER_SLOT 32

/* How many of the States a block names last decide a currency. */
#define RECENT_STATES 8

/* The document's last full instrument name for each short title, and the
 * sources seen so far. */
typedef struct tag_state {
    pt_buf last[PT_SHORT_TITLES];
    struct {
        const char *name;
        uint32_t off;
    } sources[MAX_SOURCES];
    size_t nsources;
    /* the values kept so far: pool offset + 1, 0 where empty; a power of
     * two in size, at most half full */
    uint32_t *values;
    size_t values_cap, nvalues;
    /* the acronyms the document has defined: their text and values in
     * `defined_text`, found through `defined_slots` (index + 1, 0 where
     * empty; a power of two in size, at most half full) */
    pt_vec defined; /* defined_acronym */
    pt_buf defined_text;
    uint32_t *defined_slots;
    size_t defined_cap;
    /* the persons and places named so far, their text in `learned_text`,
     * chained by the slot of their first bytes (index + 1, 0 at the end) */
    pt_vec learned; /* learned_name */
    pt_buf learned_text;
    uint32_t learned_slots[LEARNED_SLOTS];
    /* a bit per first character's key (first_char_key) of those names */
    uint64_t learned_firsts[LEARNED_SLOTS / 64];
    /* how often each State (by its alpha-3 code, state_slot) has been
     * named so far; allocated at the first */
    uint32_t *state_mentions;
    /* the States the block being tagged has named last, oldest first */
    char block_states[RECENT_STATES][4];
    size_t nblock_states;
} tag_state;

typedef struct learned_name {
    uint32_t off, len, next;
    uint8_t label, source; /* pt_label, pt_recogniser */
} learned_name;

typedef struct defined_acronym {
    uint32_t acronym_off, acronym_len, value_off, value_len;
    uint8_t label;
} defined_acronym;

/* The value of a kept entity: a short title takes the last full name with
 * its head ("Convention" after "United Nations Convention against
 * Corruption"), else its English head. */
static void
entity_value(const tag_state *st, const pt_scan *sc, const pt_cand *c,
             const char **value, size_t *len)
{
    *value = sc->vals.ptr + c->value_off;
    *len = c->value_len;
    if (c->rec != PT_REC_SHORT_TITLE)
        return;
    for (size_t k = 0; k < PT_SHORT_TITLES; k++)
        if (strlen(pt__short_titles[k].en) == *len &&
            memcmp(pt__short_titles[k].en, *value, *len) == 0 &&
            st->last[k].len) {
            *value = st->last[k].ptr;
            *len = st->last[k].len;
        }
}

/* ---- the State that decides a currency --------------------------------- */

#define STATE_SLOTS (26 * 26 * 26)

/* The slot of an ISO alpha-3 code, or STATE_SLOTS where v is none. */
static size_t
state_slot(const char *v, size_t len)
{
    if (len != 3)
        return STATE_SLOTS;
    size_t slot = 0;
    for (size_t k = 0; k < 3; k++) {
        if (v[k] < 'A' || v[k] > 'Z')
            return STATE_SLOTS;
        slot = slot * 26 + (size_t)(v[k] - 'A');
    }
    return slot;
}

static pt_status
count_state(tag_state *st, const pt_alloc *a, const char *v, size_t len)
{
    size_t slot = state_slot(v, len);
    if (slot == STATE_SLOTS)
        return PT_OK;
    if (st->nblock_states == RECENT_STATES) {
        memmove(st->block_states[0], st->block_states[1],
                (RECENT_STATES - 1) * sizeof st->block_states[0]);
        st->nblock_states--;
    }
    memcpy(st->block_states[st->nblock_states], v, 3);
    st->block_states[st->nblock_states++][3] = '\0';
    if (st->state_mentions == NULL) {
        if ((st->state_mentions = pt__malloc(a, STATE_SLOTS * sizeof *st->state_mentions)) == NULL)
            return PT_E_NOMEM;
        memset(st->state_mentions, 0, STATE_SLOTS * sizeof *st->state_mentions);
    }
    if (st->state_mentions[slot] < UINT32_MAX)
        st->state_mentions[slot]++;
    return PT_OK;
}

/* How far on in its block a money's State is looked for, in candidates:
 * a block of many amounts stays linear. */
#define STATE_LOOKAHEAD 64

/* The currency of money in a name several share ("KES|SOS|TZS|UGX|
 * 5000"), the kept candidate `at` of sc's: that of the State its block
 * names last before it (of the last RECENT_STATES), else first after it,
 * else of the State the document has named most so far, where one of
 * them has it and no other as often; NULL where none does. */
static const char *
decided_currency(const tag_state *st, const pt_scan *sc, size_t at, size_t kept,
                 const char *value, size_t len)
{
    pt_currency_state states[64];
    const char *space = memchr(value, ' ', len);
    size_t n = pt__currency_states(value, space ? (size_t)(space - value) : len, states,
                                   sizeof states / sizeof *states);
    for (size_t r = st->nblock_states; r-- > 0;)
        for (size_t k = 0; k < n; k++)
            if (strcmp(states[k].state, st->block_states[r]) == 0)
                return states[k].currency;
    for (size_t c = at + 1; c < kept && c - at <= STATE_LOOKAHEAD; c++) {
        const pt_cand *after = &PT_VEC_AT(sc->cands, pt_cand, c);
        for (size_t k = 0; after->label == PT_LABEL_COUNTRY && k < n; k++)
            if (after->value_len == 3 &&
                memcmp(states[k].state, sc->vals.ptr + after->value_off, 3) == 0)
                return states[k].currency;
    }
    const char *best = NULL;
    uint32_t most = 0;
    bool tied = false;
    for (size_t k = 0; st->state_mentions && k < n; k++) {
        uint32_t named = st->state_mentions[state_slot(states[k].state, 3)];
        if (named > most) {
            most = named;
            best = states[k].currency;
            tied = false;
        } else if (named == most && named && strcmp(best, states[k].currency) != 0) {
            tied = true;
        }
    }
    return tied ? NULL : best;
}

/* Where the source's name is in the pool: stored on its first use. */
static pt_status
source_offset(tag_state *st, pt_doc *doc, const char *name, uint32_t *off)
{
    for (size_t k = 0; k < st->nsources; k++)
        if (st->sources[k].name == name || strcmp(st->sources[k].name, name) == 0) {
            *off = st->sources[k].off;
            return PT_OK;
        }
    pt_status rc = pt__buf_add_str(&doc->pool, &doc->alloc, name, strlen(name), off);
    if (rc == PT_OK && st->nsources < MAX_SOURCES) {
        st->sources[st->nsources].name = name;
        st->sources[st->nsources++].off = *off;
    }
    return rc;
}

static uint32_t
string_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Room for one more entry in an open-addressing table of `used` entries
 * (0 where empty, a power of two in size, at most half full): when half
 * full, *slots becomes a new empty table twice as large (`first` at
 * first) and *old the former one (NULL at first), whose entries the
 * caller moves and which it frees.  *cap differs from *old_cap when the
 * table grew. */
static pt_status
slots_room(uint32_t **slots, size_t *cap, size_t used, size_t first,
           const pt_alloc *a, uint32_t **old, size_t *old_cap)
{
    *old = NULL;
    *old_cap = *cap;
    if ((used + 1) * 2 <= *cap)
        return PT_OK;
    size_t n = *cap ? *cap * 2 : first;
    uint32_t *t = pt__malloc(a, n * sizeof *t);
    if (t == NULL)
        return PT_E_NOMEM;
    memset(t, 0, n * sizeof *t);
    *old = *slots;
    *slots = t;
    *cap = n;
    return PT_OK;
}

/* Make room for one more value, rehashing when the table grows. */
static pt_status
values_room(tag_state *st, const pt_doc *doc, const pt_alloc *a)
{
    uint32_t *old;
    size_t old_cap, mask;
    pt_status rc = slots_room(&st->values, &st->values_cap, st->nvalues, 256,
                              a, &old, &old_cap);
    if (rc != PT_OK || st->values_cap == old_cap)
        return rc;
    mask = st->values_cap - 1;
    for (size_t k = 0; k < old_cap; k++) {
        uint32_t v = old[k];
        if (v == 0)
            continue;
        const char *s = doc->pool.ptr + v - 1;
        size_t h = string_hash(s, strlen(s)) & mask;
        while (st->values[h])
            h = (h + 1) & mask;
        st->values[h] = v;
    }
    pt__free(a, old);
    return PT_OK;
}

/* Where the value is in the pool: one copy of each, since a report names
 * the same States, bodies and years again and again. */
static pt_status
value_offset(tag_state *st, pt_doc *doc, const char *value, size_t len,
             uint32_t *off)
{
    pt_status rc = values_room(st, doc, &doc->alloc);
    if (rc != PT_OK)
        return rc;
    size_t mask = st->values_cap - 1, h = string_hash(value, len) & mask;
    for (; st->values[h]; h = (h + 1) & mask) {
        const char *s = doc->pool.ptr + st->values[h] - 1;
        if (strlen(s) == len && memcmp(s, value, len) == 0) {
            *off = st->values[h] - 1;
            return PT_OK;
        }
    }
    rc = pt__buf_add_str(&doc->pool, &doc->alloc, value, len, off);
    if (rc == PT_OK) {
        st->values[h] = *off + 1;
        st->nvalues++;
    }
    return rc;
}

/* Is the word (or words) w in s, not inside a longer word ("Act", not
 * in "Action Agenda")? */
static bool
has_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w))
        if ((p == s || !pt__is_ascii_alnum((unsigned char)p[-1])) &&
            !pt__is_ascii_alnum((unsigned char)p[n]))
            return true;
    return false;
}

/* Remember full instrument names for the short titles that follow. */
static pt_status
remember_instruments(tag_state *st, const pt_alloc *a, const pt_cand *c,
                     const char *value)
{
    if (c->label != PT_LABEL_INSTRUMENT || c->rec == PT_REC_SHORT_TITLE)
        return PT_OK;
    for (size_t k = 0; k < PT_SHORT_TITLES; k++) {
        if (!has_word(value, pt__short_titles[k].en))
            continue;
        st->last[k].len = 0;
        if (pt__buf_append(&st->last[k], a, value, strlen(value)) != PT_OK)
            return PT_E_NOMEM;
    }
    return PT_OK;
}

/* ---- the acronyms the document defines ---------------------------------- */

/* The slot of acronym s[0, n): where it is, or the empty slot for it. */
static size_t
defined_slot(const tag_state *st, const char *s, size_t n)
{
    size_t mask = st->defined_cap - 1, h = string_hash(s, n) & mask;
    for (; st->defined_slots[h]; h = (h + 1) & mask) {
        const defined_acronym *d =
            &PT_VEC_AT(st->defined, defined_acronym, st->defined_slots[h] - 1);
        if (d->acronym_len == n &&
            memcmp(st->defined_text.ptr + d->acronym_off, s, n) == 0)
            break;
    }
    return h;
}

/* Room for one more acronym: the slots refilled when the table grows. */
static pt_status
defined_room(tag_state *st, const pt_alloc *a)
{
    uint32_t *old;
    size_t old_cap;
    pt_status rc = slots_room(&st->defined_slots, &st->defined_cap,
                              st->defined.n, 64, a, &old, &old_cap);
    if (rc != PT_OK || st->defined_cap == old_cap)
        return rc;
    pt__free(a, old);
    for (size_t k = 0; k < st->defined.n; k++) {
        const defined_acronym *d = &PT_VEC_AT(st->defined, defined_acronym, k);
        st->defined_slots[defined_slot(st, st->defined_text.ptr + d->acronym_off,
                                       d->acronym_len)] = (uint32_t)k + 1;
    }
    return PT_OK;
}

/* Learn the acronyms the block defines ("... Mission in Somalia
 * (AMISOM)"): the latest definition of one stands. */
static pt_status
learn_acronyms(tag_state *st, const pt_scan *sc, const pt_alloc *a)
{
    for (size_t i = 0; i < sc->cands.n; i++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, i);
        if (c->rec != PT_REC_ACRONYM)
            continue;
        if (defined_room(st, a) != PT_OK)
            return PT_E_NOMEM;
        defined_acronym d = {(uint32_t)st->defined_text.len, c->end - c->start,
                             (uint32_t)st->defined_text.len + c->end - c->start,
                             c->value_len, c->label};
        if (pt__buf_append(&st->defined_text, a, sc->t + c->start,
                           d.acronym_len) != PT_OK ||
            pt__buf_append(&st->defined_text, a, sc->vals.ptr + c->value_off,
                           d.value_len) != PT_OK)
            return PT_E_NOMEM;
        size_t h = defined_slot(st, sc->t + c->start, d.acronym_len);
        if (st->defined_slots[h]) {
            PT_VEC_AT(st->defined, defined_acronym, st->defined_slots[h] - 1) = d;
        } else {
            if (pt__vec_push(&st->defined, a, &d) != PT_OK)
                return PT_E_NOMEM;
            st->defined_slots[h] = (uint32_t)st->defined.n;
        }
    }
    return PT_OK;
}

/* Latin text: from t[i], eight bytes at a time, to the eight that hold a
 * capital or a byte beyond ASCII (or the last eight of t[0, n)). */
static size_t
to_capital_or_wide(const unsigned char *t, size_t i, size_t n)
{
    while (i + 8 <= n) {
        uint64_t w = pt__load8((const char *)t + i);
        if ((w & PT_HIGHS) || ((w + PT_ONES * (0x80 - 'A')) &
                               ~(w + PT_ONES * (0x80 - 'Z' - 1)) & PT_HIGHS))
            break;
        i += 8;
    }
    return i;
}

/* The later mentions of the acronyms defined so far: words of letters,
 * digits, '-' and '&' with two capitals or more. */
static pt_status
defined_mentions(const tag_state *st, pt_scan *sc)
{
    const char *t = sc->t;
    if (st->defined.n == 0)
        return PT_OK;
    for (size_t i = 0; i < sc->n;) {
        unsigned char u = (unsigned char)t[i];
        if (u >= 0xE0) {
            i += u >= 0xF0 ? 4 : 3; /* a CJK text: a character at a time */
            continue;
        }
        size_t e = i, capitals = 0, n, most = 16; /* bytes */
        if (u == 0xD0 && i + 1 < sc->n && (unsigned char)t[i + 1] <= 0xAF &&
            (i < 2 || !pt__is_cyrillic_letter(pt__decode(t, sc->n, i - 2, &n)))) {
            uint32_t c; /* a Russian acronym: "ОДКБ", "АТЦ" */
            most = 32;
            while (e < sc->n &&
                   (pt__is_cyrillic_letter(c = pt__decode(t, sc->n, e, &n)) ||
                    pt__is_ascii_alnum((unsigned char)t[e]) || t[e] == '-')) {
                capitals += pt__is_acronym_capital(c);
                e += n;
            }
        } else if (!(u >= 'A' && u <= 'Z') ||
                   (i > 0 && pt__is_ascii_alnum((unsigned char)t[i - 1]))) {
            i = to_capital_or_wide((const unsigned char *)t, i + 1, sc->n);
            continue;
        } else {
            while (e < sc->n && (pt__is_ascii_alnum((unsigned char)t[e]) ||
                                 t[e] == '-' || t[e] == '&'))
                capitals += t[e++] <= 'Z' && t[e - 1] >= 'A';
        }
        if (capitals >= 2 && e - i <= most) {
            size_t h = defined_slot(st, t + i, e - i);
            if (st->defined_slots[h]) {
                const defined_acronym *d = &PT_VEC_AT(
                    st->defined, defined_acronym, st->defined_slots[h] - 1);
                pt_status rc = pt__cand_add(
                    sc, i, e, (pt_label)d->label, PT_REC_ACRONYM,
                    st->defined_text.ptr + d->value_off, d->value_len);
                if (rc != PT_OK)
                    return rc;
            }
        }
        i = e > i ? e : i + 1; /* past a byte that begins no acronym */
    }
    return PT_OK;
}

/* ---- the persons and places the document names ------------------------ */

/* A key of the character (a capital or a CJK character) at s, one of
 * LEARNED_SLOTS: its code point's low bits, nearly one per surname. */
static size_t
first_char_key(const unsigned char *s)
{
    size_t cp = s[0] < 0x80 ? s[0]
                            : (size_t)(s[0] & 0x0F) << 12 |
                                  (size_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    return cp & (LEARNED_SLOTS - 1);
}

/* The slot of a name whose first three bytes (every name has three) are
 * at s. */
static size_t
learned_slot(const unsigned char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (int k = 0; k < 3; k++)
        h = (h ^ s[k]) * 16777619u;
    return h & (LEARNED_SLOTS - 1);
}

/* Does a learned name end at t[e]: a Latin one before no letter or digit,
 * a Chinese one where a name may end? */
static bool
learned_name_ends(const pt_scan *sc, size_t i, size_t e)
{
    size_t n;
    if ((unsigned char)sc->t[i] >= 0x80)
        return pt__name_may_end_zh(sc, e);
    return e == sc->n || !(pt__is_ascii_digit((unsigned char)sc->t[e]) ||
                           pt__is_latin_letter(cp_at(sc, e, &n)));
}

/* The learned name that begins at t[i] in later text, whole: its index +
 * 1, or 0. */
static uint32_t
learned_at(const tag_state *st, const pt_scan *sc, size_t i, size_t slot)
{
    for (uint32_t k = st->learned_slots[slot]; k;) {
        const learned_name *p = &PT_VEC_AT(st->learned, learned_name, k - 1);
        size_t e = i + p->len;
        if (e <= sc->n &&
            memcmp(sc->t + i, st->learned_text.ptr + p->off, p->len) == 0 &&
            learned_name_ends(sc, i, e))
            return k;
        k = p->next;
    }
    return 0;
}

/* Learn the name of candidate c, its label and its source for later
 * mentions. */
static pt_status
learn_name(tag_state *st, const pt_scan *sc, const pt_cand *c,
           pt_recogniser source, const pt_alloc *a)
{
    const unsigned char *s = (const unsigned char *)sc->t + c->start;
    size_t len = c->end - c->start;
    size_t slot = learned_slot(s), chained = 0;
    for (uint32_t k = st->learned_slots[slot]; k; chained++) {
        const learned_name *p = &PT_VEC_AT(st->learned, learned_name, k - 1);
        if (chained == LEARNED_PER_SLOT ||
            (p->len == len && memcmp(st->learned_text.ptr + p->off, s, len) == 0))
            return PT_OK;
        k = p->next;
    }
    learned_name p = {(uint32_t)st->learned_text.len, (uint32_t)len,
                      st->learned_slots[slot], c->label, (uint8_t)source};
    if (pt__buf_append(&st->learned_text, a, (const char *)s, len) != PT_OK ||
        pt__vec_push(&st->learned, a, &p) != PT_OK)
        return PT_E_NOMEM;
    st->learned_slots[slot] = (uint32_t)st->learned.n;
    size_t key = first_char_key(s);
    st->learned_firsts[key / 64] |= UINT64_C(1) << (key % 64);
    return PT_OK;
}

/* Learn a person the block names after a post or a title: a Chinese name
 * of two characters or more, a Latin one of two words or more (a lone
 * surname could be any capitalised word). */
static pt_status
learn_person(tag_state *st, const pt_scan *sc, const pt_cand *c,
             const pt_alloc *a)
{
    const unsigned char *s = (const unsigned char *)sc->t + c->start;
    size_t len = c->end - c->start;
    if (c->label != PT_LABEL_PERSON || len < 6 || len > 96 ||
        (s[0] < 0x80 ? memchr(s, ' ', len) == NULL : s[0] < 0xE0))
        return PT_OK;
    return learn_name(st, sc, c, PT_REC_PERSON, a);
}

/* Learn the unlisted places the block names by their kind ("the Kakuma
 * camp", "Nasir and Ulang counties") or in a list with a listed one ("in
 * Yei, Morobo and Juba"), in Latin script (a capital first), before the
 * block's own later mentions: the bare name stands for the place wherever
 * the document uses it again. */
static pt_status
learn_places(tag_state *st, const pt_scan *sc, const pt_alloc *a)
{
    for (size_t k = 0; k < sc->cands.n; k++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, k);
        unsigned char u = (unsigned char)sc->t[c->start];
        if (c->rec == PT_REC_PLACE_CONTEXT &&
            c->end - c->start >= 3 && c->end - c->start <= 96 &&
            u >= 'A' && u <= 'Z') {
            pt_status rc = learn_name(st, sc, c, PT_REC_PLACE_CONTEXT, a);
            if (rc != PT_OK)
                return rc;
        }
    }
    return PT_OK;
}

/* The later mentions of the persons and places named so far: at each
 * capital that begins a word, and at each CJK character, the names whose
 * first character shares its slot. */
static pt_status
learned_mentions(const tag_state *st, pt_scan *sc)
{
    const unsigned char *t = (const unsigned char *)sc->t;
    if (st->learned.n == 0)
        return PT_OK;
    for (size_t i = 0; i + 2 < sc->n;) {
        i = to_capital_or_wide(t, i, sc->n);
        if (i + 2 >= sc->n)
            break;
        unsigned char u = t[i];
        size_t step = u < 0xC0 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
        uint32_t k = 0;
        if ((u >= 0xE0 && u < 0xF0) ||
            (u >= 'A' && u <= 'Z' && (i == 0 || !pt__is_ascii_alnum(t[i - 1])))) {
            size_t key = first_char_key(t + i);
            if (st->learned_firsts[key / 64] >> (key % 64) & 1)
                k = learned_at(st, sc, i, learned_slot(t + i));
        }
        if (k) {
            const learned_name *p = &PT_VEC_AT(st->learned, learned_name, k - 1);
            pt_status rc = pt__cand_add(sc, i, i + p->len, (pt_label)p->label,
                                        (pt_recogniser)p->source,
                                        st->learned_text.ptr + p->off, p->len);
            if (rc != PT_OK)
                return rc;
            step = p->len;
        }
        i += step;
    }
    return PT_OK;
}

/* ---- resolving ------------------------------------------------------------ */

static inline bool
stronger(const pt_cand *a, const pt_cand *b)
{
    uint32_t la = a->end - a->start, lb = b->end - b->start;
    if (la != lb)
        return la > lb;
    if (a->prio != b->prio)
        return a->prio < b->prio;
    return a->start < b->start;
}

static inline bool
cand_before(const pt_cand *a, const pt_cand *b, bool by_start)
{
    return by_start ? a->start < b->start : stronger(a, b);
}

/* Sort c[0, n) by start or by strength, stably: candidates that tie keep
 * the order they were found in.  A merge sort with the comparison inlined,
 * over runs put in order by insertion; tmp has room for n. */
static void
sort_cands(pt_cand *c, size_t n, pt_cand *tmp, bool by_start)
{
    enum { RUN = 16 };
    for (size_t b = 0; b < n; b += RUN) {
        size_t e = n - b > RUN ? b + RUN : n;
        for (size_t i = b + 1; i < e; i++) {
            pt_cand x = c[i];
            size_t j = i;
            for (; j > b && cand_before(&x, &c[j - 1], by_start); j--)
                c[j] = c[j - 1];
            c[j] = x;
        }
    }
    pt_cand *src = c, *dst = tmp;
    for (size_t w = RUN; w < n; w *= 2) {
        for (size_t b = 0; b < n; b += 2 * w) {
            size_t m = n - b > w ? b + w : n;
            size_t e = n - m > w ? m + w : n;
            size_t i = b, j = m, k = b;
            while (i < m && j < e)
                dst[k++] = cand_before(&src[j], &src[i], by_start) ? src[j++]
                                                                   : src[i++];
            while (i < m)
                dst[k++] = src[i++];
            while (j < e)
                dst[k++] = src[j++];
        }
        pt_cand *swap = src;
        src = dst;
        dst = swap;
    }
    if (src != c)
        memcpy(c, src, n * sizeof *c);
}

/* Keep a flat subset of sc->cands, in order of start, in place; returns
 * how many, or 0 with *rc set when memory runs out.  `taken` has one byte
 * per text byte; `tmp` is the sort's scratch. */
static size_t
resolve(pt_scan *sc, unsigned char *taken, pt_vec *tmp, pt_status *rc)
{
    pt_cand *c = sc->cands.items;
    size_t n = sc->cands.n, kept = 0;
    if (n == 0)
        return 0;
    tmp->n = 0;
    if ((*rc = pt__vec_reserve(tmp, sc->a, n)) != PT_OK)
        return 0;
    sort_cands(c, n, tmp->items, false);
    memset(taken, 0, sc->n);
    for (size_t i = 0; i < n; i++) {
        bool free_span = true;
        for (uint32_t k = c[i].start; k < c[i].end && free_span; k++)
            free_span = !taken[k];
        if (!free_span)
            continue;
        memset(taken + c[i].start, 1, c[i].end - c[i].start);
        if (c[i].label != PT_LABEL_NONE)
            c[kept++] = c[i];
    }
    sort_cands(c, kept, tmp->items, true);
    /* flat and in order, inside the text */
    for (size_t i = 0; i < kept; i++)
        assert(c[i].start < c[i].end && c[i].end <= sc->n &&
               (i == 0 || c[i - 1].end <= c[i].start));
    return kept;
}

/* ---- digits of other scripts, optional Arabic marks ---------------------- */

/* The ASCII character that a digit or number separator of another script
 * stands for, given the two or three bytes at s[i] (n bytes left), or 0:
 * Arabic-Indic digits and separators (U+0660-U+066C: "١٣٢٥", "٣٫٥",
 * "١٠٬٦٠٠"), the extended ones of Persian and Urdu (U+06F0-U+06F9) and
 * full-width digits (U+FF10-U+FF19: "２０１５年").  The recognisers read
 * ASCII digits; these give the same values. */
static char
ascii_digit_for(const unsigned char *s, size_t i, size_t n, size_t *len)
{
    if (n - i >= 2 && s[i] == 0xD9 && s[i + 1] >= 0xA0 && s[i + 1] <= 0xAC &&
        s[i + 1] != 0xAA) { /* U+066A is the per cent sign */
        *len = 2;
        return s[i + 1] <= 0xA9 ? (char)('0' + s[i + 1] - 0xA0)
               : s[i + 1] == 0xAB ? '.' /* Arabic decimal separator */
                                  : ',';
    }
    if (n - i >= 2 && s[i] == 0xDB && s[i + 1] >= 0xB0 && s[i + 1] <= 0xB9) {
        *len = 2;
        return (char)('0' + s[i + 1] - 0xB0);
    }
    if (n - i >= 3 && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90 &&
        s[i + 2] <= 0x99) {
        *len = 3;
        return (char)('0' + s[i + 2] - 0x90);
    }
    return 0;
}

/* The length of a no-break space at s[i] (U+00A0; the narrow and the
 * figure ones, U+202F and U+2007), which French sets after "M." and
 * between a number's thousands: the recognisers read a space.  0 if none. */
static size_t
no_break_space_len(const unsigned char *s, size_t i, size_t n)
{
    if (n - i >= 2 && s[i] == 0xC2 && s[i + 1] == 0xA0)
        return 2;
    if (n - i >= 3 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
        (s[i + 2] == 0xAF || s[i + 2] == 0x87))
        return 3;
    return 0;
}

/* Is s[i] an optional Arabic mark (pt__is_optional_arabic_mark)?  All
 * are in U+0640-U+067F, two bytes whose first is 0xD9. */
static bool
is_optional_arabic_mark(const unsigned char *s, size_t i, size_t n)
{
    return n - i >= 2 && s[i] == 0xD9 &&
           pt__is_optional_arabic_mark(0x640u | (s[i + 1] & 0x3Fu));
}

/* Does an Arabic letter begin at s[i]? */
static bool
arabic_letter_at(const unsigned char *s, size_t i, size_t n)
{
    size_t len;
    return i < n && s[i] >= 0xD8 && s[i] <= 0xDB &&
           pt__is_arabic_letter(pt__decode((const char *)s, n, i, &len));
}

/* The first byte of u[0, n) that copy_folding_digits changes, or n.  Most
 * text has none: outside Arabic, eight bytes at a time to the next lead
 * byte of a digit, mark or space to fold (0xD9, 0xDB, 0xEF, 0xC2, 0xE2). */
static size_t
first_to_fold(const unsigned char *u, size_t n, bool arabic)
{
    size_t len;
    for (size_t i = 0; i < n;) {
        if (!arabic && i + 8 <= n) {
            uint64_t w = pt__load8((const char *)u + i);
            if (!(w & PT_HIGHS) ||
                !(pt__has_byte(w, 0xD9) | pt__has_byte(w, 0xDB) |
                  pt__has_byte(w, 0xEF) | pt__has_byte(w, 0xC2) |
                  pt__has_byte(w, 0xE2))) {
                i += 8;
                continue;
            }
        }
        unsigned char c = u[i];
        if (c < 0x80) {
            if (arabic && c >= '0' && c <= '9' && arabic_letter_at(u, i + 1, n))
                return i;
        } else if (((c == 0xD9 || c == 0xDB || c == 0xEF) &&
                    (ascii_digit_for(u, i, n, &len) ||
                     is_optional_arabic_mark(u, i, n))) ||
                   no_break_space_len(u, i, n)) {
            return i;
        }
        i++;
    }
    return n;
}

/* The block text s[0, n) into `text`, its other digits as ASCII ones, its
 * no-break spaces as spaces and without optional Arabic marks; in Arabic (`arabic`), with a tab
 * between a number and the word the extractor glued to it ("8و 9أيلول",
 * " 72مليار": in the PDF each number is a left-to-right run apart from
 * the words around it; a tab, so that counts can tell, numbers.c).  Where anything changed, (*map)[k] is the offset
 * in s of byte k of the copy (k up to its length included), so that
 * entities keep the text's own offsets; else *mapped is false and the
 * offsets are the same. */
static pt_status
copy_folding_digits(const char *s, size_t n, bool arabic, pt_buf *text,
                    uint32_t **map, size_t *map_cap, bool *mapped,
                    const pt_alloc *a)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t first = first_to_fold(u, n, arabic), len;
    text->len = 0;
    *mapped = first < n;
    if (!*mapped)
        return pt__buf_append(text, a, s, n);
    /* a space after every other byte at most */
    if (*map_cap < 2 * n + 1) {
        uint32_t *m = pt__realloc(a, *map, (2 * n + 1) * sizeof **map);
        if (m == NULL)
            return PT_E_NOMEM;
        *map = m;
        *map_cap = 2 * n + 1;
    }
    if (pt__buf_reserve(text, a, 2 * n) != PT_OK)
        return PT_E_NOMEM;
    char *o = text->ptr;
    uint32_t *m = *map;
    size_t k = first;
    memcpy(o, s, first);
    for (size_t b = 0; b < first; b++)
        m[b] = (uint32_t)b;
    for (size_t i = first; i < n;) {
        m[k] = (uint32_t)i;
        if (is_optional_arabic_mark(u, i, n)) {
            i += 2;
            continue;
        }
        char c = ascii_digit_for(u, i, n, &len);
        if (c) {
            i += len;
        } else if ((len = no_break_space_len(u, i, n)) > 0) {
            c = ' ';
            i += len;
        } else {
            c = s[i++];
        }
        o[k++] = c;
        if (arabic && c >= '0' && c <= '9' && arabic_letter_at(u, i, n)) {
            m[k] = (uint32_t)i;
            o[k++] = '\t';
        }
    }
    m[k] = (uint32_t)n;
    o[k] = '\0';
    text->len = k;
    return PT_OK;
}

/* Arabic as extractors leave it puts a number's punctuation on its wrong
 * side: the full stop that ends a sentence before the year that ends it
 * ("في كانون الأول/ديسمبر .2015"), a comma, colon or bracket before the
 * number it follows ("في عام ،2017", "الجدول :2", "عام )2015"), or
 * several of them, a closing quote among them ("أيار/مايو .)2017", "خطة
 * التنمية المستدامة لعام ،"2030").  Before a number, after a space
 * or an Arabic letter, such marks end nothing and start no decimal: the
 * recognisers read them as spaces (in their copy of the text; the
 * block's text keeps them). */
static size_t
displaced_mark_len(const char *t, size_t len, size_t i)
{
    return t[i] == '.' || t[i] == ',' || t[i] == ')' || t[i] == ':' ||
                   t[i] == '"'
               ? 1
           : i + 1 < len && (unsigned char)t[i] == 0xD8 &&
                   (unsigned char)t[i + 1] == 0x8C
               ? 2 /* ، */
               : 0;
}

static void
blank_displaced_punctuation(pt_buf *text)
{
    char *t = text->ptr;
    for (size_t i = 1; i + 1 < text->len; i++) {
        size_t e = i, len;
        while (e < text->len && (len = displaced_mark_len(t, text->len, e)))
            e += len;
        if (e == i)
            continue;
        size_t n, p = pt__prev(t, i);
        uint32_t before = pt__decode(t, text->len, p, &n);
        if (e < text->len && t[e] >= '0' && t[e] <= '9' &&
            (before == ' ' || pt__is_arabic_letter(before)))
            memset(t + i, ' ', e - i);
        i = e - 1;
    }
}

/* ---- names built from the candidates --------------------------------------- */

/* The passes below run once the block's candidates are all found, and
 * sorted by start (sort_cands, stably, which keeps the resolver's ties):
 * they look candidates up where they begin. */

/* The first candidate that begins at `start` or after. */
static size_t
first_from(const pt_scan *sc, size_t start)
{
    size_t lo = 0, hi = sc->cands.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (PT_VEC_AT(sc->cands, pt_cand, mid).start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The listed candidate of `label` from start to end, or NULL. */
static const pt_cand *
listed_name(const pt_scan *sc, size_t start, size_t end, uint8_t label)
{
    for (size_t k = first_from(sc, start); k < sc->cands.n; k++) {
        const pt_cand *g = &PT_VEC_AT(sc->cands, pt_cand, k);
        if (g->start != start)
            break;
        if (g->rec == PT_REC_NAME && g->label == label && g->end == end)
            return g;
    }
    return NULL;
}

/* The longest candidate with one of the labels of `labels` (bits by
 * label) that begins at `start` and ends by `limit` ("Guinea-Bissau", not
 * "Guinea"), or NULL. */
static const pt_cand *
longest_starting(const pt_scan *sc, size_t start, size_t limit, uint32_t labels)
{
    const pt_cand *best = NULL;
    for (size_t k = first_from(sc, start); k < sc->cands.n; k++) {
        const pt_cand *g = &PT_VEC_AT(sc->cands, pt_cand, k);
        if (g->start != start)
            break;
        if ((labels >> g->label & 1) && g->end <= limit &&
            (!best || g->end > best->end))
            best = g;
    }
    return best;
}

/* The longest candidate of `label` that begins at `start`, or NULL. */
static const pt_cand *
cand_starting(const pt_scan *sc, size_t start, uint8_t label)
{
    return longest_starting(sc, start, sc->n, UINT32_C(1) << label);
}

/* The end of the first of `lits` at t[i], or i. */
static size_t
one_of_at(const pt_scan *sc, size_t i, const char *const *lits, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (lit_at(sc, i, lits[k]))
            return i + strlen(lits[k]);
    return i;
}

#define ONE_OF_AT(sc, i, lits) one_of_at(sc, i, lits, sizeof lits / sizeof *lits)

/* ---- a State read as a body ---------------------------------------------- */

/* Prepositions after a State's name that relate the State to something
 * else: no part of a name. */
static const char *const relating[] = {" to the ", " on the ", " at the ",
                                       " in the ", " with the "};

/* A name read from its shape that is a listed State's name ending in a
 * body's head word, and what relates the State to something else: "the
 * Permanent Representative of the Russian Federation to the United
 * Nations" (Federation, like Union, heads bodies' names) is the State and
 * the United Nations, as other States' representatives are.  Such names
 * are dropped; "United States Agency for ..." is kept. */
static void
drop_states_read_as_bodies(pt_scan *sc)
{
    size_t kept = 0;
    for (size_t j = 0; j < sc->cands.n; j++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, j);
        const pt_cand *state =
            c->rec == PT_REC_SHAPE && c->label == PT_LABEL_ORG
                ? cand_starting(sc, c->start, PT_LABEL_COUNTRY)
                : NULL;
        if (state && state->end < c->end &&
            ONE_OF_AT(sc, state->end, relating) > state->end)
            continue;
        PT_VEC_AT(sc->cands, pt_cand, kept++) = *c;
    }
    sc->cands.n = kept;
}

/* ---- a listed body named with its organization ----------------------------- */

/* The longest name looked into (bytes): a body's name is shorter. */
#define OWN_BODY_LONGEST 400

/* The United Nations and its principal organs, which own bodies: "...
 * of the General Assembly", "... of the Secretariat". */
static const char *const un_owners[] = {"United Nations", "General Assembly",
                                        "Security Council",
                                        "Economic and Social Council",
                                        "Secretariat"};

/* Is the listed ORG from start to end one of un_owners? */
static bool
un_owner(const pt_scan *sc, size_t start, size_t end)
{
    const pt_cand *g = listed_name(sc, start, end, PT_LABEL_ORG);
    for (size_t k = 0; g && k < sizeof un_owners / sizeof *un_owners; k++)
        if (g->value_len == strlen(un_owners[k]) &&
            memcmp(sc->vals.ptr + g->value_off, un_owners[k], g->value_len) == 0)
            return true;
    return false;
}

/* A name read from its shape that is a listed body or instrument with the
 * organization it belongs to, "United Nations Economic and Social
 * Council", "UN Convention on the Rights of the Child", "Second Committee
 * of the General Assembly", "Department of Public Information of the
 * Secretariat", is that body or instrument, as French and Spanish write
 * it ("le Conseil économique et social des Nations Unies", "la Deuxième
 * Commission") and as the gazetteer lists "United Nations Disarmament
 * Commission": one span, the listed name's value.  Not another
 * organization's body ("Secretariat of the Pacific Community"). */
static void
own_body_values(pt_scan *sc)
{
    static const char *const un[] = {"United Nations ", "UN "};
    static const char of[] = " of the ";
    for (size_t j = 0; j < sc->cands.n; j++) {
        pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, j);
        if (c->rec != PT_REC_SHAPE ||
            (c->label != PT_LABEL_ORG && c->label != PT_LABEL_INSTRUMENT) ||
            c->end - c->start > OWN_BODY_LONGEST)
            continue;
        const pt_cand *g = NULL;
        size_t rest = ONE_OF_AT(sc, c->start, un);
        if (rest > c->start && rest < c->end)
            g = listed_name(sc, rest, c->end, c->label);
        for (size_t e = c->start + 1; g == NULL && c->label == PT_LABEL_ORG &&
                                      e + sizeof of - 1 < c->end;
             e++)
            if (sc->t[e] == ' ' && lit_at(sc, e, of) &&
                un_owner(sc, e + sizeof of - 1, c->end))
                g = listed_name(sc, c->start, e, PT_LABEL_ORG);
        if (g) {
            c->value_off = g->value_off;
            c->value_len = g->value_len;
        }
    }
}

/* Give every ORG candidate from start to end the value value[0, len)
 * (English reads some such names from their shape too). */
static pt_status
value_orgs(pt_scan *sc, size_t start, size_t end, const char *value, size_t len)
{
    uint32_t off = (uint32_t)sc->vals.len;
    pt_status rc = pt__buf_append(&sc->vals, sc->a, value, len);
    if (rc != PT_OK)
        return rc;
    for (size_t k = first_from(sc, start); k < sc->cands.n; k++) {
        pt_cand *g = &PT_VEC_AT(sc->cands, pt_cand, k);
        if (g->start != start)
            break;
        if (g->label == PT_LABEL_ORG && g->end == end) {
            g->value_off = off;
            g->value_len = (uint32_t)len;
        }
    }
    return PT_OK;
}

/* ---- a committee named by the resolution that established it ------------- */

/* "established pursuant to" in each language; Russian's participle, after
 * a comma, agrees with the committee ("Комитетом ..., учрежденным
 * резолюцией"). */
static const char *const established_by[] = {
    " established pursuant to ", " established by ", " established under ",
    " créé par ", " créé en application de ", " créé en vertu de ",
    " créé conformément à ", " establecido en virtud de ", " establecido por ",
    " establecido con arreglo a ", " creado en virtud de ", " creado por ",
    ", учрежденный ", ", учрежденного ", ", учрежденному ", ", учрежденным ",
    ", учрежденном ", " учрежденный ", " учрежденного ", " учрежденным ",
    /* Arabic's "established pursuant to" and "by" fuse bi- with the
     * resolution's article (المنشأة عملا بالقرار), with or without the
     * tanween's mark */
    " المنشأة عملا ب", " المنشأة عملاً ب", " المنشأة بموجب ", " المنشأة ب"};
static const char *const resolution_articles[] = {"the ", "la "};
static const char *const concerning[] = {" concerning ", " concernant ",
                                         ", relativa a ", " relativa a ",
                                         " relativo a ", " по ", " بشأن "};
static const char *const country_articles[] = {"the ", "la ", "le ", "l'",
                                               "l’", "les "};

/* A Security Council committee named by the resolution that established
 * it, with the State it concerns where the text names one: "Security
 * Council Committee established pursuant to resolution 2127 (2013)
 * concerning the Central African Republic", "Comité du Conseil de
 * sécurité créé par la résolution 2127 (2013)", "Комитет Совета
 * Безопасности, учрежденный резолюцией 2127 (2013) по Центральноафриканской
 * Республике": one ORG over the resolution and the State, whose value
 * names the committee by its resolution alone in every language (texts
 * name the State or leave it out). */
static pt_status
committee_by_resolution(pt_scan *sc)
{
    static const char head[] = "Security Council Committee";
    static const char by[] = " established pursuant to resolution ";
    for (size_t j = 0; j < sc->cands.n; j++) {
        pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, j);
        if (c->rec != PT_REC_NAME || c->label != PT_LABEL_ORG ||
            c->value_len != sizeof head - 1 ||
            memcmp(sc->vals.ptr + c->value_off, head, sizeof head - 1) != 0)
            continue;
        size_t e = ONE_OF_AT(sc, c->end, established_by);
        if (e == c->end)
            continue;
        e = ONE_OF_AT(sc, e, resolution_articles);
        const pt_cand *r = cand_starting(sc, e, PT_LABEL_RESOLUTION);
        if (r == NULL)
            continue;
        size_t end = r->end, a = ONE_OF_AT(sc, end, concerning);
        const pt_cand *state =
            a > end ? cand_starting(sc, ONE_OF_AT(sc, a, country_articles),
                                    PT_LABEL_COUNTRY)
                    : NULL;
        if (state)
            end = state->end;
        char value[PT_MAX_VALUE + 1];
        size_t n = sizeof head - 1 + sizeof by - 1;
        if (n + r->value_len > PT_MAX_VALUE)
            continue;
        memcpy(value, head, sizeof head - 1);
        memcpy(value + sizeof head - 1, by, sizeof by - 1);
        memcpy(value + n, sc->vals.ptr + r->value_off, r->value_len);
        c->end = (uint32_t)end;
        pt_status rc = value_orgs(sc, c->start, end, value, n + r->value_len);
        if (rc != PT_OK)
            return rc;
    }
    return PT_OK;
}

/* ---- another body's secretariat ----------------------------------------- */

/* Between "secretariat" and the body or treaty it serves; Russian puts
 * the served one right after it, in the genitive. */
static const char *const serving[] = {
    " of the ", " of ", " de la ", " de l'", " de l’", " du ", " des ",
    " del ", " de los ", " de las ", " de "};
static const char secretariat_of[] = "Secretariat of the ";

/* The longest named body or treaty that begins at `start` and
 * ends by `limit`, not the United Nations (whose secretariat is the
 * Secretariat), or NULL. */
static const pt_cand *
served_at(const pt_scan *sc, size_t start, size_t limit)
{
    static const char un[] = "United Nations";
    const pt_cand *best = longest_starting(
        sc, start, limit,
        UINT32_C(1) << PT_LABEL_ORG | UINT32_C(1) << PT_LABEL_INSTRUMENT);
    if (best && best->value_len == sizeof un - 1 &&
        memcmp(sc->vals.ptr + best->value_off, un, sizeof un - 1) == 0)
        return NULL;
    return best;
}

/* Give every ORG candidate from start to end the value "Secretariat of
 * the " and the served one's. */
static pt_status
value_secretariat(pt_scan *sc, size_t start, size_t end, const pt_cand *served)
{
    char value[PT_MAX_VALUE + 1];
    size_t n = sizeof secretariat_of - 1;
    if (n + served->value_len > PT_MAX_VALUE)
        return PT_OK;
    memcpy(value, secretariat_of, n);
    memcpy(value + n, sc->vals.ptr + served->value_off, served->value_len);
    return value_orgs(sc, start, end, value, n + served->value_len);
}

/* The secretariat of a body or treaty other than the United Nations is
 * that body's or treaty's, not the Secretariat: "the secretariat of the
 * Rotterdam Convention", "le secrétariat du CERF", "la Secretaría de la
 * CEEAC", "секретариат ЭСЦАГ", "the ECCAS Secretariat": one ORG,
 * "Secretariat of the" the served one's value, as English reads "the
 * CERF secretariat" (names.c). */
static pt_status
secretariats_served(pt_scan *sc)
{
    static const char head[] = "Secretariat";
    for (size_t j = 0; j < sc->cands.n; j++) {
        pt_cand c = PT_VEC_AT(sc->cands, pt_cand, j);
        if (c.label != PT_LABEL_ORG)
            continue;
        const pt_cand *served = NULL;
        size_t end = c.end;
        if (c.rec == PT_REC_NAME && c.value_len == sizeof head - 1 &&
            memcmp(sc->vals.ptr + c.value_off, head, sizeof head - 1) == 0) {
            /* after it: "secretariat of the X"; Russian's genitive and
             * Arabic's construct state put X right after it */
            size_t x = (sc->langs == PT_LANG_RU || sc->langs == PT_LANG_AR) &&
                               lit_at(sc, c.end, " ")
                           ? c.end + 1
                           : ONE_OF_AT(sc, c.end, serving);
            if (x > c.end && (served = served_at(sc, x, sc->n)) != NULL &&
                served->rec == PT_REC_NAME_LIST)
                served = NULL; /* of several: "of the Basel and Stockholm
                                  conventions" */
            if (served) {
                end = served->end;
                PT_VEC_AT(sc->cands, pt_cand, j).end = (uint32_t)end;
            }
        } else if (c.rec == PT_REC_SHAPE && c.end - c.start > sizeof head &&
                   sc->t[c.end - sizeof head] == ' ' &&
                   lit_at(sc, c.end - (sizeof head - 1), head)) {
            /* before it: "the ECCAS Secretariat" */
            served = served_at(sc, c.start, c.end - sizeof head);
            if (served && served->end != c.end - sizeof head)
                served = NULL;
        }
        if (served) {
            pt_status rc = value_secretariat(sc, c.start, end, served);
            if (rc != PT_OK)
                return rc;
        }
    }
    return PT_OK;
}

/* The passes above, over the block's candidates sorted by start; `tmp`
 * is the sort's scratch. */
static pt_status
names_from_candidates(pt_scan *sc, pt_vec *tmp)
{
    /* most blocks hold no name for them: no sort */
    size_t k = 0;
    for (; k < sc->cands.n; k++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, k);
        if (c->label == PT_LABEL_ORG || (c->rec == PT_REC_SHAPE &&
                                         c->label == PT_LABEL_INSTRUMENT))
            break;
    }
    if (k == sc->cands.n)
        return PT_OK;
    tmp->n = 0;
    pt_status rc = pt__vec_reserve(tmp, sc->a, sc->cands.n);
    if (rc != PT_OK)
        return rc;
    sort_cands(sc->cands.items, sc->cands.n, tmp->items, true);
    drop_states_read_as_bodies(sc);
    own_body_values(sc);
    rc = committee_by_resolution(sc);
    return rc == PT_OK ? secretariats_served(sc) : rc;
}

/* ---- the document ------------------------------------------------------- */

pt_status
pt__tag_blocks(pt_doc *doc, const pt_tagger *tg)
{
    pt_status rc = PT_OK;
    const pt_alloc *a = &doc->alloc;
    pt_scan sc;
    tag_state st;
    unsigned char *taken = NULL;
    size_t taken_cap = 0;
    uint32_t *map = NULL; /* folded offset -> the text's own */
    size_t map_cap = 0;
    bool mapped = false;
    memset(&sc, 0, sizeof sc);
    memset(&st, 0, sizeof st);
    st.defined = (pt_vec)PT_VEC_INIT(defined_acronym);
    st.learned = (pt_vec)PT_VEC_INIT(learned_name);
    pt_vec cands = PT_VEC_INIT(pt_cand), sort_tmp = PT_VEC_INIT(pt_cand);
    pt_buf text = {NULL, 0, 0};
    assert(doc->ents.n == 0 && doc->blocks == NULL); /* before the view */
    sc.cands = cands;
    sc.a = a;
    const char *date = doc->meta_off[PT_META_DATE] != PT_NONE
                           ? doc->pool.ptr + doc->meta_off[PT_META_DATE]
                           : NULL;
    sc.doc_year = date ? atoi(date) : 0;
    for (size_t b = 0; b < doc->recs.n; b++) {
        pt_blockrec *rec = &PT_VEC_AT(doc->recs, pt_blockrec, b);
        rec->ents_first = (uint32_t)doc->ents.n;
        rec->nents = 0;
        if (rec->kind == 0 || rec->text_len == 0)
            continue;
        /* a 200 MB text has some 200,000 blocks */
        if (b % 256 == 0 && pt__cancelled(doc)) {
            rc = PT_E_CANCELLED;
            goto done;
        }
        /* the pool grows below: work on the text by offset, copied once */
        sc.cands.n = 0;
        st.nblock_states = 0;
        sc.vals.len = 0;
        bool arabic = strcmp(rec->lang, "ar") == 0;
        PT_CHECK(copy_folding_digits(doc->pool.ptr + rec->text_off,
                                     rec->text_len, arabic, &text, &map,
                                     &map_cap, &mapped, a));
        if (arabic)
            blank_displaced_punctuation(&text);
        if (taken_cap < text.len + 1) {
            unsigned char *p = pt__realloc(a, taken, text.len + 1);
            if (p == NULL) {
                rc = PT_E_NOMEM;
                goto done;
            }
            taken = p;
            taken_cap = text.len + 1;
        }
        sc.t = text.ptr;
        sc.n = text.len;
        sc.langs = pt__lang_bit(rec->lang, strlen(rec->lang));
        rc = pt__tagger_scan(tg, &sc);
        if (rc == PT_OK)
            rc = learn_acronyms(&st, &sc, a);
        if (rc == PT_OK)
            rc = defined_mentions(&st, &sc);
        if (rc == PT_OK)
            rc = learn_places(&st, &sc, a);
        if (rc == PT_OK)
            rc = learned_mentions(&st, &sc);
        if (rc == PT_OK)
            rc = names_from_candidates(&sc, &sort_tmp);
        size_t kept = rc == PT_OK ? resolve(&sc, taken, &sort_tmp, &rc) : 0;
        for (size_t i = 0; rc == PT_OK && i < kept; i++) {
            const pt_cand *c = &PT_VEC_AT(sc.cands, pt_cand, i);
            pt_entrec e = {mapped ? map[c->start] : c->start,
                           mapped ? map[c->end] : c->end, c->label, 0, 0};
            const char *value;
            size_t vlen;
            entity_value(&st, &sc, c, &value, &vlen);
            char decided[64];
            const char *amount = c->label == PT_LABEL_MONEY && vlen > 4 && value[3] == '|'
                                     ? memchr(value, ' ', vlen)
                                     : NULL;
            if (amount && (size_t)(value + vlen - amount) + 3 < sizeof decided) {
                const char *cur = decided_currency(&st, &sc, i, kept, value, vlen);
                size_t alen = (size_t)(value + vlen - amount);
                if (cur) {
                    memcpy(decided, cur, 3);
                    memcpy(decided + 3, amount, alen);
                    vlen = 3 + alen;
                } else { /* no State the document names has it: a count */
                    e.label = PT_LABEL_QUANTITY;
                    memcpy(decided, amount + 1, alen - 1);
                    vlen = alen - 1;
                }
                value = decided;
            }
            rc = value_offset(&st, doc, value, vlen, &e.value_off);
            if (rc == PT_OK && c->label == PT_LABEL_COUNTRY)
                rc = count_state(&st, a, value, vlen);
            if (rc == PT_OK)
                rc = source_offset(&st, doc, c->source, &e.source_off);
            if (rc == PT_OK)
                rc = remember_instruments(&st, a, c,
                                          doc->pool.ptr + e.value_off);
            if (rc == PT_OK)
                rc = learn_person(&st, &sc, c, a);
            if (rc == PT_OK)
                rc = pt__vec_push(&doc->ents, a, &e);
        }
        if (rc != PT_OK)
            goto done;
        rec = &PT_VEC_AT(doc->recs, pt_blockrec, b);
        rec->nents = (uint32_t)kept;
    }
done:
    pt__vec_free(&sc.cands, a);
    pt__vec_free(&sort_tmp, a);
    pt__buf_free(&text, a);
    pt__buf_free(&sc.vals, a);
    for (size_t k = 0; k < PT_SHORT_TITLES; k++)
        pt__buf_free(&st.last[k], a);
    pt__free(a, st.values);
    pt__free(a, st.state_mentions);
    pt__vec_free(&st.defined, a);
    pt__buf_free(&st.defined_text, a);
    pt__free(a, st.defined_slots);
    pt__vec_free(&st.learned, a);
    pt__buf_free(&st.learned_text, a);
    pt__free(a, taken);
    pt__free(a, map);
    return rc;
}
