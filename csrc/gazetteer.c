/*
 * gazetteer.c: names of States, bodies, meetings, instruments and places,
 * compiled into one trie per tagger.
 *
 * Names come from the gazetteers the caller gives (TSV, see paratag.h)
 * and from ICU, which knows every region's name in the six UN languages
 * (uloc_getDisplayCountry, and the short forms of uldn) and its ISO alpha-3
 * code (uloc_getISO3Country).
 *
 * Names are normalised when the trie is built, and matching reads the
 * text normalised the same way as it walks the trie: white space next to
 * a CJK character goes ("2030 年议程" matches "2030年议程"), other runs
 * of white space become one space, and the dashes and apostrophes PDFs
 * vary (－ ‐ ‑ – ’) become ASCII.  Arabic's optional marks leave the names
 * here and the text in the tagger's copy of it (entities.c), which also
 * blanks punctuation an extractor moved before a number.
 *
 * The names form one trie over characters, walked from a character that
 * begins some name.  A table indexed by code point gives the node after a
 * name's first character (or none), so the many characters that begin no
 * name cost one lookup and no walk: that is what makes matching faster
 * than an Aho-Corasick pass, which steps through every byte.  Once a walk
 * is under way it is one: fail links carry it to the names that begin
 * inside the text it has read, so no character is read twice, whatever
 * the names (a long name repeated in a text would otherwise be walked
 * again from each of its words).  The trie's edges are one open-addressing hash table keyed by (node,
 * character), so a step costs one probe and the table stays small for
 * many thousands of names.  A match must begin and end at word boundaries
 * where the name begins or ends with a letter or digit (Arabic allows a
 * one-letter clitic: وفرنسا), not inside CJK text.
 *
 * An acronym in brackets right after a name ("德国国际合作机构（GIZ）",
 * whether a gazetteer lists the name or a recogniser read it) becomes a
 * second mention of the longest name that ends there.
 */
#include "recognisers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#define STR_(x) #x
#define PT_STR(x) STR_(x)

typedef struct entry {
    uint8_t label;
    uint32_t value;  /* into nm->strings */
    uint32_t source; /* into nm->strings */
} entry;

/* An edge of the trie: its key and child side by side, so that a step
 * reads one cache line of a table too large to stay in the cache. */
typedef struct edge {
    uint64_t key; /* edge_key(node, character), 0 when the slot is empty */
    uint32_t child;
} edge;

/* An entry a name stands for in some languages: a node's first, and the
 * next for other languages (at most one per language bit). */
typedef struct outlink {
    uint32_t entry;
    uint32_t langs;
    uint32_t next; /* into nm->outs, or PT_NONE */
} outlink;

typedef struct node {
    uint32_t out;   /* the first outlink of a name ending here, or PT_NONE */
    uint32_t langs; /* the languages whose texts may use this name */
    uint32_t depth; /* characters from the root */
    uint32_t fail;  /* the node of the longest proper suffix of this one's
                       text that is in the trie (Aho-Corasick) */
    uint32_t dict;  /* the first node along the fail links where a name
                       ends, 0 when none does */
} node;

/* A walk remembers where each of its last RING characters began: more
 * than the characters of the longest name (PT_MAX_NAME bytes, whose
 * Russian case forms add at most one character to each two-byte word). */
#define RING 2048

/* Code points of the Basic Multilingual Plane, where names begin. */
#define BMP 0x10000

/* A filter of the pairs of characters that begin names: 64 KB, which stays
 * in the cache where the trie does not, so that the many walks that would
 * end at the second character (中 before 的) do not read the trie. */
#define PAIR_BITS_LOG2 19

static inline uint32_t
pair_bit(uint32_t first, uint32_t second)
{
    return ((first * 0x9E3779B1u) ^ second) * 0x85EBCA6Bu >>
           (32 - PAIR_BITS_LOG2);
}

static inline bool
may_begin_name(const uint64_t *pairs, uint32_t first, uint32_t second)
{
    uint32_t bit = pair_bit(first, second);
    return pairs[bit >> 6] >> (bit & 63) & 1;
}

struct pt_names {
    pt_alloc alloc;
    pt_buf strings;
    pt_vec entries; /* entry */
    pt_vec outs;    /* outlink */
    pt_vec nodes;   /* node; 0 is the root */
    size_t nedges;
    uint32_t *first_step; /* BMP entries: the node after a name's first
                             character, 0 when no name begins with it */
    uint64_t begins[BMP / 64]; /* a bit for each first_step that is not 0:
                                  8 KB, where first_step is 256 KB */
    bool astral_starts;   /* some name begins above the BMP */
    uint64_t *pairs;      /* PAIR_BITS bits: pair_bit of each name's first
                             two characters */
    /* hashes of the words of ASCII letters and digits that begin names
     * ("United" for "United Nations"), 0 when empty */
    uint64_t *first_words;
    size_t first_words_mask, nfirst_words;
    edge *edges;    /* open addressing, by edge_key */
    size_t mask;    /* table size - 1 */
    size_t patterns;
};

/* ---- normalisation --------------------------------------------------- */

static inline uint32_t
fold(uint32_t c)
{
    if (c > 0x2212) /* Han and the rest of CJK among them */
        return c == 0xFE63 || c == 0xFF0D ? '-' : c;
    if (c < 0x2BC || (c > 0x2BC && c < 0x2010))
        return c;
    switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        return '-';
    case 0x2019: case 0x2018: case 0x02BC:
        return '\'';
    default:
        return c;
    }
}

/* Normalise a name s[0, len) into out.  Valid UTF-8 never grows (a space
 * stands for white space that gave nothing, folding only shortens), but a
 * name from a caller's file may end in a cut sequence, whose U+FFFD is
 * longer: room for twice the input covers every case. */
static pt_status
normalise(const char *s, size_t len, const pt_alloc *a, pt_buf *out)
{
    bool pending = false, last_cjk = false;
    size_t n, k = 0;
    out->len = 0;
    if (pt__buf_reserve(out, a, 2 * len) != PT_OK)
        return PT_E_NOMEM;
    char *o = out->ptr;
    for (size_t i = 0; i < len; i += n) {
        uint32_t c = pt__decode(s, len, i, &n);
        if (pt__is_space(c)) {
            pending = k > 0;
            continue;
        }
        if (pt__is_optional_arabic_mark(c))
            continue; /* the tagger's copy of a text has none (entities.c) */
        bool cjk = c >= 0x3000 && pt__is_cjk(c);
        if (pending && !cjk && !last_cjk)
            o[k++] = ' ';
        pending = false;
        k += pt__encode(fold(c), o + k);
        last_cjk = cjk;
    }
    o[k] = '\0';
    out->len = k;
    return PT_OK;
}

/* ---- first words ------------------------------------------------------- */

/* The end of the run of ASCII letters and digits at s[i]. */
static size_t
ascii_word_end(const char *s, size_t len, size_t i)
{
    while (i < len && pt__is_ascii_alnum((unsigned char)s[i]))
        i++;
    return i;
}

/* The end of the run of ASCII letters and digits at s[i], and in *hash
 * the run's hash, never 0 (which marks an empty slot). */
static size_t
ascii_word_hash(const char *s, size_t len, size_t i, uint64_t *hash)
{
    uint64_t h = UINT64_C(14695981039346656037); /* FNV-1a */
    for (; i < len && pt__is_ascii_alnum((unsigned char)s[i]); i++)
        h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
    *hash = h ? h : 1;
    return i;
}

static bool
is_first_word(const pt_names *nm, uint64_t h)
{
    const uint64_t *set = nm->first_words;
    for (size_t k = h & nm->first_words_mask; set && set[k];
         k = (k + 1) & nm->first_words_mask)
        if (set[k] == h)
            return true;
    return false;
}

static void
put_first_word(uint64_t *set, size_t mask, uint64_t h)
{
    size_t k = h & mask;
    while (set[k])
        k = (k + 1) & mask;
    set[k] = h;
}

/* Remember the first word of a name that begins with one; the set stays
 * at most half full. */
static pt_status
add_first_word(pt_names *nm, const char *name, size_t len)
{
    uint64_t h;
    if (ascii_word_hash(name, len, 0, &h) == 0)
        return PT_OK;
    if (is_first_word(nm, h))
        return PT_OK;
    size_t size = nm->first_words ? nm->first_words_mask + 1 : 0;
    if (2 * (nm->nfirst_words + 1) > size) {
        size_t nsize = size ? 2 * size : 1024;
        uint64_t *set = pt__malloc(&nm->alloc, nsize * sizeof *set);
        if (set == NULL)
            return PT_E_NOMEM;
        memset(set, 0, nsize * sizeof *set);
        for (size_t k = 0; k < size; k++)
            if (nm->first_words[k])
                put_first_word(set, nsize - 1, nm->first_words[k]);
        pt__free(&nm->alloc, nm->first_words);
        nm->first_words = set;
        nm->first_words_mask = nsize - 1;
    }
    put_first_word(nm->first_words, nm->first_words_mask, h);
    nm->nfirst_words++;
    return PT_OK;
}

/* ---- the trie ---------------------------------------------------------- */

/* The trie's edges and first_step lead to a node's id with HAS_OUT set
 * when a name ends there: a walk reads the node itself only then. */
#define HAS_OUT 0x80000000u

static inline uint32_t
node_of(uint32_t ref)
{
    return ref & ~HAS_OUT;
}

/* The key of the edge from node `from` by character c (below 2^21). */
static inline uint64_t
edge_key(uint32_t from, uint32_t c)
{
    return ((uint64_t)node_of(from) << 21 | c) + 1;
}

/* The slot of `key` in the edge table, or the empty slot where it would
 * go. */
static size_t
edge_slot(const pt_names *nm, uint64_t key)
{
    size_t h = (size_t)(key * UINT64_C(0x9E3779B97F4A7C15) >> 20) & nm->mask;
    while (nm->edges[h].key && nm->edges[h].key != key)
        h = (h + 1) & nm->mask;
    return h;
}

static uint32_t
goto_find(const pt_names *nm, uint32_t from, uint32_t c)
{
    const edge *x = &nm->edges[edge_slot(nm, edge_key(from, c))];
    return x->key ? x->child : PT_NONE;
}

static void
goto_put(pt_names *nm, uint64_t key, uint32_t child)
{
    /* an empty slot ends every probe: goto_grow keeps a quarter free */
    assert(4 * nm->nedges <= 3 * (nm->mask + 1));
    edge *x = &nm->edges[edge_slot(nm, key)];
    x->key = key;
    x->child = child;
}

/* Keep the table at most three quarters full. */
static pt_status
goto_grow(pt_names *nm)
{
    size_t size = nm->edges ? nm->mask + 1 : 0;
    if (4 * (nm->nedges + 1) <= 3 * size)
        return PT_OK;
    size_t nsize = size < 1024 ? 1024 : size * 2;
    edge *edges = pt__malloc(&nm->alloc, nsize * sizeof *edges);
    if (edges == NULL)
        return PT_E_NOMEM;
    memset(edges, 0, nsize * sizeof *edges);
    edge *old = nm->edges;
    nm->edges = edges;
    nm->mask = nsize - 1;
    for (size_t i = 0; i < size; i++)
        if (old[i].key)
            goto_put(nm, old[i].key, old[i].child);
    pt__free(&nm->alloc, old);
    return PT_OK;
}

/* Mark the edge from `from` by c as leading to a name's end. */
static void
goto_mark_out(pt_names *nm, uint32_t from, uint32_t c)
{
    nm->edges[edge_slot(nm, edge_key(from, c))].child |= HAS_OUT;
    if (node_of(from) == 0 && c < BMP)
        nm->first_step[c] |= HAS_OUT;
}

static pt_status
new_node(pt_names *nm, uint32_t depth, uint32_t *id)
{
    node nd = {PT_NONE, 0, depth, 0, 0};
    if (nm->nodes.n >= HAS_OUT)
        return PT_E_NOMEM; /* 2^31 nodes: far beyond any gazetteer */
    *id = (uint32_t)nm->nodes.n;
    return pt__vec_push(&nm->nodes, &nm->alloc, &nd);
}

/* Let node x (reached from `parent` by c) stand for entry e in the
 * languages `langs`.  The first entry to claim the name in a language
 * keeps it there; other languages' lines of the same entity add their
 * languages to it, and a name another language writes alike for another
 * thing (Spanish "Constitución", also a town's name) gets an outlink of
 * its own for the languages it adds, so that a chain never grows beyond
 * the language bits. */
static pt_status
add_out(pt_names *nm, uint32_t x, uint32_t e, uint32_t langs, uint32_t parent,
        uint32_t c)
{
    const entry *entries = nm->entries.items;
    node *nd = &PT_VEC_AT(nm->nodes, node, x);
    uint32_t fresh = langs & ~nd->langs, k = nd->out, last = PT_NONE;
    for (; k != PT_NONE; last = k, k = PT_VEC_AT(nm->outs, outlink, k).next) {
        outlink *o = &PT_VEC_AT(nm->outs, outlink, k);
        if (entries[o->entry].label == entries[e].label &&
            strcmp(nm->strings.ptr + entries[o->entry].value,
                   nm->strings.ptr + entries[e].value) == 0) {
            o->langs |= fresh;
            nd->langs |= fresh;
            return PT_OK;
        }
    }
    if (fresh == 0)
        return PT_OK; /* every language of it taken by another entry */
    outlink o = {e, fresh, PT_NONE};
    uint32_t id = (uint32_t)nm->outs.n;
    pt_status rc = pt__vec_push(&nm->outs, &nm->alloc, &o);
    if (rc != PT_OK)
        return rc;
    nd->langs |= fresh;
    if (last != PT_NONE) {
        PT_VEC_AT(nm->outs, outlink, last).next = id;
        return PT_OK;
    }
    nd->out = id;
    nm->patterns++;
    goto_mark_out(nm, parent, c);
    return PT_OK;
}

/* Add a normalised name for entry `e` in the languages `langs` (add_out). */
static pt_status
insert(pt_names *nm, const char *name, size_t len, uint32_t e, uint32_t langs)
{
    pt_status rc = PT_OK;
    uint32_t at = 0, first = 0, parent = 0, c = 0;
    size_t n;
    for (size_t i = 0, chars = 0; i < len; i += n, chars++) {
        c = pt__decode(name, len, i, &n);
        if (chars == 0) {
            first = c;
        } else if (chars == 1) {
            uint32_t bit = pair_bit(first, c);
            nm->pairs[bit >> 6] |= UINT64_C(1) << (bit & 63);
        }
        uint32_t child = goto_find(nm, at, c);
        if (child == PT_NONE) {
            PT_CHECK(goto_grow(nm));
            assert(chars + 1 < RING);
            PT_CHECK(new_node(nm, (uint32_t)chars + 1, &child));
            goto_put(nm, edge_key(at, c), child);
            nm->nedges++;
        }
        if (at == 0 && c < BMP) {
            nm->first_step[c] = child;
            nm->begins[c >> 6] |= UINT64_C(1) << (c & 63);
        }
        else if (at == 0)
            nm->astral_starts = true;
        parent = at;
        at = child;
    }
    PT_CHECK(add_first_word(nm, name, len));
    if (at != 0)
        PT_CHECK(add_out(nm, node_of(at), e, langs, parent, c));
done:
    return rc;
}

/* ---- building ---------------------------------------------------------- */

static const char *const label_names[PT_LABEL_COUNT] = {
    "NONE",      "COUNTRY",  "PLACE",      "ORG",         "EVENT",
    "INSTRUMENT", "PROVISION", "DOCSYMBOL", "RESOLUTION", "AGENDA_ITEM",
    "DATE",      "MONEY",    "QUANTITY",   "URL",         "PERSON"};

const char *
pt_label_name(pt_label label)
{
    return (unsigned)label < PT_LABEL_COUNT ? label_names[label] : "UNKNOWN";
}

static pt_status
add_entry(pt_names *nm, pt_label label, const char *value, size_t vlen,
          uint32_t source, uint32_t *id)
{
    entry e = {(uint8_t)label, 0, source};
    pt_status rc = pt__buf_add_str(&nm->strings, &nm->alloc, value, vlen, &e.value);
    if (rc != PT_OK)
        return rc;
    *id = (uint32_t)nm->entries.n;
    return pt__vec_push(&nm->entries, &nm->alloc, &e);
}

/* Normalise a name and add it; `scratch` is reused. */
static pt_status
add_plain(pt_names *nm, const char *s, size_t n, uint32_t id, uint32_t langs,
          pt_buf *scratch)
{
    pt_status rc = normalise(s, n, &nm->alloc, scratch);
    if (rc == PT_OK && scratch->len)
        rc = insert(nm, scratch->ptr, scratch->len, id, langs);
    return rc;
}

static const char *const lang_codes[] = {"zh", "en", "fr", "es", "ru", "ar"};
#define LANG_RU (1u << 4)

/* ---- Russian case forms ------------------------------------------------- */

/* Russian names decline: "Российская Федерация" is "Российской Федерации"
 * after "в", "Соединенные Штаты" "Соединенных Штатов".  For each oblique
 * case (genitive, dative, accusative, instrumental, prepositional) the
 * adjectives before the head noun and the head noun take that case's
 * ending; words after the head ("Америки", "Иран") stay as they are.
 * Endings are by the nominative's ending, the regular paradigms only. */
typedef struct ending {
    const char *nom;
    bool adjective;
    const char *obl[5]; /* gen, dat, acc, ins, pre */
} ending;

static const ending ru_endings[] = {
    /* nominative   adjective   genitive, dative, accusative, instrumental,
     *                          prepositional */
    {"ая", true,  {"ой", "ой", "ую", "ой", "ой"}},
    {"яя", true,  {"ей", "ей", "юю", "ей", "ей"}},
    {"ое", true,  {"ого", "ому", "ое", "ым", "ом"}},
    {"ый", true,  {"ого", "ому", "ый", "ым", "ом"}},
    {"ые", true,  {"ых", "ым", "ые", "ыми", "ых"}},
    /* neuter nouns of action before the plural adjectives' -ие
     * (Отделение, Управление, Собрание, Развитие); no adjective ends so,
     * soft ones end in -нние, -дние (внутренние, последние) */
    {"ение", false, {"ения", "ению", "ение", "ением", "ении"}},
    {"ание", false, {"ания", "анию", "ание", "анием", "ании"}},
    {"тие", false, {"тия", "тию", "тие", "тием", "тии"}},
    {"ие", true,  {"их", "им", "ие", "ими", "их"}},
    {"ия", false, {"ии", "ии", "ию", "ией", "ии"}},
    {"ея", false, {"еи", "ее", "ею", "еей", "ее"}},
    {"ка", false, {"ки", "ке", "ку", "кой", "ке"}},
    {"га", false, {"ги", "ге", "гу", "гой", "ге"}},
    {"а",  false, {"ы", "е", "у", "ой", "е"}},
    {"я",  false, {"и", "е", "ю", "ей", "е"}},
    {"о",  false, {"а", "у", "о", "ом", "е"}},
    {"ы",  false, {"ов", "ам", "ы", "ами", "ах"}},
    {"ь",  false, {"я", "ю", "ь", "ем", "е"}},
    {"й",  false, {"я", "ю", "й", "ем", "е"}},
};

/* Adjectives after к, г, х (Технический, Донецкий): the hard endings,
 * spelt и.  Only before another word: a name that ends so ends in a noun
 * (Маврикий: Маврикия, Маврикием). */
static const ending ru_velar_adjectives[] = {
    {"кий", true, {"кого", "кому", "кий", "ким", "ком"}},
    {"гий", true, {"гого", "гому", "гий", "гим", "гом"}},
    {"хий", true, {"хого", "хому", "хий", "хим", "хом"}},
};

/* Does w[0, n) end in a Cyrillic lower-case consonant? */
static bool
is_cyrillic_consonant(const char *w, size_t n)
{
    if (n < 2 || ((unsigned char)w[n - 2] & 0xE0) != 0xC0)
        return false;
    uint32_t c = ((uint32_t)((unsigned char)w[n - 2] & 0x1F) << 6) |
                 ((unsigned char)w[n - 1] & 0x3F);
    static const uint32_t not_consonants[] = {0x430, 0x435, 0x438, 0x439, 0x43E,
                                              0x443, 0x44A, 0x44B, 0x44C, 0x44D,
                                              0x44E, 0x44F};
    if (c < 0x430 || c > 0x44F)
        return false;
    for (size_t k = 0; k < sizeof not_consonants / sizeof *not_consonants; k++)
        if (c == not_consonants[k])
            return false;
    return true;
}

/* The ending of endings[0, count) that w[0, n) ends in, or NULL. */
static const ending *
ending_of(const ending *endings, size_t count, const char *w, size_t n)
{
    for (size_t k = 0; k < count; k++) {
        size_t e = strlen(endings[k].nom);
        if (n > e + 2 && memcmp(w + n - e, endings[k].nom, e) == 0)
            return &endings[k];
    }
    return NULL;
}

/* The oblique form `c` of word w[0, n), the name's last word if `last`,
 * into out; returns whether the word declines, and whether it was an
 * adjective in *adjective. */
static bool
decline(const char *w, size_t n, bool last, int c, pt_buf *out,
        const pt_alloc *a, bool *adjective)
{
    const ending *end =
        last ? NULL
             : ending_of(ru_velar_adjectives,
                         sizeof ru_velar_adjectives / sizeof *ru_velar_adjectives,
                         w, n);
    if (end == NULL)
        end = ending_of(ru_endings, sizeof ru_endings / sizeof *ru_endings, w, n);
    if (end != NULL) {
        size_t e = strlen(end->nom);
        *adjective = end->adjective;
        return pt__buf_append(out, a, w, n - e) == PT_OK &&
               pt__buf_append(out, a, end->obl[c], strlen(end->obl[c])) == PT_OK;
    }
    if (is_cyrillic_consonant(w, n) && n >= 6) { /* Ирак: Ирака, Ираку... */
        static const char *const hard[] = {"а", "у", "", "ом", "е"};
        *adjective = false;
        return pt__buf_append(out, a, w, n) == PT_OK &&
               pt__buf_append(out, a, hard[c], strlen(hard[c])) == PT_OK;
    }
    return false;
}

/* Add the oblique case forms of a Russian name. */
static pt_status add_plain(pt_names *nm, const char *s, size_t n, uint32_t id,
                           uint32_t langs, pt_buf *scratch);

static pt_status
add_russian_forms(pt_names *nm, const char *s, size_t n, uint32_t id,
                  pt_buf *scratch)
{
    pt_status rc = PT_OK;
    pt_buf form = {NULL, 0, 0};
    /* a second pass where "и" joins a second name (both) declines that
     * name too; the first keeps it as written (Тринидада и Тобаго) */
    bool joined = false;
    for (int pass = 0; pass < 10 && (pass < 5 || joined); pass++) {
        int c = pass % 5;
        bool changed = false, head_done = false;
        form.len = 0;
        for (size_t i = 0; i < n;) {
            size_t w = i;
            while (i < n && s[i] != ' ')
                i++;
            bool adjective = false;
            size_t before = form.len;
            size_t k;
            if (!head_done && decline(s + w, i - w, i >= n, c, &form,
                                      &nm->alloc, &adjective)) {
                changed = true;
                head_done = !adjective; /* after the head noun, no more */
            } else {
                form.len = before;
                PT_CHECK(pt__buf_append(&form, &nm->alloc, s + w, i - w));
                head_done = head_done || (i - w > 2); /* an indeclinable head */
                /* "и" before a capital joins a second name, which declines
                 * too ("Пекинской декларации и Платформы действий") */
                if (i - w == 2 && memcmp(s + w, "и", 2) == 0 && i + 1 < n &&
                    pt__is_upper(pt__decode(s, n, i + 1, &k))) {
                    joined = true;
                    head_done = head_done && pass < 5;
                }
            }
            for (; i < n && s[i] == ' '; i++)
                PT_CHECK(pt__buf_append(&form, &nm->alloc, " ", 1));
        }
        if (changed)
            PT_CHECK(add_plain(nm, form.ptr, form.len, id, LANG_RU, scratch));
    }
done:
    pt__buf_free(&form, &nm->alloc);
    return rc;
}

/* The bit of one of the six languages, 0 for another. */
static uint32_t
known_lang_bit(const char *lang, size_t n)
{
    for (size_t k = 0; k < sizeof lang_codes / sizeof *lang_codes; k++)
        if (strlen(lang_codes[k]) == n && memcmp(lang_codes[k], lang, n) == 0)
            return 1u << k;
    return 0;
}

uint32_t
pt__lang_bit(const char *lang, size_t n)
{
    uint32_t bit = known_lang_bit(lang, n);
    return bit ? bit : PT_ALL_LANGS; /* "und" or forced "xx": any text */
}

/* A gazetteer line's language: one of the six, or "*" or "und" for every
 * language's texts; 0 for anything else ("EN", "xx"), which is a mistake
 * (a name matches its own language's texts only) and not "any". */
static uint32_t
gazetteer_lang(const char *lang, size_t n)
{
    if ((n == 1 && lang[0] == '*') || (n == 3 && memcmp(lang, "und", 3) == 0))
        return PT_ALL_LANGS;
    return known_lang_bit(lang, n);
}

/* ---- French and Spanish coordinated titles ------------------------------ */

/* French and Spanish repeat the article, or the preposition and article,
 * before the second noun of a name that joins two ("la Déclaration et le
 * Programme d'action de ...", "de la Declaración y de la Plataforma de
 * ..."), where a list writes the name without ("Déclaration et Programme
 * d'action de ...").  What may follow the conjunction, by language. */
static const struct {
    uint32_t lang;
    const char *conjunction;
    const char *articles[6];
} coordinations[] = {
    {PT_LANG_FR, " et ", {"le ", "la ", "l'", "du ", "de la ", "de l'"}},
    {PT_LANG_ES, " y ", {"el ", "la ", "del ", "de la ", "al ", "a la "}},
};

/* Add the forms of a French or Spanish name with the article repeated
 * after its first conjunction, where a capitalised word follows it. */
static pt_status
add_coordinated_forms(pt_names *nm, const char *s, size_t n, uint32_t id,
                      uint32_t langs, pt_buf *scratch)
{
    pt_status rc = PT_OK;
    pt_buf form = {NULL, 0, 0};
    for (size_t k = 0; k < sizeof coordinations / sizeof *coordinations; k++) {
        if (coordinations[k].lang != langs)
            continue;
        const char *cj = coordinations[k].conjunction;
        size_t cn = strlen(cj), at = 0;
        while (at + cn < n && memcmp(s + at, cj, cn) != 0)
            at++;
        if (at + cn >= n || !(s[at + cn] >= 'A' && s[at + cn] <= 'Z'))
            continue; /* no conjunction before a capital */
        for (size_t a = 0; a < 6; a++) {
            const char *art = coordinations[k].articles[a];
            form.len = 0;
            PT_CHECK(pt__buf_append(&form, &nm->alloc, s, at + cn));
            PT_CHECK(pt__buf_append(&form, &nm->alloc, art, strlen(art)));
            PT_CHECK(pt__buf_append(&form, &nm->alloc, s + at + cn, n - at - cn));
            PT_CHECK(add_plain(nm, form.ptr, form.len, id, langs, scratch));
        }
    }
done:
    pt__buf_free(&form, &nm->alloc);
    return rc;
}

/* French joins the capitalised parts of a compound name with a hyphen
 * ("Moyen-Orient", "États-Unis", "Asie-Pacifique"), which PDF extractors
 * drop where the line broke at it ("MoyenOrient"): add the name so
 * written too, where a hyphen stands between a small letter and a
 * capital. */
static pt_status
add_unhyphenated_form(pt_names *nm, const char *s, size_t n, uint32_t id,
                      uint32_t langs, pt_buf *scratch)
{
    pt_status rc = PT_OK;
    pt_buf form = {NULL, 0, 0};
    size_t k = 1;
    while (k + 1 < n && !(s[k] == '-' && s[k - 1] >= 'a' && s[k - 1] <= 'z' &&
                          s[k + 1] >= 'A' && s[k + 1] <= 'Z'))
        k++;
    if (k + 1 >= n)
        return PT_OK;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' && i > 0 && i + 1 < n && s[i - 1] >= 'a' &&
            s[i - 1] <= 'z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
            continue;
        PT_CHECK(pt__buf_append(&form, &nm->alloc, s + i, 1));
    }
    rc = add_plain(nm, form.ptr, form.len, id, langs, scratch);
done:
    pt__buf_free(&form, &nm->alloc);
    return rc;
}

/* Add a name, and in Russian its case forms too, in French and Spanish
 * its forms with a repeated article, in French its form without the
 * hyphen a line break took. */
static pt_status
add_name(pt_names *nm, const char *s, size_t n, uint32_t id, uint32_t langs,
         pt_buf *scratch)
{
    pt_status rc = add_plain(nm, s, n, id, langs, scratch);
    if (rc == PT_OK && langs == LANG_RU)
        rc = add_russian_forms(nm, s, n, id, scratch);
    if (rc == PT_OK && (langs == PT_LANG_FR || langs == PT_LANG_ES))
        rc = add_coordinated_forms(nm, s, n, id, langs, scratch);
    if (rc == PT_OK && langs == PT_LANG_FR)
        rc = add_unhyphenated_form(nm, s, n, id, langs, scratch);
    return rc;
}

/* A bad gazetteer line: `pos` is the byte offset of its start in the
 * gazetteer's text, `line` its 1-based number. */
static pt_status
tsv_error(pt_error *err, const pt_gazetteer *g, size_t pos, size_t line,
          const char *what)
{
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s:%zu: %s", g->name ? g->name : "gazetteer",
             line, what);
    pt_status rc = pt__fail(err, PT_E_ARG, pos, msg);
    if (err != NULL)
        err->line = line;
    return rc;
}

static pt_status
load_gazetteer(pt_names *nm, const pt_gazetteer *g, pt_buf *scratch,
               pt_error *err)
{
    pt_status rc = PT_OK;
    const char *s = g->text;
    size_t len = g->len, lineno = 0, bad;
    uint32_t source;
    size_t valid = pt__utf8_valid_prefix(s, len, &bad);
    if (valid != len) {
        size_t line = 1;
        for (size_t k = 0; k < valid; k++)
            line += s[k] == '\n';
        return tsv_error(err, g, valid, line, "not valid UTF-8");
    }
    char name[96];
    snprintf(name, sizeof name, "gazetteer:%s", g->name ? g->name : "extra");
    PT_CHECK(pt__buf_add_str(&nm->strings, &nm->alloc, name, strlen(name), &source));
    size_t i = 0, nentries = 0;
    if (len >= 3 && memcmp(s, "\uFEFF", 3) == 0) /* an editor's byte order mark */
        i = 3;
    while (i < len) {
        size_t e = i;
        while (e < len && s[e] != '\n')
            e++;
        size_t next = e + 1, end = e;
        lineno++;
        if (end > i && s[end - 1] == '\r')
            end--;
        if (end == i || s[i] == '#') {
            i = next;
            continue;
        }
        /* fields: label, value, lang, names... */
        const char *f[4];
        size_t fl[4], nf = 0, k = i;
        while (nf < 3) {
            size_t t = k;
            while (t < end && s[t] != '\t')
                t++;
            f[nf] = s + k;
            fl[nf++] = t - k;
            if (t >= end)
                break;
            k = t + 1;
        }
        if (nf < 3 || k >= end)
            return tsv_error(err, g, i, lineno,
                             "expected LABEL, value, lang and names, "
                             "separated by tabs");
        pt_label label = PT_LABEL_COUNT;
        for (int l = 0; l < PT_LABEL_COUNT; l++)
            if (strlen(label_names[l]) == fl[0] &&
                memcmp(label_names[l], f[0], fl[0]) == 0)
                label = (pt_label)l;
        if (!(label == PT_LABEL_NONE || label == PT_LABEL_COUNTRY ||
              label == PT_LABEL_PLACE || label == PT_LABEL_ORG ||
              label == PT_LABEL_EVENT || label == PT_LABEL_INSTRUMENT ||
              label == PT_LABEL_PERSON))
            return tsv_error(err, g, i, lineno,
                             "unknown label (COUNTRY, PLACE, ORG, EVENT, "
                             "INSTRUMENT, PERSON or NONE)");
        if (fl[1] == 0)
            return tsv_error(err, g, i, lineno, "empty value");
        if (fl[1] > PT_MAX_VALUE)
            return tsv_error(err, g, i, lineno, "value longer than "
                             PT_STR(PT_MAX_VALUE) " bytes");
        if (++nentries > PT_MAX_ENTRIES)
            return tsv_error(err, g, i, lineno, "more than "
                             PT_STR(PT_MAX_ENTRIES) " entries");
        uint32_t id, langs = gazetteer_lang(f[2], fl[2]);
        if (langs == 0)
            return tsv_error(err, g, i, lineno, "unknown language (zh, en, fr, "
                             "es, ru, ar, or * for every language)");
        PT_CHECK(add_entry(nm, label, f[1], fl[1], source, &id));
        while (k < end) {
            size_t t = k;
            while (t < end && s[t] != '\t')
                t++;
            if (t - k > PT_MAX_NAME)
                return tsv_error(err, g, i, lineno, "name longer than "
                                 PT_STR(PT_MAX_NAME) " bytes");
            PT_CHECK(add_name(nm, s + k, t - k, id, langs, scratch));
            k = t + 1;
        }
        i = next;
    }
done:
    return rc;
}

/* A region's name as ICU gives it, in one of the six languages. */
typedef struct {
    uint32_t id;
    int lang;
    int32_t len;
    char name[480];
} icu_region_name;

/* Where the name's closing qualifier in brackets begins ("Myanmar
 * (Birmanie)", "刚果（金）": at " (" or "（"), or 0 if it has none. */
static size_t
qualifier_start(const char *name, size_t n)
{
    if (n > 2 && name[n - 1] == ')') {
        const char *o = memchr(name, '(', n);
        return o && o > name + 1 && o[-1] == ' ' ? (size_t)(o - name) - 1 : 0;
    }
    if (n > 3 && memcmp(name + n - 3, "\xEF\xBC\x89", 3) == 0) { /* ） */
        for (size_t k = 0; k + 3 <= n - 3; k++)
            if (memcmp(name + k, "\xEF\xBC\x88", 3) == 0) /* （ */
                return k;
    }
    return 0;
}

/* Does another region's name in the language, or the unbracketed part of
 * another's, read s[0, n)?  Then the part before a qualifier is no name
 * of its own: "Saint-Martin (partie néerlandaise)" beside Saint-Martin,
 * "刚果（金）" beside "刚果（布）". */
static bool
named_otherwise(const icu_region_name *v, size_t count, const icu_region_name *self,
                const char *s, size_t n)
{
    for (size_t k = 0; k < count; k++) {
        if (v[k].lang != self->lang || v[k].id == self->id)
            continue;
        size_t q = qualifier_start(v[k].name, (size_t)v[k].len);
        size_t len = q ? q : (size_t)v[k].len;
        if ((len == n && memcmp(v[k].name, s, n) == 0) ||
            ((size_t)v[k].len == n && memcmp(v[k].name, s, n) == 0))
            return true;
    }
    return false;
}

/* Is s[0, n) the name of a region in the language ("China" of "RAE de
 * Hong Kong (China)", "США")? */
static bool
names_a_region(const icu_region_name *v, size_t count, int lang, const char *s,
               size_t n)
{
    for (size_t k = 0; k < count; k++)
        if (v[k].lang == lang && (size_t)v[k].len == n &&
            memcmp(v[k].name, s, n) == 0)
            return true;
    return false;
}

/* Region names from ICU, in the six UN languages, full and short.  A
 * name that ends in a qualifier in brackets gives the part before it too,
 * as reports write the State ("Myanmar (Burma)": Myanmar), unless that part
 * is another region's name or the bracket names a region ("Hong Kong
 * (China)"), and then it qualifies. */
static pt_status
load_icu_countries(pt_names *nm, pt_buf *scratch, pt_error *err)
{
    const char *const *langs = lang_codes;
    pt_status rc = PT_OK;
    uint32_t source;
    ULocaleDisplayNames *ldn[6] = {NULL};
    UErrorCode st = U_ZERO_ERROR;
    UDisplayContext shrt = UDISPCTX_LENGTH_SHORT;
    size_t count = 0, cap = 0;
    icu_region_name *names = NULL;
    PT_CHECK(pt__buf_add_str(&nm->strings, &nm->alloc, "icu:countries", 13, &source));
    for (const char *const *code = uloc_getISOCountries(); *code; code++)
        cap += 12; /* six languages, full and short */
    names = pt__malloc(&nm->alloc, cap * sizeof *names);
    if (names == NULL)
        return PT_E_NOMEM;
    for (int l = 0; l < 6; l++)
        ldn[l] = uldn_openForContext(langs[l], &shrt, 1, &st);
    if (U_FAILURE(st)) {
        rc = pt__fail(err, PT_E_ICU, 0, "ICU: cannot open display names");
        if (err)
            err->icu_status = st;
        goto done;
    }
    for (const char *const *code = uloc_getISOCountries(); *code; code++) {
        char loc[8];
        snprintf(loc, sizeof loc, "_%s", *code);
        const char *iso3 = uloc_getISO3Country(loc);
        if (iso3 == NULL || strlen(iso3) != 3)
            continue;
        uint32_t id;
        PT_CHECK(add_entry(nm, PT_LABEL_COUNTRY, iso3, 3, source, &id));
        for (int l = 0; l < 6; l++) {
            UChar u[2][160];
            int32_t ulen[2];
            st = U_ZERO_ERROR;
            ulen[0] = uloc_getDisplayCountry(loc, langs[l], u[0], 160, &st);
            if (U_FAILURE(st))
                ulen[0] = 0;
            st = U_ZERO_ERROR;
            ulen[1] = uldn_regionDisplayName(ldn[l], *code, u[1], 160, &st);
            if (U_FAILURE(st))
                ulen[1] = 0;
            for (int v = 0; v < 2 && count < cap; v++) {
                icu_region_name *r = &names[count];
                st = U_ZERO_ERROR;
                r->len = 0;
                u_strToUTF8(r->name, sizeof r->name, &r->len, u[v], ulen[v], &st);
                /* ICU answers the code itself when it has no name; two
                 * letters ("UK", "US") are too ambiguous to match */
                if (U_FAILURE(st) || r->len <= 2 || strcmp(r->name, *code) == 0)
                    continue;
                r->id = id;
                r->lang = l;
                count++;
            }
        }
    }
    for (size_t k = 0; k < count; k++) {
        const icu_region_name *r = &names[k];
        size_t n = (size_t)r->len, q = qualifier_start(r->name, n);
        PT_CHECK(add_name(nm, r->name, n, r->id, 1u << r->lang, scratch));
        if (q == 0 || named_otherwise(names, count, r, r->name, q))
            continue;
        /* the bracket's words: past " (" or "（", before ")" or "）" */
        size_t open = r->name[q] == ' ' ? q + 2 : q + 3;
        size_t close = r->name[n - 1] == ')' ? n - 1 : n - 3;
        if (!names_a_region(names, count, r->lang, r->name + open, close - open))
            PT_CHECK(add_name(nm, r->name, q, r->id, 1u << r->lang, scratch));
    }
done:
    for (int l = 0; l < 6; l++)
        if (ldn[l])
            uldn_close(ldn[l]);
    pt__free(&nm->alloc, names);
    return rc;
}

/* Aho-Corasick's fail and dict links, node by node in order of depth (a
 * node's fail link is shallower), so that matching reads each character
 * of a text once however long and alike the names are. */
static pt_status
link_failures(pt_names *nm)
{
    size_t n = nm->nodes.n, maxdepth = 0;
    node *nodes = nm->nodes.items;
    /* each node's parent and the character that leads to it, from the
     * edges; then the nodes sorted by depth */
    uint32_t *parent = pt__malloc(&nm->alloc, n * sizeof *parent);
    uint32_t *via = pt__malloc(&nm->alloc, n * sizeof *via);
    uint32_t *order = pt__malloc(&nm->alloc, n * sizeof *order);
    size_t *first = pt__malloc(&nm->alloc, (RING + 1) * sizeof *first);
    if (parent == NULL || via == NULL || order == NULL || first == NULL) {
        pt__free(&nm->alloc, parent);
        pt__free(&nm->alloc, via);
        pt__free(&nm->alloc, order);
        pt__free(&nm->alloc, first);
        return PT_E_NOMEM;
    }
    for (size_t k = 0; k <= nm->mask; k++) {
        if (nm->edges[k].key == 0)
            continue;
        uint64_t key = nm->edges[k].key - 1;
        uint32_t child = node_of(nm->edges[k].child);
        parent[child] = (uint32_t)(key >> 21);
        via[child] = (uint32_t)(key & 0x1FFFFF);
    }
    memset(first, 0, (RING + 1) * sizeof *first);
    for (size_t v = 0; v < n; v++) {
        first[nodes[v].depth + 1]++;
        maxdepth = nodes[v].depth > maxdepth ? nodes[v].depth : maxdepth;
    }
    for (size_t d = 1; d <= maxdepth + 1; d++)
        first[d] += first[d - 1];
    for (size_t v = 0; v < n; v++)
        order[first[nodes[v].depth]++] = (uint32_t)v;
    for (size_t k = 1; k < n; k++) { /* order[0] is the root */
        uint32_t v = order[k], p = parent[v], f = 0;
        if (p != 0) {
            for (f = nodes[p].fail;; f = nodes[f].fail) {
                uint32_t x = goto_find(nm, f, via[v]);
                if (x != PT_NONE) {
                    f = node_of(x);
                    break;
                }
                if (f == 0)
                    break;
            }
        }
        nodes[v].fail = f;
        nodes[v].dict = nodes[f].out != PT_NONE ? f : nodes[f].dict;
    }
    pt__free(&nm->alloc, parent);
    pt__free(&nm->alloc, via);
    pt__free(&nm->alloc, order);
    pt__free(&nm->alloc, first);
    return PT_OK;
}

pt_status
pt__names_new(const pt_alloc *a, const pt_tagger_options *opt, pt_names **out,
              pt_error *err)
{
    pt_status rc = PT_OK;
    *out = NULL;
    pt_names *nm = pt__malloc(a, sizeof *nm);
    if (nm == NULL)
        return PT_E_NOMEM;
    memset(nm, 0, sizeof *nm);
    nm->alloc = *a;
    pt_vec entries = PT_VEC_INIT(entry), nodes = PT_VEC_INIT(node),
           outs = PT_VEC_INIT(outlink);
    nm->entries = entries;
    nm->outs = outs;
    nm->nodes = nodes;
    pt_buf scratch = {NULL, 0, 0};
    uint32_t root;
    nm->first_step = pt__malloc(a, BMP * sizeof *nm->first_step);
    if (nm->first_step == NULL) {
        rc = PT_E_NOMEM;
        goto done;
    }
    memset(nm->first_step, 0, BMP * sizeof *nm->first_step);
    nm->pairs = pt__malloc(a, (1u << PAIR_BITS_LOG2) / 8);
    if (nm->pairs == NULL) {
        rc = PT_E_NOMEM;
        goto done;
    }
    memset(nm->pairs, 0, (1u << PAIR_BITS_LOG2) / 8);
    PT_CHECK(new_node(nm, 0, &root));
    PT_CHECK(goto_grow(nm));
    for (size_t g = 0; opt && g < opt->ngazetteers; g++)
        PT_CHECK(load_gazetteer(nm, &opt->gazetteers[g], &scratch, err));
    if (!(opt && (opt->flags & PT_TAGGER_NO_ICU_COUNTRIES)))
        PT_CHECK(load_icu_countries(nm, &scratch, err));
    PT_CHECK(link_failures(nm));
done:
    pt__buf_free(&scratch, &nm->alloc);
    if (rc != PT_OK) {
        pt__names_free(nm);
        return rc;
    }
    *out = nm;
    return PT_OK;
}

void
pt__names_free(pt_names *nm)
{
    if (nm == NULL)
        return;
    pt_alloc a = nm->alloc;
    pt__buf_free(&nm->strings, &a);
    pt__vec_free(&nm->entries, &a);
    pt__vec_free(&nm->outs, &a);
    pt__vec_free(&nm->nodes, &a);
    pt__free(&a, nm->first_step);
    pt__free(&a, nm->pairs);
    pt__free(&a, nm->edges);
    pt__free(&a, nm->first_words);
    pt__free(&a, nm);
}

size_t
pt__names_count(const pt_names *nm)
{
    return nm->patterns;
}

/* ---- matching ----------------------------------------------------------- */

static bool
is_word(uint32_t c)
{
    return c <= 0x64A && /* most of all, CJK is not */
           (pt__is_latin_letter(c) || pt__is_ascii_digit(c) ||
            (c >= 0x370 && c <= 0x52F) || c >= 0x620);
}

static bool
is_arabic_letter(uint32_t c)
{
    return c >= 0x620 && c <= 0x64A;
}

/* Do a digit and an Arabic letter meet, in either order?  The extractor
 * loses the space between an Arabic word and a number ("2030وأهداف"),
 * and the two never make one word. */
static bool
digit_meets_arabic(uint32_t a, uint32_t b)
{
    return (pt__digit_value(a) >= 0 && is_arabic_letter(b)) ||
           (is_arabic_letter(a) && pt__digit_value(b) >= 0);
}

/* May a match start at byte k, at the character `first`?  The character
 * before it is read in the text itself: white space, which normalising
 * drops or turns into a space, is no letter either way. */
static bool
starts_word(const char *s, size_t k, uint32_t first)
{
    size_t n;
    if (k == 0 || !is_word(first))
        return true;
    size_t p = pt__prev(s, k);
    uint32_t c = pt__decode(s, k, p, &n);
    if (!is_word(c) || digit_meets_arabic(c, first))
        return true;
    /* an Arabic clitic letter (و ف ب ل ك) standing alone before the name */
    if (is_arabic_letter(first) &&
        (c == 0x648 || c == 0x641 || c == 0x628 || c == 0x644 || c == 0x643))
        return p == 0 || !is_word(pt__decode(s, p, pt__prev(s, p), &n));
    return false;
}

/* The text as normalise() would write it, read one character at a time
 * from a character that is not white space.  A walk through the trie
 * reads only the few characters after where it begins, so the block is
 * never copied. */
typedef struct norm_reader {
    const char *s;
    size_t len;
    size_t i;      /* the next byte of s */
    bool last_cjk; /* was the character before i wide? */
    size_t at;     /* where the last character read begins */
} norm_reader;

/* The next character normalised into out, after a space when white space
 * before it gives one; returns how many characters, 0 at the end. */
static size_t
read_normalised(norm_reader *r, uint32_t out[2])
{
    size_t n, k = 0;
    bool space = false;
    uint32_t c;
    if (r->i >= r->len)
        return 0;
    const unsigned char *u = (const unsigned char *)r->s + r->i;
    if (u[0] > ' ' && u[0] < 0x80) { /* most of a Latin text: as it is */
        out[0] = u[0];
        r->at = r->i++;
        r->last_cjk = false;
        return 1;
    }
    if (pt__is_han_lead(u[0]) && r->i + 3 <= r->len) {
        /* most of a Chinese text: U+5000-U+9FFF, Han, nothing to fold */
        out[0] = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
                 (u[2] & 0x3F);
        r->at = r->i;
        r->i += 3;
        r->last_cjk = true;
        return 1;
    }
    for (;;) {
        if (r->i >= r->len)
            return 0;
        c = pt__decode(r->s, r->len, r->i, &n);
        if (!pt__is_space(c))
            break;
        space = true;
        r->i += n;
    }
    bool cjk = c >= 0x3000 && pt__is_cjk(c);
    if (space && !cjk && !r->last_cjk)
        out[k++] = ' ';
    out[k++] = fold(c);
    r->at = r->i;
    r->i += n;
    r->last_cjk = cjk;
    return k;
}

/* Add the name s[b, e), whose node is x, if its language and its end
 * fit: it may not stop inside a word. */
static pt_status
match(const pt_names *nm, pt_scan *sc, size_t b, size_t e, const node *x)
{
    size_t n;
    assert(b < e && e <= sc->n && x->out != PT_NONE);
    if (!(x->langs & sc->langs))
        return PT_OK; /* a name of another language's texts */
    uint32_t last = pt__decode(sc->t, sc->n, pt__prev(sc->t, e), &n);
    uint32_t next = e < sc->n ? pt__decode(sc->t, sc->n, e, &n) : 0;
    if (is_word(last) && is_word(next) && !digit_meets_arabic(last, next))
        return PT_OK;
    const outlink *o = &PT_VEC_AT(nm->outs, outlink, x->out);
    while (!(o->langs & sc->langs)) /* x->langs holds one that does */
        o = &PT_VEC_AT(nm->outs, outlink, o->next);
    const entry *en = &((const entry *)nm->entries.items)[o->entry];
    const char *value = nm->strings.ptr + en->value;
    return pt__cand_add_name(sc, b, e, (pt_label)en->label,
                             nm->strings.ptr + en->source, value,
                             strlen(value));
}

/* The names that end at the walk's character number `count`, which ends
 * at byte e: the node reached (ref) and those its dict links lead to.  A
 * name that begins where the walk did was checked there; one that begins
 * later must begin a word too. */
static pt_status
match_suffixes(const pt_names *nm, pt_scan *sc, uint32_t ref,
               const size_t *starts, size_t count, size_t e)
{
    const node *nodes = nm->nodes.items;
    size_t n;
    for (uint32_t x = (ref & HAS_OUT) ? node_of(ref) : nodes[node_of(ref)].dict;
         x != 0; x = nodes[x].dict) {
        assert(nodes[x].depth <= count && nodes[x].depth < RING);
        size_t chars = count - nodes[x].depth, b = starts[chars % RING];
        if (chars == 0 || starts_word(sc->t, b, pt__decode(sc->t, sc->n, b, &n))) {
            pt_status rc = match(nm, sc, b, e, &nodes[x]);
            if (rc != PT_OK)
                return rc;
        }
    }
    return PT_OK;
}

/* Every name from byte b on, where the character `first` (n bytes, c as
 * written) leads to node `at`: an Aho-Corasick walk that reads each
 * character once and follows fail links when a name stops matching, until
 * no name is under way.  Returns the byte from which no name that began
 * at or after b is under way. */
static pt_status
walk(const pt_names *nm, pt_scan *sc, size_t b, size_t n, uint32_t c,
     uint32_t first, uint32_t at, size_t *resume)
{
    const node *nodes = nm->nodes.items;
    size_t starts[RING]; /* where the walk's characters begin, by number */
    /* the first character stands for as many of the trie's as `at` is
     * deep: one, or two where لِـ fused with the article stands for "ال" */
    size_t count = nodes[node_of(at)].depth, e = b + n;
    for (size_t k = 0; k < count; k++)
        starts[k] = b;
    norm_reader r = {sc->t, sc->n, e, c >= 0x3000 && pt__is_cjk(c), b};
    for (;;) {
        pt_status rc = match_suffixes(nm, sc, at, starts, count, e);
        if (rc != PT_OK)
            return rc;
        uint32_t next[2];
        size_t before = r.i, k = read_normalised(&r, next);
        /* most walks end at the second character: the filter, not the trie */
        if (k == 0 || (count == 1 && !may_begin_name(nm->pairs, first, next[0]))) {
            *resume = before;
            return PT_OK;
        }
        for (size_t j = 0; j < k; j++) {
            uint32_t v = node_of(at), x;
            while ((x = goto_find(nm, v, next[j])) == PT_NONE && v != 0)
                v = nodes[v].fail;
            /* back at the root: no name under way, or only one that begins
             * at this character, which the caller reads afresh: it knows
             * where a name may begin, and reads لِـ fused with the article
             * (a walk carried through "السبعين للجمعية" missed الجمعية) */
            if (x == PT_NONE || v == 0) {
                *resume = before;
                return PT_OK;
            }
            at = x;
            /* a space stands for the white space before the character */
            starts[count++ % RING] = j + 1 < k ? before : r.at;
        }
        e = r.i;
    }
}

/* ... and the names whose article comes before a lam (اللجنة): لِـ
 * before them drops the article's alef and its lam too, "للجنة" for ل +
 * اللجنة, so the first ل at b stands for "ال" and the second is the
 * name's own. */
static pt_status
walk_fused_before_lam(const pt_names *nm, pt_scan *sc, size_t b, uint32_t c,
                      uint32_t alef)
{
    uint32_t al = goto_find(nm, node_of(alef), 0x644);
    size_t fused_end;
    return al == PT_NONE ? PT_OK : walk(nm, sc, b, 2, c, 0x627, al, &fused_end);
}

/* Where لِـ has fused with the article and dropped its alef at t[b] (a
 * ل; للأمم المتحدة is ل + الأمم المتحدة, the whole word the span): the
 * names that begin with an alef, read from the second ل. */
static pt_status
fused_walks(const pt_names *nm, pt_scan *sc, size_t b)
{
    const char *s = sc->t;
    uint32_t alef;
    if (!(b + 4 <= sc->n && (unsigned char)s[b + 2] == 0xD9 &&
          (unsigned char)s[b + 3] == 0x84 &&
          (alef = goto_find(nm, 0, 0x627)) != PT_NONE))
        return PT_OK;
    size_t fused_end;
    pt_status rc = walk(nm, sc, b, 2, 0x644, 0x627, alef, &fused_end);
    return rc == PT_OK ? walk_fused_before_lam(nm, sc, b, 0x644, alef) : rc;
}

static pt_status
find_names(const pt_names *nm, pt_scan *sc)
{
    const char *s = sc->t;
    const size_t len = sc->n;
    size_t n;
    for (size_t b = 0; b < len; b += n) {
        unsigned char u = (unsigned char)s[b];
        uint32_t c = u, at = 0;
        n = 1;
        if (pt__is_ascii_alnum(u)) {
            /* no name begins inside a word, and one that begins a word
             * of ASCII letters and digits begins with that whole word
             * (or it would end inside a word) */
            uint64_t h;
            if ((b > 0 && pt__is_ascii_alnum(s[b - 1])) ||
                nm->first_step[u] == 0) {
                n = ascii_word_end(s, len, b) - b;
                continue;
            }
            size_t e = ascii_word_hash(s, len, b, &h);
            if (!is_first_word(nm, h)) {
                n = e - b;
                continue;
            }
        } else if (u >= 0x80) {
            c = pt__decode(s, len, b, &n);
        }
        uint32_t first = u < 0x80 ? c : fold(c);
        if (first < BMP) {
            if (!(nm->begins[first >> 6] >> (first & 63) & 1))
                continue;
            at = nm->first_step[first];
        } else if (!nm->astral_starts ||
                   (at = goto_find(nm, 0, first)) == PT_NONE) {
            continue;
        }
        if (!starts_word(s, b, c))
            continue;
        size_t resume;
        pt_status rc = walk(nm, sc, b, n, c, first, at, &resume);
        if (rc == PT_OK && c == 0x644)
            rc = fused_walks(nm, sc, b);
        /* the walk read up to there: never back; but a word it read
         * through that begins with لِـ fused with the article is read so
         * too (a walk carried through "فريدا للأمم" by a name "دا لات"
         * missed الأمم المتحدة) */
        for (size_t p = b + n; rc == PT_OK && p < resume; p++)
            if ((unsigned char)s[p] == 0xD9 &&
                (unsigned char)s[p + 1] == 0x84 && starts_word(s, p, 0x644))
                rc = fused_walks(nm, sc, p);
        if (rc != PT_OK)
            return rc;
        n = resume - b;
    }
    return PT_OK;
}

/* ---- acronyms ---------------------------------------------------------- */

/* "(StAR)", "（GIZ）", " (ACT-NET)" right after t[e], or after the 》 that
 * closes a title: the acronym's span; with two capitals or more where
 * `capitals` says so (after a place, "(Orientale)" is its province). */
static bool
acronym_after(const pt_scan *sc, size_t e, bool capitals, size_t *ab,
              size_t *ae)
{
    const char *t = sc->t;
    size_t k = e;
    if (k + 3 <= sc->n && memcmp(t + k, "》", 3) == 0)
        k += 3;
    if (k < sc->n && t[k] == ' ')
        k++;
    size_t close;
    if (k < sc->n && t[k] == '(')
        k++, close = 1;
    else if (k + 3 <= sc->n && memcmp(t + k, "（", 3) == 0)
        k += 3, close = 3;
    else
        return false;
    size_t b = k, upper = 0, letters = 0, n;
    uint32_t c; /* Latin or Russian letters: "(UNMIL)", "(ОДКБ)" */
    while (k < sc->n && letters < 16 &&
           (pt__is_ascii_alnum((unsigned char)t[k]) || t[k] == '-' || t[k] == '&' ||
            pt__is_cyrillic_letter(pt__decode(t, sc->n, k, &n)))) {
        c = pt__decode(t, sc->n, k, &n);
        upper += pt__is_acronym_capital(c);
        letters++;
        k += n;
    }
    if (letters < 2 || upper < (capitals ? 2u : 1u) ||
        !pt__is_acronym_capital(pt__decode(t, sc->n, b, &n)))
        return false;
    if (!(close == 1 ? (k < sc->n && t[k] == ')')
                     : (k + 3 <= sc->n &&
                        memcmp(t + k, "）", 3) == 0)))
        return false;
    *ab = b;
    *ae = k;
    return true;
}

/* Names that an acronym may stand for. */
static bool
is_name_label(uint8_t label)
{
    return label == PT_LABEL_ORG || label == PT_LABEL_COUNTRY ||
           label == PT_LABEL_PLACE || label == PT_LABEL_EVENT ||
           label == PT_LABEL_INSTRUMENT;
}

/* Does the acronym t[ab, ae) fit the name c?  A place's or a State's
 * acronym is the initials of its name's words, its short words in lower
 * case skipped or not ("Democratic Republic of the Congo (DRC)",
 * "République démocratique du Congo (RDC)"), so that the acronym of a
 * longer name that ends in a place ("... in the Arab Region (RICCAR)",
 * "... du Congo (CODECO)") is not the place's; a body's may come from
 * another language (MINUSMA), and is not checked. */
static bool
acronym_fits(const pt_scan *sc, const pt_cand *c, size_t ab, size_t ae)
{
    if (c->label != PT_LABEL_PLACE && c->label != PT_LABEL_COUNTRY)
        return true;
    const char *t = sc->t;
    size_t k = ab, w = c->start;
    while (w < c->end) {
        size_t x = w;
        while (x < c->end && t[x] != ' ' && t[x] != '-')
            x++;
        while (k < ae && !(t[k] >= 'A' && t[k] <= 'Z'))
            k++; /* "BiH": its capitals */
        unsigned char first = (unsigned char)t[w];
        bool short_lower = first >= 'a' && first <= 'z' && x - w <= 3;
        if (k < ae && (first >= 0x80 || (first | 0x20) == (t[k] | 0x20)))
            k++; /* an accented initial is taken as the letter */
        else if (!short_lower)
            return false;
        w = x + (x < c->end);
    }
    while (k < ae && !(t[k] >= 'A' && t[k] <= 'Z'))
        k++;
    return k == ae;
}

/* A name followed by an acronym: where it ends and begins, and which
 * candidate it is. */
typedef struct named_end {
    uint32_t end, start, index;
} named_end;

static int
by_end_then_start(const void *pa, const void *pb)
{
    const named_end *a = pa, *b = pb;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

pt_status
pt__acronyms_scan(pt_scan *sc)
{
    pt_status rc = PT_OK;
    pt_vec named = PT_VEC_INIT(named_end);
    size_t ab, ae;
    for (size_t i = 0; i < sc->cands.n; i++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, i);
        named_end x = {c->end, c->start, (uint32_t)i};
        if (is_name_label(c->label) &&
            acronym_after(sc, c->end, c->label == PT_LABEL_PLACE, &ab, &ae) &&
            acronym_fits(sc, c, ab, ae))
            PT_CHECK(pt__vec_push(&named, sc->a, &x));
    }
    /* the longest name that ends before each acronym, the first found
     * among equals */
    if (named.n > 1)
        qsort(named.items, named.n, sizeof(named_end), by_end_then_start);
    for (size_t k = 0; k < named.n; k++) {
        const named_end *x = &PT_VEC_AT(named, named_end, k);
        if (k > 0 && PT_VEC_AT(named, named_end, k - 1).end == x->end)
            continue;
        pt_cand c = PT_VEC_AT(sc->cands, pt_cand, x->index);
        acronym_after(sc, c.end, c.label == PT_LABEL_PLACE, &ab, &ae);
        PT_CHECK(pt__cand_add_value_of(sc, ab, ae, (pt_label)c.label,
                                       PT_REC_ACRONYM, x->index));
    }
done:
    pt__vec_free(&named, sc->a);
    return rc;
}

/* ---- "of the United Nations" after a name ------------------------------ */

/* French, Spanish, Russian and Arabic put "of the United Nations" after the
 * name of a body, event or instrument where English puts "United Nations"
 * before it ("Conseil de sécurité des Nations Unies", "Генеральной
 * Ассамблеи ООН", "مجلس الأمن التابع للأمم المتحدة"), and English reads
 * "United Nations Security Council" as the one name: so does the name
 * with its genitive.  What joins the two, by language; the name of the
 * United Nations is the gazetteer's own, found in the text. */
typedef struct lang_words {
    uint32_t lang;
    const char *words;
} lang_words;

/* between the name and "United Nations" */
static const lang_words un_joints[] = {
    {PT_LANG_FR, " des "},     {PT_LANG_FR, " de l'"},
    {PT_LANG_FR, " de l’"},    {PT_LANG_ES, " de las "},
    {PT_LANG_ES, " de la "},   {PT_LANG_RU, " "},
    {PT_LANG_AR, " "}, /* "للأمم": "of" is the name's clitic */
    {PT_LANG_AR, " التابع "},  {PT_LANG_AR, " التابعة "},
};

/* The longest name that ends where one of the language's joints before
 * cands[u] begins: its index, or `u` when there is none.  Names are in
 * order of start, and none is longer than `longest` bytes. */
static size_t
name_before_joint(const pt_scan *sc, size_t u, size_t longest)
{
    const pt_cand *un = &PT_VEC_AT(sc->cands, pt_cand, u);
    size_t best = u;
    for (size_t k = 0; k < sizeof un_joints / sizeof *un_joints; k++) {
        size_t jn = strlen(un_joints[k].words);
        if (un_joints[k].lang != sc->langs || un->start < jn ||
            memcmp(sc->t + un->start - jn, un_joints[k].words, jn) != 0)
            continue;
        size_t end = un->start - jn;
        for (size_t i = u; i-- > 0;) {
            const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, i);
            if (c->start + longest < end)
                break;
            if (c->end == end && c->label != PT_LABEL_COUNTRY &&
                c->label != PT_LABEL_PLACE && c->label != PT_LABEL_NONE &&
                (best == u ||
                 c->start < PT_VEC_AT(sc->cands, pt_cand, best).start))
                best = i;
        }
    }
    return best;
}

/* Chinese puts 联合国 before a body's name, as English does
 * (联合国安理会, "United Nations Security Council"): the longest name that
 * begins where cands[u] ends, or `u`. */
static size_t
name_after(const pt_scan *sc, size_t u)
{
    const pt_cand *un = &PT_VEC_AT(sc->cands, pt_cand, u);
    size_t best = u;
    for (size_t i = u + 1; i < sc->names; i++) {
        const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, i);
        if (c->start > un->end)
            break;
        if (c->start == un->end && c->label != PT_LABEL_COUNTRY &&
            c->label != PT_LABEL_PLACE && c->label != PT_LABEL_NONE &&
            (best == u || c->end > PT_VEC_AT(sc->cands, pt_cand, best).end))
            best = i;
    }
    return best;
}

static bool
is_united_nations(const pt_scan *sc, const pt_cand *c)
{
    static const char un[] = "United Nations";
    return c->label == PT_LABEL_ORG && c->value_len == sizeof un - 1 &&
           memcmp(sc->vals.ptr + c->value_off, un, sizeof un - 1) == 0;
}

pt_status
pt__united_nations_scan(pt_scan *sc)
{
    enum { LONGEST = 400 }; /* bytes: longer names are not looked for */
    pt_status rc = PT_OK;
    bool zh = sc->langs == PT_LANG_ZH;
    if (!(zh || sc->langs == PT_LANG_FR || sc->langs == PT_LANG_ES ||
          sc->langs == PT_LANG_RU || sc->langs == PT_LANG_AR))
        return PT_OK;
    for (size_t u = 0; u < sc->names; u++) {
        pt_cand un = PT_VEC_AT(sc->cands, pt_cand, u);
        if (!is_united_nations(sc, &un))
            continue;
        /* Arabic says "of" with the clitic lam: "للأمم", not "الأمم" */
        if (sc->langs == PT_LANG_AR &&
            (un.end - un.start < 4 || memcmp(sc->t + un.start, "لل", 4) != 0))
            continue;
        size_t i = zh ? name_after(sc, u) : name_before_joint(sc, u, LONGEST);
        if (i == u)
            continue;
        pt_cand c = PT_VEC_AT(sc->cands, pt_cand, i);
        PT_CHECK(pt__cand_add_value_of(sc, zh ? un.start : c.start,
                                       zh ? c.end : un.end, (pt_label)c.label,
                                       PT_REC_NAME, i));
    }
done:
    return rc;
}

/* ---- "Accords de Minsk": a meeting or an instrument named by its place -- */

/* French, Spanish and Arabic name a meeting or an instrument by a head
 * noun and then its place ("Sommet de Washington", "Protocolo de Minsk",
 * "إعلان المنامة") where English puts the place first ("Washington
 * Summit"), except for a treaty ("Treaty of Rarotonga").  A head, by
 * language, with the English head the name takes. */
typedef struct place_head {
    uint32_t lang;
    const char *word;    /* as written before the place */
    const char *english; /* the English head */
    bool english_first;  /* "Treaty of" X */
    uint8_t label;
} place_head;

#define INS_ PT_LABEL_INSTRUMENT
#define EVT_ PT_LABEL_EVENT
static const place_head place_heads[] = {
    {PT_LANG_FR, "Accords", "Agreements", false, INS_},
    {PT_LANG_FR, "Accord", "Agreement", false, INS_},
    {PT_LANG_FR, "Protocole", "Protocol", false, INS_},
    {PT_LANG_FR, "Mémorandum", "Memorandum", false, INS_},
    {PT_LANG_FR, "Déclaration", "Declaration", false, INS_},
    {PT_LANG_FR, "Plan d'action", "Plan of Action", false, INS_},
    {PT_LANG_FR, "Programme d'action", "Programme of Action", false, INS_},
    {PT_LANG_FR, "Consensus", "Consensus", false, INS_},
    {PT_LANG_FR, "Traité", "Treaty of", true, INS_},
    {PT_LANG_FR, "Sommet", "Summit", false, EVT_},
    {PT_LANG_FR, "Conférence", "Conference", false, EVT_},
    {PT_LANG_FR, "Convention", "Convention", false, INS_},
    {PT_LANG_FR, "Forum", "Forum", false, EVT_},
    /* a group of States named by the place it first met (Minsk Group) */
    {PT_LANG_FR, "Groupe", "Group", false, PT_LABEL_ORG},
    {PT_LANG_ES, "Acuerdos", "Agreements", false, INS_},
    {PT_LANG_ES, "Acuerdo", "Agreement", false, INS_},
    {PT_LANG_ES, "Protocolo", "Protocol", false, INS_},
    {PT_LANG_ES, "Memorando", "Memorandum", false, INS_},
    {PT_LANG_ES, "Declaración", "Declaration", false, INS_},
    {PT_LANG_ES, "Plan de Acción", "Plan of Action", false, INS_},
    {PT_LANG_ES, "Programa de Acción", "Programme of Action", false, INS_},
    {PT_LANG_ES, "Consenso", "Consensus", false, INS_},
    {PT_LANG_ES, "Tratado", "Treaty of", true, INS_},
    {PT_LANG_ES, "Cumbre", "Summit", false, EVT_},
    {PT_LANG_ES, "Conferencia", "Conference", false, EVT_},
    {PT_LANG_ES, "Convención", "Convention", false, INS_},
    {PT_LANG_ES, "Convenio", "Convention", false, INS_},
    {PT_LANG_ES, "Foro", "Forum", false, EVT_},
    {PT_LANG_ES, "Grupo", "Group", false, PT_LABEL_ORG},
    {PT_LANG_AR, "اتفاقات", "Agreements", false, INS_},
    {PT_LANG_AR, "اتفاق", "Agreement", false, INS_},
    {PT_LANG_AR, "بروتوكول", "Protocol", false, INS_},
    {PT_LANG_AR, "مذكرة", "Memorandum", false, INS_},
    {PT_LANG_AR, "إعلان", "Declaration", false, INS_},
    {PT_LANG_AR, "خطة عمل", "Plan of Action", false, INS_},
    {PT_LANG_AR, "برنامج عمل", "Programme of Action", false, INS_},
    {PT_LANG_AR, "توافق آراء", "Consensus", false, INS_},
    {PT_LANG_AR, "معاهدة", "Treaty of", true, INS_},
    {PT_LANG_AR, "مؤتمر قمة", "Summit", false, EVT_},
    {PT_LANG_AR, "مؤتمر", "Conference", false, EVT_},
    {PT_LANG_AR, "مجموعة", "Group", false, PT_LABEL_ORG},
    /* Chinese writes the head after the place (明斯克议定书, Minsk
     * Protocol); not 会议, as often a meeting held there as a named one */
    {PT_LANG_ZH, "议定书", "Protocol", false, INS_},
    {PT_LANG_ZH, "备忘录", "Memorandum", false, INS_},
    {PT_LANG_ZH, "协议", "Agreement", false, INS_},
    {PT_LANG_ZH, "协定", "Agreement", false, INS_},
    {PT_LANG_ZH, "宣言", "Declaration", false, INS_},
    {PT_LANG_ZH, "行动计划", "Plan of Action", false, INS_},
    {PT_LANG_ZH, "行动纲领", "Programme of Action", false, INS_},
    {PT_LANG_ZH, "原则", "Principles", false, INS_},
    {PT_LANG_ZH, "共识", "Consensus", false, INS_},
    {PT_LANG_ZH, "公约", "Convention", false, INS_},
    {PT_LANG_ZH, "条约", "Treaty of", true, INS_},
    {PT_LANG_ZH, "首脑会议", "Summit", false, EVT_},
    {PT_LANG_ZH, "峰会", "Summit", false, EVT_},
    {PT_LANG_ZH, "进程", "Process", false, EVT_},
    {PT_LANG_ZH, "论坛", "Forum", false, EVT_},
    {PT_LANG_ZH, "小组", "Group", false, PT_LABEL_ORG},
    {PT_LANG_ZH, "集团", "Group", false, PT_LABEL_ORG},
};
#undef INS_
#undef EVT_

/* What joins the head and the place, by language (Arabic: the construct
 * state, a space). */
static const lang_words place_joints[] = {
    {PT_LANG_FR, " de "}, {PT_LANG_FR, " d'"}, {PT_LANG_FR, " d’"},
    {PT_LANG_ES, " de "}, {PT_LANG_AR, " "},
};

/* Where the head `h` begins, if it ends at t[e] and begins a word (in
 * Arabic, also after a clitic letter: "وإعلان"), else PT_NONE. */
static size_t
place_head_start(const pt_scan *sc, const place_head *h, size_t e)
{
    size_t m = strlen(h->word), n;
    if (e < m || memcmp(sc->t + e - m, h->word, m) != 0)
        return PT_NONE;
    size_t b = e - m;
    return starts_word(sc->t, b, pt__decode(sc->t, sc->n, b, &n)) ? b
                                                                 : PT_NONE;
}

/* The gazetteers' names in name[0, n), a string the code composed, in the
 * language(s) `langs`: into *one, which scan_free releases. */
static pt_status
scan_string(const pt_names *nm, const pt_scan *sc, const char *name, size_t n,
            uint32_t langs, pt_scan *one)
{
    memset(one, 0, sizeof *one);
    one->t = name;
    one->n = n;
    one->a = sc->a;
    one->langs = langs;
    one->cands = (pt_vec)PT_VEC_INIT(pt_cand);
    return find_names(nm, one);
}

static void
scan_free(pt_scan *one)
{
    pt__vec_free(&one->cands, one->a);
    pt__buf_free(&one->vals, one->a);
}

/* The gazetteers' English name that is all of name[0, n), a name the
 * code composed: its candidate in *en (which scan_free releases), or NULL
 * (also when *rc says the scan failed). */
static const pt_cand *
english_name_listed(const pt_names *nm, const pt_scan *sc, const char *name,
                    size_t n, pt_scan *en, pt_status *rc)
{
    *rc = scan_string(nm, sc, name, n, PT_LANG_EN, en);
    for (size_t k = 0; *rc == PT_OK && k < en->cands.n; k++) {
        const pt_cand *c = &PT_VEC_AT(en->cands, pt_cand, k);
        if (c->start == 0 && c->end == n && c->label != PT_LABEL_NONE)
            return c;
    }
    return NULL;
}

/* The name English gives the head and the place: a listed English name
 * read from the composed one ("Kyoto Protocol": its entity's value and
 * label), or the composed name itself. */
static pt_status
add_place_named(const pt_names *nm, pt_scan *sc, size_t b, size_t e,
                const pt_cand *place, const place_head *h)
{
    char name[256];
    const char *pv = sc->vals.ptr + place->value_off;
    size_t pn = place->value_len, hn = strlen(h->english);
    /* "Washington, D.C.": a name holds the place's first part */
    const char *comma = memchr(pv, ',', pn);
    if (comma != NULL)
        pn = (size_t)(comma - pv);
    if (pn + hn + 2 > sizeof name)
        return PT_OK;
    if (h->english_first) {
        memcpy(name, h->english, hn);
        name[hn] = ' ';
        memcpy(name + hn + 1, pv, pn);
    } else {
        memcpy(name, pv, pn);
        name[pn] = ' ';
        memcpy(name + pn + 1, h->english, hn);
    }
    size_t n = pn + hn + 1;
    name[n] = '\0';
    pt_scan en;
    pt_status rc;
    const pt_cand *c = english_name_listed(nm, sc, name, n, &en, &rc);
    pt_label label = c ? (pt_label)c->label : (pt_label)h->label;
    const char *value = c ? en.vals.ptr + c->value_off : name;
    size_t vlen = c ? c->value_len : n;
    if (rc == PT_OK)
        rc = pt__cand_add(sc, b, e, label, PT_REC_SHAPE, value, vlen);
    scan_free(&en);
    return rc;
}

/* Chinese: a listed instrument and the meeting of its parties right after
 * it (巴塞尔公约缔约方大会), valued as English names it. */
static pt_status
parties_meeting_zh_scan(pt_scan *sc)
{
    pt_status rc = PT_OK;
    for (size_t i = 0; i < sc->names; i++) {
        pt_cand t = PT_VEC_AT(sc->cands, pt_cand, i);
        if (t.label != PT_LABEL_INSTRUMENT)
            continue;
        for (size_t k = 0; k < PT_PARTIES_MEETINGS; k++) {
            const pt_parties_meeting *m = &pt__parties_meetings[k];
            size_t vn = strlen(m->value), zn = strlen(m->zh), e = t.end + zn;
            char value[PT_MAX_VALUE + 1];
            /* not across a year (缔约国2010年审议大会), which English
             * keeps out of the name as a date of its own */
            if (zn == 0 || e > sc->n || memcmp(sc->t + t.end, m->zh, zn) != 0 ||
                vn + t.value_len > PT_MAX_VALUE)
                continue;
            memcpy(value, m->value, vn);
            memcpy(value + vn, sc->vals.ptr + t.value_off, t.value_len);
            PT_CHECK(pt__cand_add(sc, t.start, e, PT_LABEL_EVENT, PT_REC_SHAPE,
                                  value, vn + t.value_len));
            break;
        }
    }
done:
    return rc;
}

/* Chinese: the head right after a listed place (明斯克议定书), if any. */
static pt_status
place_head_after_zh(const pt_names *nm, pt_scan *sc, const pt_cand *place)
{
    for (size_t k = 0; k < sizeof place_heads / sizeof *place_heads; k++) {
        const place_head *h = &place_heads[k];
        size_t m = strlen(h->word);
        if (h->lang == PT_LANG_ZH && place->end + m <= sc->n &&
            memcmp(sc->t + place->end, h->word, m) == 0)
            return add_place_named(nm, sc, place->start, place->end + m, place, h);
    }
    return PT_OK;
}

/* Chinese: the kind of a subdivision or town that Chinese writes after
 * its name (霍姆斯省, 阿比亚州, 圣克罗伊岛), and the characters that would
 * make it the first of another word instead (市场 market, 市中心 city
 * centre, 市民 citizens, 岛屿 islands). */
static const struct {
    const char *kind, *not_before;
} place_kinds_zh[] = {{"省", ""}, {"州", ""}, {"县", ""},
                      {"市", "场中民"}, {"岛", "屿"}};

/* Is the character at t[e] one of set's (UTF-8)? */
static bool
char_of_set_at(const pt_scan *sc, size_t e, const char *set)
{
    size_t n;
    return e < sc->n && pt__char_in_set(set, pt__decode(sc->t, sc->n, e, &n));
}

/* Chinese: a listed place and its kind right after it (霍姆斯省), one
 * place with the listed place's value and source. */
static pt_status
place_kind_after_zh(pt_scan *sc, const pt_cand *place)
{
    for (size_t k = 0; k < sizeof place_kinds_zh / sizeof *place_kinds_zh; k++) {
        const char *kind = place_kinds_zh[k].kind;
        size_t m = strlen(kind), e = place->end + m;
        if (e > sc->n || memcmp(sc->t + place->end, kind, m) != 0)
            continue;
        char value[PT_MAX_VALUE + 1];
        if (char_of_set_at(sc, e, place_kinds_zh[k].not_before) ||
            place->value_len > PT_MAX_VALUE)
            return PT_OK;
        memcpy(value, sc->vals.ptr + place->value_off, place->value_len);
        return pt__cand_add_name(sc, place->start, e, PT_LABEL_PLACE,
                                 place->source, value, place->value_len);
    }
    return PT_OK;
}

/* Chinese: the compass points, and upper and lower, that Chinese writes
 * before a place's name (北达尔富尔, 南科尔多凡, 下朱巴), and how English
 * begins the name. */
static const struct {
    const char *zh, *en;
} compass_points_zh[] = {{"北", "North "}, {"南", "South "}, {"东", "East "},
                         {"西", "West "},  {"中", "Central "}, {"上", "Upper "},
                         {"下", "Lower "}};

/* Chinese: a compass point right before a listed place, where English
 * lists the place so named (北达尔富尔: North Darfur); one place with the
 * English name's value. */
static pt_status
compass_place_zh(const pt_names *nm, pt_scan *sc, const pt_cand *place)
{
    for (size_t k = 0; k < sizeof compass_points_zh / sizeof *compass_points_zh; k++) {
        const char *zh = compass_points_zh[k].zh, *en = compass_points_zh[k].en;
        size_t zn = strlen(zh), en_n = strlen(en);
        if (place->start < zn || memcmp(sc->t + place->start - zn, zh, zn) != 0)
            continue;
        char name[PT_MAX_VALUE + 1];
        if (en_n + place->value_len > PT_MAX_VALUE)
            return PT_OK;
        memcpy(name, en, en_n);
        memcpy(name + en_n, sc->vals.ptr + place->value_off, place->value_len);
        size_t n = en_n + place->value_len;
        pt_scan one;
        pt_status rc;
        const pt_cand *named = english_name_listed(nm, sc, name, n, &one, &rc);
        if (named && named->label == PT_LABEL_PLACE)
            rc = pt__cand_add_name(sc, place->start - zn, place->end,
                                   PT_LABEL_PLACE, named->source,
                                   one.vals.ptr + named->value_off,
                                   named->value_len);
        scan_free(&one);
        if (named && rc == PT_OK) { /* and its kind: 北达尔富尔州 */
            pt_cand compass = PT_VEC_AT(sc->cands, pt_cand, sc->cands.n - 1);
            rc = place_kind_after_zh(sc, &compass);
        }
        return rc;
    }
    return PT_OK;
}

/* The English name a compass point and a listed place make, where
 * English lists it ("North " and Darfur: North Darfur; "Northern " and
 * Bahr el Ghazal), its candidate over t[b, e) with that name's value;
 * nothing where English lists no such name ("northern Mali"). */
static pt_status
add_compass_place(const pt_names *nm, pt_scan *sc, size_t b, size_t e,
                  const pt_cand *place, const char *point)
{
    static const char *const forms[] = {"", "ern"}; /* North, Northern */
    pt_status rc = PT_OK;
    size_t pn = strlen(point);
    if (pn + 4 + place->value_len > PT_MAX_VALUE)
        return PT_OK;
    for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
        if (f && strcmp(point, "Central") == 0)
            break;
        char name[PT_MAX_VALUE + 1];
        size_t fn = strlen(forms[f]);
        memcpy(name, point, pn);
        memcpy(name + pn, forms[f], fn);
        name[pn + fn] = ' ';
        memcpy(name + pn + fn + 1, sc->vals.ptr + place->value_off,
               place->value_len);
        size_t n = pn + fn + 1 + place->value_len;
        pt_scan one;
        const pt_cand *named = english_name_listed(nm, sc, name, n, &one, &rc);
        bool found = named && named->label == PT_LABEL_PLACE;
        if (found)
            rc = pt__cand_add_name(sc, b, e, PT_LABEL_PLACE, named->source,
                                   one.vals.ptr + named->value_off,
                                   named->value_len);
        scan_free(&one);
        if (found || rc != PT_OK)
            break;
    }
    return rc;
}

/* French, Spanish and Arabic: the compass points they write after or
 * before a place's name (Darfour septentrional, Nord-Darfour, Darfur del
 * Norte, شمال دارفور), and the point English begins the name with. */
static const struct {
    uint32_t lang;
    const char *word;
    bool after; /* after the place's name */
    const char *en;
} compass_points[] = {
    {PT_LANG_FR, " septentrional", true, "North"},
    {PT_LANG_FR, " septentrionale", true, "North"},
    {PT_LANG_FR, " méridional", true, "South"},
    {PT_LANG_FR, " méridionale", true, "South"},
    {PT_LANG_FR, " occidental", true, "West"},
    {PT_LANG_FR, " occidentale", true, "West"},
    {PT_LANG_FR, " oriental", true, "East"},
    {PT_LANG_FR, " orientale", true, "East"},
    {PT_LANG_FR, " central", true, "Central"},
    {PT_LANG_FR, " centrale", true, "Central"},
    {PT_LANG_FR, "-Nord", true, "North"},
    {PT_LANG_FR, "-Sud", true, "South"},
    {PT_LANG_FR, " du Nord", true, "North"},
    {PT_LANG_FR, " du Sud", true, "South"},
    {PT_LANG_FR, "Nord-", false, "North"},
    {PT_LANG_FR, "Sud-", false, "South"},
    {PT_LANG_ES, " Septentrional", true, "North"},
    {PT_LANG_ES, " septentrional", true, "North"},
    {PT_LANG_ES, " Meridional", true, "South"},
    {PT_LANG_ES, " meridional", true, "South"},
    {PT_LANG_ES, " Occidental", true, "West"},
    {PT_LANG_ES, " occidental", true, "West"},
    {PT_LANG_ES, " Oriental", true, "East"},
    {PT_LANG_ES, " oriental", true, "East"},
    {PT_LANG_ES, " Central", true, "Central"},
    {PT_LANG_ES, " central", true, "Central"},
    {PT_LANG_ES, " del Norte", true, "North"},
    {PT_LANG_ES, " del Sur", true, "South"},
    {PT_LANG_AR, "شمال ", false, "North"},
    {PT_LANG_AR, "جنوب ", false, "South"},
    {PT_LANG_AR, "غرب ", false, "West"},
    {PT_LANG_AR, "شرق ", false, "East"},
    {PT_LANG_AR, "وسط ", false, "Central"},
};

/* Russian: the stems of the compass points' adjectives, which agree with
 * the place before which they stand (Северный Дарфур, в Северном
 * Дарфуре), and their endings. */
static const struct {
    const char *stem, *en;
} compass_stems_ru[] = {{"Северн", "North"}, {"Южн", "South"},
                        {"Западн", "West"},  {"Восточн", "East"},
                        {"Центральн", "Central"}};
static const char *const adjective_endings_ru[] = {
    "ая", "ое", "ого", "ой", "ом", "ому", "ую", "ый", "ым"};

/* A compass point before or after a listed place (see compass_points),
 * where English lists the place so named: one place with the English
 * name's value. */
static pt_status
compass_place(const pt_names *nm, pt_scan *sc, const pt_cand *place)
{
    const char *t = sc->t;
    if (sc->langs == PT_LANG_RU) {
        /* the adjective's word, then a space, ends at the place */
        if (place->start < 2 || t[place->start - 1] != ' ')
            return PT_OK;
        size_t w = place->start - 1;
        while (w > 0 && t[w - 1] != ' ')
            w--;
        size_t stems = sizeof compass_stems_ru / sizeof *compass_stems_ru;
        size_t endings = sizeof adjective_endings_ru / sizeof *adjective_endings_ru;
        for (size_t k = 0; k < stems; k++) {
            size_t m = strlen(compass_stems_ru[k].stem);
            if (place->start - 1 - w <= m ||
                memcmp(t + w, compass_stems_ru[k].stem, m) != 0)
                continue;
            size_t left = place->start - 1 - w - m; /* the ending's bytes */
            for (size_t j = 0; j < endings; j++)
                if (left == strlen(adjective_endings_ru[j]) &&
                    memcmp(t + w + m, adjective_endings_ru[j], left) == 0)
                    return add_compass_place(nm, sc, w, place->end, place,
                                             compass_stems_ru[k].en);
        }
        return PT_OK;
    }
    size_t points = sizeof compass_points / sizeof *compass_points;
    for (size_t k = 0; k < points; k++) {
        const char *word = compass_points[k].word;
        size_t m = strlen(word), n;
        if (compass_points[k].lang != sc->langs)
            continue;
        if (compass_points[k].after) {
            size_t e = place->end + m;
            if (e <= sc->n && memcmp(t + place->end, word, m) == 0 &&
                (e == sc->n ||
                 !pt__is_latin_letter(pt__decode(t, sc->n, e, &n))))
                return add_compass_place(nm, sc, place->start, e, place,
                                         compass_points[k].en);
        } else if (place->start >= m &&
                   memcmp(t + place->start - m, word, m) == 0) {
            size_t b = place->start - m;
            /* Arabic: after a clitic too ("وشمال") */
            if (sc->langs == PT_LANG_AR && b >= 2 &&
                !starts_word(t, b, pt__decode(t, sc->n, b, &n)))
                for (size_t c = 0; c < PT_ARABIC_CLITICS; c++)
                    if (memcmp(t + b - 2, pt__arabic_clitics[c], 2) == 0) {
                        b -= 2;
                        break;
                    }
            if (starts_word(t, b, pt__decode(t, sc->n, b, &n)))
                return add_compass_place(nm, sc, b, place->end, place,
                                         compass_points[k].en);
        }
    }
    return PT_OK;
}

/* Chinese: the characters after 人 that make it the first of another
 * word than a State's people (人民 people, 人权 human rights, 人道
 * humanitarian, 人口 population, 人员 personnel, 人次 person-times ...). */
static const char people_words_zh[] =
    "民权道口员士类质力数均工为身格才事群间文次";

/* Chinese: a State's name and 人, its nationals (海地人, 索马里人): the
 * State as a demonym, ANNOTATION.md's COUNTRY of a noun of nationality. */
static pt_status
country_people_zh(pt_scan *sc, const pt_cand *country)
{
    static const char people[] = "人";
    size_t e = country->end + sizeof people - 1;
    if (e > sc->n || memcmp(sc->t + country->end, people, sizeof people - 1) != 0 ||
        char_of_set_at(sc, e, people_words_zh) || country->value_len > PT_MAX_VALUE)
        return PT_OK;
    char value[PT_MAX_VALUE + 1];
    memcpy(value, sc->vals.ptr + country->value_off, country->value_len);
    return pt__cand_add_name(sc, country->start, e, PT_LABEL_COUNTRY,
                             "gazetteer:demonym", value, country->value_len);
}

pt_status
pt__place_named_scan(const pt_names *nm, pt_scan *sc)
{
    pt_status rc = PT_OK;
    if (!(sc->langs == PT_LANG_FR || sc->langs == PT_LANG_ES ||
          sc->langs == PT_LANG_AR || sc->langs == PT_LANG_ZH ||
          sc->langs == PT_LANG_RU))
        return PT_OK;
    for (size_t i = 0; i < sc->names; i++) {
        pt_cand place = PT_VEC_AT(sc->cands, pt_cand, i);
        if (place.label == PT_LABEL_COUNTRY && sc->langs == PT_LANG_ZH)
            PT_CHECK(country_people_zh(sc, &place));
        if (place.label != PT_LABEL_PLACE)
            continue;
        if (sc->langs != PT_LANG_ZH)
            PT_CHECK(compass_place(nm, sc, &place));
        if (sc->langs == PT_LANG_ZH) {
            PT_CHECK(place_head_after_zh(nm, sc, &place));
            PT_CHECK(place_kind_after_zh(sc, &place));
            PT_CHECK(compass_place_zh(nm, sc, &place));
            continue;
        }
        for (size_t j = 0; j < sizeof place_joints / sizeof *place_joints; j++) {
            const lang_words *jt = &place_joints[j];
            size_t jn = strlen(jt->words);
            if (jt->lang != sc->langs || place.start < jn ||
                memcmp(sc->t + place.start - jn, jt->words, jn) != 0)
                continue;
            for (size_t k = 0; k < sizeof place_heads / sizeof *place_heads; k++) {
                const place_head *h = &place_heads[k];
                size_t b;
                if (h->lang != sc->langs ||
                    (b = place_head_start(sc, h, place.start - jn)) == PT_NONE)
                    continue;
                PT_CHECK(add_place_named(nm, sc, b, place.end, &place, h));
                break; /* the longest head is listed first */
            }
        }
    }
    if (sc->langs == PT_LANG_ZH)
        rc = parties_meeting_zh_scan(sc);
done:
    return rc;
}

/* ---- names that share one head ----------------------------------------- */

/* A head that a list of names writes once, after the last ("the Basel,
 * Rotterdam and Stockholm conventions", 巴塞尔、鹿特丹和斯德哥尔摩公约), and
 * the head each name takes alone. */
typedef struct list_head {
    uint32_t lang;
    const char *word, *single;
    size_t key; /* a rare byte of word, which the scan looks for */
} list_head;
static const list_head shared_heads[] = {
    {PT_LANG_EN, " conventions", " Convention", 4},
    {PT_LANG_EN, " Conventions", " Convention", 4},
    {PT_LANG_ZH, "公约", "公约", 5},
    /* "Базельской, Роттердамской и Стокгольмской конвенций": the genitive
     * plural, each name's head in the genitive singular; the key is й's
     * last byte */
    {PT_LANG_RU, " конвенций", " конвенции", 18}};

/* What joins the names of such a list, longest first. */
static const lang_words list_joints[] = {
    {PT_LANG_EN, ", and "}, {PT_LANG_EN, " and "}, {PT_LANG_EN, ", "},
    {PT_LANG_ZH, "、"},     {PT_LANG_ZH, "和"},    {PT_LANG_ZH, "及"},
    {PT_LANG_RU, " и "},    {PT_LANG_RU, ", "}};

#define MAX_LIST 8
#define MAX_ITEM 48 /* bytes: a few words, or a dozen Han characters */

/* The start of the list item that ends at e: capitalised words in
 * English and Russian, Han characters other than a joint's in Chinese;
 * or e. */
static size_t
list_item_start(const pt_scan *sc, size_t e)
{
    size_t b = e, n;
    if (sc->langs == PT_LANG_ZH) {
        while (b > 0 && e - b < MAX_ITEM) {
            size_t p = pt__prev(sc->t, b);
            uint32_t c = pt__decode(sc->t, sc->n, p, &n);
            if (!pt__is_han(c) || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */)
                break;
            b = p;
        }
        return b;
    }
    for (size_t w = e; w > 0 && e - w < MAX_ITEM;) {
        size_t ws = w;
        while (ws > 0) {
            size_t p = pt__prev(sc->t, ws);
            uint32_t c = pt__decode(sc->t, sc->n, p, &n);
            if (!((c < 0x80 && pt__is_ascii_letter((unsigned char)c)) ||
                  (c >= 0x400 && c <= 0x4FF)))
                break;
            ws = p;
        }
        if (ws == w || e - ws > MAX_ITEM ||
            !pt__is_upper(pt__decode(sc->t, sc->n, ws, &n)))
            break; /* no word, too long a one, or one in lower case */
        b = ws;
        if (ws == 0 || sc->t[ws - 1] != ' ')
            break;
        w = ws - 1;
    }
    return b;
}

/* The joint of list_joints that ends at e, its length, or 0. */
static size_t
list_joint_before(const pt_scan *sc, size_t e)
{
    for (size_t k = 0; k < sizeof list_joints / sizeof *list_joints; k++) {
        size_t m = strlen(list_joints[k].words);
        if (list_joints[k].lang == sc->langs && e >= m &&
            memcmp(sc->t + e - m, list_joints[k].words, m) == 0)
            return m;
    }
    return 0;
}

/* The listed name that item t[b, e) and the single head make, ending with
 * the head (巴塞尔 + 公约: the Basel Convention), the longest such: where it
 * starts in the item, *at (PT_NONE if there is none); and unless end is 0
 * a candidate from there, through end for the last item. */
static pt_status
list_item_name(const pt_names *nm, pt_scan *sc, size_t b, size_t e, size_t end,
               const char *single, size_t *at)
{
    char name[MAX_ITEM + 16];
    size_t hn = strlen(single), n = e - b + hn;
    *at = PT_NONE;
    if (n >= sizeof name)
        return PT_OK;
    memcpy(name, sc->t + b, e - b);
    memcpy(name + (e - b), single, hn);
    name[n] = '\0';
    pt_scan one;
    pt_status rc = scan_string(nm, sc, name, n, sc->langs, &one);
    const pt_cand *best = NULL;
    for (size_t k = 0; rc == PT_OK && k < one.cands.n; k++) {
        const pt_cand *c = &PT_VEC_AT(one.cands, pt_cand, k);
        if (c->end == n && c->start < e - b && c->label != PT_LABEL_NONE &&
            (best == NULL || c->start < best->start))
            best = c;
    }
    if (best != NULL)
        *at = best->start;
    if (best != NULL && end)
        rc = pt__cand_add(sc, b + best->start, end, (pt_label)best->label,
                          PT_REC_NAME_LIST, one.vals.ptr + best->value_off,
                          best->value_len);
    scan_free(&one);
    return rc;
}

/* A shared head at t[h, end) after a list of two names or more: each
 * name, read back from the head while each item makes a listed name with
 * it (人权和平等公约 is no list), up to one whose name starts inside it
 * (由…主持的巴塞尔: the words before the name end the list). */
static pt_status
shared_head_list(const pt_names *nm, pt_scan *sc, size_t h, size_t end,
                 const char *single)
{
    static const char counts[] = "两二三四五六七八九";
    size_t items[MAX_LIST][2], count = 0, e = h, j = 0, n, at;
    pt_status rc = PT_OK;
    if (sc->langs == PT_LANG_ZH && h >= 6 && memcmp(sc->t + h - 3, "项", 3) == 0) {
        size_t p = pt__prev(sc->t, h - 3);
        uint32_t c = pt__decode(sc->t, sc->n, p, &n);
        char u[4] = {0};
        if (n == 3 && c >= 0x800) {
            memcpy(u, sc->t + p, 3);
            if (strstr(counts, u) != NULL)
                e = p; /* 三项公约: the three conventions */
        }
    }
    do {
        size_t b = list_item_start(sc, e);
        if (b == e)
            break;
        PT_CHECK(list_item_name(nm, sc, b, e, 0, single, &at));
        if (at == PT_NONE)
            break;
        items[count][0] = b + at;
        items[count][1] = e;
        count++;
        j = at ? 0 : list_joint_before(sc, b);
        e = b - j;
    } while (j && count < MAX_LIST);
    for (size_t k = 0; count >= 2 && k < count; k++)
        PT_CHECK(list_item_name(nm, sc, items[k][0], items[k][1],
                                k == 0 ? end : items[k][1], single, &at));
done:
    return rc;
}

/* French, Spanish and Arabic write the shared head first, in the plural,
 * and the names after it ("les conventions de Bâle, de Rotterdam et de
 * Stockholm", "los Convenios de Basilea, Estocolmo y Rotterdam"): the
 * head, the head each name takes alone, and what joins the names,
 * longest first. */
static const list_head leading_heads[] = {
    {PT_LANG_FR, "conventions de ", "Convention de ", 3},
    {PT_LANG_FR, "Conventions de ", "Convention de ", 3},
    {PT_LANG_ES, "convenios de ", "Convenio de ", 3},
    {PT_LANG_ES, "Convenios de ", "Convenio de ", 3},
    /* اتفاقيات بازل وروتردام واستكهولم, with لـ or as a dual; the key is
     * ق's last byte */
    {PT_LANG_AR, "اتفاقيات ", "اتفاقية ", 9},
    {PT_LANG_AR, "لاتفاقيات ", "اتفاقية ", 11},
    {PT_LANG_AR, "اتفاقيتي ", "اتفاقية ", 9}};
static const lang_words leading_joints[] = {
    {PT_LANG_FR, ", et de "}, {PT_LANG_FR, " et de "}, {PT_LANG_FR, ", de "},
    {PT_LANG_FR, " et "},     {PT_LANG_FR, ", "},      {PT_LANG_ES, " y "},
    {PT_LANG_ES, ", "},       {PT_LANG_AR, "، و"},     {PT_LANG_AR, " و"},
    {PT_LANG_AR, "، "}};

/* The end of the name that begins at t[b]: capitalised words of letters
 * (accented ones too) and hyphens, or an Arabic word, MAX_ITEM bytes at
 * most; or b. */
static size_t
leading_item_end(const pt_scan *sc, size_t b)
{
    size_t e = b, n;
    if (sc->langs == PT_LANG_AR) {
        while (e < sc->n && e - b < MAX_ITEM &&
               pt__is_arabic_letter(pt__decode(sc->t, sc->n, e, &n)))
            e += n;
        return e - b <= MAX_ITEM ? e : b;
    }
    while (e < sc->n && e - b < MAX_ITEM &&
           pt__is_upper(pt__decode(sc->t, sc->n, e, &n))) {
        size_t w = e + n;
        uint32_t c;
        while (w < sc->n && (pt__is_latin_letter(c = pt__decode(sc->t, sc->n, w, &n)) ||
                             c == '-'))
            w += n;
        e = w;
        if (!(e + 1 < sc->n && sc->t[e] == ' ' &&
              pt__is_upper(pt__decode(sc->t, sc->n, e + 1, &n))))
            break;
        e++;
    }
    return e - b <= MAX_ITEM ? e : b;
}

/* The listed name that `single` and t[b, e) make whole ("Convention de" +
 * "Bâle"): its candidate's index in one->cands, or -1; one is scanned. */
static long
leading_item_name(const pt_names *nm, const pt_scan *sc, size_t b, size_t e,
                  const char *single, pt_scan *one, pt_status *rc)
{
    char name[MAX_ITEM + 32];
    size_t hn = strlen(single), n = hn + e - b;
    memset(one, 0, sizeof *one);
    one->a = sc->a; /* freed whatever comes */
    if (n >= sizeof name)
        return -1;
    memcpy(name, single, hn);
    memcpy(name + hn, sc->t + b, e - b);
    name[n] = '\0';
    *rc = scan_string(nm, sc, name, n, sc->langs, one);
    for (size_t k = 0; *rc == PT_OK && k < one->cands.n; k++) {
        const pt_cand *c = &PT_VEC_AT(one->cands, pt_cand, k);
        if (c->start == 0 && c->end == n && c->label == PT_LABEL_INSTRUMENT)
            return (long)k;
    }
    return -1;
}

/* A leading head at t[h, i) and the names after it: each a candidate with
 * the listed name's value, the first one's span from the head on, where
 * two names or more each make a listed name with the head. */
static pt_status
leading_head_list(const pt_names *nm, pt_scan *sc, size_t h, size_t i,
                  const char *single)
{
    size_t items[MAX_LIST][2], count = 0, b = i;
    pt_status rc = PT_OK;
    pt_scan one;
    while (count < MAX_LIST && rc == PT_OK) {
        size_t e = leading_item_end(sc, b);
        if (e == b)
            break;
        long named = leading_item_name(nm, sc, b, e, single, &one, &rc);
        scan_free(&one);
        if (named < 0)
            break;
        items[count][0] = b;
        items[count][1] = e;
        count++;
        size_t j = 0;
        for (size_t k = 0; !j && k < sizeof leading_joints / sizeof *leading_joints; k++) {
            size_t m = strlen(leading_joints[k].words);
            if (leading_joints[k].lang == sc->langs && e + m <= sc->n &&
                memcmp(sc->t + e, leading_joints[k].words, m) == 0)
                j = m;
        }
        if (!j)
            break;
        b = e + j;
    }
    for (size_t k = 0; rc == PT_OK && count >= 2 && k < count; k++) {
        long c = leading_item_name(nm, sc, items[k][0], items[k][1], single,
                                   &one, &rc);
        if (c >= 0) {
            const pt_cand *cand = &PT_VEC_AT(one.cands, pt_cand, (size_t)c);
            rc = pt__cand_add(sc, k == 0 ? h : items[k][0], items[k][1],
                              (pt_label)cand->label, PT_REC_NAME_LIST,
                              one.vals.ptr + cand->value_off, cand->value_len);
        }
        scan_free(&one);
    }
    return rc;
}

/* Each head of heads[0, count) in the text, a whole word, and the list
 * before it (or, `leading`, after it). */
static pt_status
scan_list_heads(const pt_names *nm, pt_scan *sc, const list_head *heads,
                size_t count, bool leading)
{
    pt_status rc = PT_OK;
    for (size_t h = 0; h < count; h++) {
        const list_head *lh = &heads[h];
        size_t m = strlen(lh->word);
        if (lh->lang != sc->langs)
            continue;
        for (size_t k = lh->key; rc == PT_OK && k < sc->n; k++) {
            const char *hit = memchr(sc->t + k, lh->word[lh->key], sc->n - k);
            if (hit == NULL)
                break;
            k = (size_t)(hit - sc->t);
            size_t i = k - lh->key;
            if (i + m > sc->n || memcmp(sc->t + i, lh->word, m) != 0)
                continue;
            if (leading && (i == 0 || !pt__is_ascii_alnum(sc->t[i - 1])))
                rc = leading_head_list(nm, sc, i, i + m, lh->single);
            else if (!leading &&
                     (i + m == sc->n || !pt__is_ascii_alnum(sc->t[i + m])))
                rc = shared_head_list(nm, sc, i, i + m, lh->single);
        }
    }
    return rc;
}

pt_status
pt__shared_head_scan(const pt_names *nm, pt_scan *sc)
{
    pt_status rc = scan_list_heads(nm, sc, shared_heads,
                                   sizeof shared_heads / sizeof *shared_heads,
                                   false);
    return rc == PT_OK ? scan_list_heads(nm, sc, leading_heads,
                                         sizeof leading_heads /
                                             sizeof *leading_heads,
                                         true)
                       : rc;
}

/* ---- names in capitals ------------------------------------------------ */

/* en: the words a name writes in lower case, which a heading in capitals
 * writes in capitals (2030 AGENDA FOR SUSTAINABLE DEVELOPMENT) */
static const char *const small_words_en[] = {
    "A", "AGAINST", "AN", "AND", "AT", "BY", "FOR", "FROM", "IN", "OF",
    "ON", "OR", "THE", "TO", "WITH"};

static bool
is_capital(char c)
{
    return (unsigned char)c < 0x80 && pt__is_upper((unsigned char)c);
}

/* The end of the word of ASCII letters at t[b], and whether it is in
 * capitals, two or more. */
static size_t
letters_end(const char *t, size_t n, size_t b, bool *capitals)
{
    size_t e = b;
    bool small = false;
    while (e < n && pt__is_ascii_letter((unsigned char)t[e])) {
        small = small || !is_capital(t[e]);
        e++;
    }
    *capitals = !small && e - b >= 2;
    return e;
}

/* What may stand between two words of one heading: a space, a hyphen, a
 * digit ("2030 AGENDA"). */
static bool
inside_heading(char c)
{
    return c == ' ' || c == '-' || pt__is_ascii_digit((unsigned char)c);
}

/* The start of the next word of letters after e, past what may stand
 * between two words of a heading only, or n. */
static size_t
next_word_start(const char *t, size_t n, size_t e)
{
    while (e < n && inside_heading(t[e]))
        e++;
    return e < n && pt__is_ascii_letter((unsigned char)t[e]) ? e : n;
}

/* Into out (n bytes), t with each run of two words in capitals or more
 * written as a name writes them ("ARAB REGION": "Arab Region"; "PLAN OF
 * ACTION": "Plan of Action"), the same length; a word in capitals alone
 * is an acronym and stays (ESCWA).  [*lo, *hi): from the first word
 * changed to the end of the last, empty when none is. */
static void
names_in_capitals(const char *t, size_t n, char *out, size_t *lo, size_t *hi)
{
    bool in_run = false;
    *lo = *hi = 0;
    memcpy(out, t, n);
    for (size_t b = 0; b < n;) {
        if (!pt__is_ascii_letter((unsigned char)t[b]) ||
            (b > 0 && pt__is_ascii_alnum((unsigned char)t[b - 1]))) {
            in_run = in_run && inside_heading(t[b]);
            b++;
            continue;
        }
        bool caps, next_caps = false;
        size_t e = letters_end(t, n, b, &caps), x = next_word_start(t, n, e);
        if (caps && x < n)
            letters_end(t, n, x, &next_caps);
        /* (a word that goes on in letters beyond ASCII is no English one) */
        if (caps && (in_run || next_caps) &&
            !(e < n && (unsigned char)t[e] >= 0x80)) {
            bool small = false;
            for (size_t k = 0; k < COUNT(small_words_en) && !small; k++)
                small = strlen(small_words_en[k]) == e - b &&
                        memcmp(t + b, small_words_en[k], e - b) == 0;
            for (size_t k = small ? b : b + 1; k < e; k++)
                out[k] = (char)(t[k] | 0x20);
            if (*hi == 0)
                *lo = b;
            *hi = e;
        }
        in_run = caps;
        b = e;
    }
}

/* Two capitals, a space or a hyphen, and two capitals at t[j - 2, j + 3)
 * ("AB RE" in "ARAB REGION")? */
static bool
capitals_around(const char *t, size_t n, size_t j)
{
    return j >= 2 && j + 2 < n && (t[j] == ' ' || t[j] == '-') &&
           is_capital(t[j - 2]) && is_capital(t[j - 1]) &&
           is_capital(t[j + 1]) && is_capital(t[j + 2]);
}

/* Are two words in capitals in a row in t[0, n)?  Eight bytes at a time
 * where no two capitals stand side by side, most of a text. */
static bool
has_words_in_capitals(const char *t, size_t n)
{
    const uint64_t low7 = PT_ONES * 0x7F;
    size_t k = 0;
    for (; k + 9 <= n; k += 8) {
        uint64_t w = pt__load8(t + k), y = w & low7;
        uint64_t caps = (y + PT_ONES * (0x80 - 'A')) &
                        ~(y + PT_ONES * (0x80 - 'Z' - 1)) & ~w & PT_HIGHS;
        if (!(caps & (caps << 8)) &&
            !(is_capital(t[k + 7]) && is_capital(t[k + 8])))
            continue;
        for (size_t j = k; j <= k + 10; j++)
            if (capitals_around(t, n, j))
                return true;
    }
    for (; k < n; k++)
        if (capitals_around(t, n, k))
            return true;
    return false;
}

/* Merge the candidates [0, m) and [m, n), each in order of start, into one
 * such order (the first's first among equals). */
static pt_status
merge_by_start(pt_scan *sc, size_t m)
{
    size_t n = sc->cands.n;
    if (m == 0 || m == n)
        return PT_OK;
    pt_cand *c = sc->cands.items, *tmp = pt__malloc(sc->a, n * sizeof *tmp);
    if (tmp == NULL)
        return PT_E_NOMEM;
    for (size_t i = 0, j = m, k = 0; k < n; k++)
        tmp[k] = j == n || (i < m && c[i].start <= c[j].start) ? c[i++] : c[j++];
    memcpy(c, tmp, n * sizeof *tmp);
    pt__free(sc->a, tmp);
    return PT_OK;
}

pt_status
pt__names_scan(const pt_names *nm, pt_scan *sc)
{
    pt_status rc = find_names(nm, sc);
    if (rc != PT_OK || !(sc->langs & PT_LANG_EN))
        return rc;
    /* most texts have no two words in capitals in a row: no copy */
    const char *t = sc->t;
    if (!has_words_in_capitals(t, sc->n))
        return PT_OK;
    char *copy = pt__malloc(sc->a, sc->n + 1);
    if (copy == NULL)
        return PT_E_NOMEM;
    const char *text = t;
    size_t n = sc->n, m = sc->cands.n, lo, hi;
    names_in_capitals(text, n, copy, &lo, &hi);
    if (lo < hi) {
        /* the words changed and a number before them (2030 AGENDA ...),
         * read alone: the copy's offsets there are the text's, less lo */
        while (lo > 0 && inside_heading(text[lo - 1]))
            lo--;
        while (lo > 0 && pt__is_ascii_alnum((unsigned char)text[lo - 1]))
            lo++; /* not from inside a word */
        copy[hi] = '\0';
        sc->t = copy + lo;
        sc->n = hi - lo;
        rc = find_names(nm, sc);
        sc->t = text;
        sc->n = n;
        for (size_t j = m; j < sc->cands.n; j++) {
            PT_VEC_AT(sc->cands, pt_cand, j).start += (uint32_t)lo;
            PT_VEC_AT(sc->cands, pt_cand, j).end += (uint32_t)lo;
        }
        if (rc == PT_OK)
            rc = merge_by_start(sc, m);
    }
    pt__free(sc->a, copy);
    return rc;
}
