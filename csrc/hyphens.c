/*
 * hyphens.c: which hyphens at a line's end cut a word in two.
 *
 * A typesetter cuts a word at a line's end with a hyphen ("implemen-" over
 * "tation", "обяза-" over "тельствами"); a compound keeps its hyphen
 * wherever the line ends ("capacity-" over "building", "социально-" over
 * "экономический").
 *
 * English: the right half is a word's tail ("tion", "ment"), which no
 * compound's second word is.
 *
 * Russian UN texts are hyphenated throughout, at any syllable.  The text
 * itself is the first witness: a word the document writes whole on some
 * other line ("обязательств") was cut; one it writes with its hyphen
 * ("северо-восточный") is a compound.  Where it writes neither, the
 * shape decides: a compound's first half is an adjective's stem in -о
 * or -е ("военно-", "северо-") or one of a few words that stand before
 * a hyphen ("вице-", "пресс-", "по-"), its second may be a particle
 * ("-то", "-либо"); any other cut is a typesetter's.  The witnesses are
 * the text's six-letter runs, in a Bloom filter the first Russian hyphen
 * fills in one pass; a false witness (about one in two hundred) keeps or
 * drops a hyphen, never a letter.
 */
#include "internal.h"

#include <string.h>

/* ---- English ---------------------------------------------------------- */

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

static bool
english_splits(const char *left, size_t h, const char *s, size_t len,
               size_t next)
{
    size_t k = h;
    while (k > 0 && left[k - 1] >= 'a' && left[k - 1] <= 'z' && h - k < 2)
        k--;
    if (h - k < 2)
        return false; /* "e-" + "mail" keeps its hyphen */
    size_t e = next;
    while (e < len && s[e] >= 'a' && s[e] <= 'z' && e - next < 8)
        e++;
    return is_word_tail(s, next, e);
}

/* ---- Russian ---------------------------------------------------------- */

#define RUN 6          /* letters in a witness */
#define MAX_HALF 24    /* letters of a half read */

/* A word's character for the witnesses: a Cyrillic letter folded to
 * small, or a hyphen (as 0), or UINT32_MAX for anything else. */
static uint32_t
run_char(uint32_t c)
{
    if (pt__is_cyrillic_letter(c))
        return pt__cyrillic_lower(c);
    return c == '-' ? 0 : UINT32_MAX;
}

static uint64_t
run_hash(const uint32_t *v, size_t n)
{
    uint64_t x = 0xcbf29ce484222325u; /* FNV-1a */
    for (size_t k = 0; k < n; k++) {
        x = (x ^ v[k]) * 0x100000001b3u;
        x ^= x >> 29;
    }
    return x;
}

static void
bloom_bits(const pt_hyphens *h, uint64_t x, size_t bit[3])
{
    for (int k = 0; k < 3; k++) {
        bit[k] = (size_t)x & h->mask;
        x = (x >> 21) | (x << 43);
    }
}

static void
bloom_add(pt_hyphens *h, uint64_t x)
{
    size_t bit[3];
    bloom_bits(h, x, bit);
    for (int k = 0; k < 3; k++)
        h->bits[bit[k] >> 6] |= (uint64_t)1 << (bit[k] & 63);
}

static bool
bloom_has(const pt_hyphens *h, uint64_t x)
{
    size_t bit[3];
    bloom_bits(h, x, bit);
    for (int k = 0; k < 3; k++)
        if (!(h->bits[bit[k] >> 6] & ((uint64_t)1 << (bit[k] & 63))))
            return false;
    return true;
}

/* Every run of RUN characters inside a word of the text (a hyphen at a
 * line's end ends its word: what the text writes on one line). */
static pt_status
witness(pt_hyphens *h, const pt_alloc *a, const char *s, size_t len)
{
    size_t bits = 4096;
    while (bits < len * 8 && bits < ((size_t)1 << 40))
        bits <<= 1;
    h->bits = pt__malloc(a, bits / 8);
    if (!h->bits)
        return PT_E_NOMEM;
    memset(h->bits, 0, bits / 8);
    h->mask = bits - 1;
    uint32_t v[RUN];
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t step;
        uint32_t c = run_char(pt__decode(s, len, i, &step));
        i += step;
        if (c == UINT32_MAX) {
            n = 0;
            continue;
        }
        if (n == RUN) {
            memmove(v, v + 1, (RUN - 1) * sizeof *v);
            n--;
        }
        v[n++] = c;
        if (n == RUN)
            bloom_add(h, run_hash(v, RUN));
    }
    return PT_OK;
}

static bool
same_word(const uint32_t *v, size_t n, const char *w)
{
    size_t k = 0, i = 0, step, len = strlen(w);
    for (; i < len && k < n; k++, i += step)
        if (pt__decode(w, len, i, &step) != v[k])
            return false;
    return i == len && k == n;
}

static bool
is_one_of(const uint32_t *v, size_t n, const char *const *words, size_t m)
{
    for (size_t k = 0; k < m; k++)
        if (same_word(v, n, words[k]))
            return true;
    return false;
}

/* The RUN characters across the cut, half from each side where they
 * have them, with the hyphen between or without it. */
static bool
run_across(const uint32_t *lv, size_t ln, const uint32_t *rv, size_t rn,
           bool with_hyphen, uint32_t out[RUN])
{
    size_t letters = RUN - with_hyphen;
    size_t l = ln < RUN / 2 ? ln : RUN / 2, r = letters - l;
    if (r > rn) {
        r = rn;
        l = letters - r;
    }
    if (l > ln)
        return false;
    memcpy(out, lv + ln - l, l * sizeof *lv);
    if (with_hyphen)
        out[l] = 0;
    memcpy(out + l + with_hyphen, rv, r * sizeof *rv);
    return true;
}

/* Words that stand before a hyphen ("вице-премьер", "по-прежнему") and
 * particles after one ("кто-то", "как-либо"). */
static const char *const before_hyphen[] = {
    "вице", "экс", "пресс", "штаб", "премьер", "генерал", "контр", "обер",
    "мини", "кое", "по", "во", "из", "член", "интернет", "бизнес", "веб",
    "онлайн", "медиа", "блок", "пол"};
static const char *const after_hyphen[] = {"то", "либо", "нибудь", "ка",
                                           "таки", "де"};

static pt_status
russian_splits(pt_hyphens *h, const pt_alloc *a, const char *left,
               size_t hy, const char *s, size_t len, size_t next,
               bool *splits)
{
    uint32_t lv[MAX_HALF], rv[MAX_HALF];
    size_t ln = 0, rn = 0, i = hy, capitals = 0;
    while (i > 0 && ln < MAX_HALF) { /* the left half, back to front */
        size_t p = pt__prev(left, i);
        uint32_t c = pt__decode(left, hy, p, &(size_t){0});
        if (!pt__is_cyrillic_letter(c))
            break;
        capitals += pt__is_upper(c);
        lv[ln++] = pt__cyrillic_lower(c);
        i = p;
    }
    bool whole_left = i == 0 || !pt__is_cyrillic_letter(pt__decode(
                                     left, hy, pt__prev(left, i),
                                     &(size_t){0}));
    for (size_t k = 0; k < ln / 2; k++) {
        uint32_t t = lv[k];
        lv[k] = lv[ln - 1 - k];
        lv[ln - 1 - k] = t;
    }
    for (size_t j = next, step; j < len && rn < MAX_HALF; j += step) {
        uint32_t c = pt__decode(s, len, j, &step);
        if (!pt__is_cyrillic_letter(c))
            break;
        rv[rn++] = pt__cyrillic_lower(c);
    }
    *splits = false;
    if (ln < 2 || rn < 1 || !whole_left || capitals > 1 ||
        (capitals && !pt__is_upper(pt__decode(left, hy, i, &(size_t){0}))))
        return PT_OK; /* an acronym's hyphen: "ООН-женщины" */
    if (is_one_of(rv, rn, after_hyphen,
                  sizeof after_hyphen / sizeof *after_hyphen) ||
        is_one_of(lv, ln, before_hyphen,
                  sizeof before_hyphen / sizeof *before_hyphen))
        return PT_OK;
    uint32_t whole[RUN], hyphened[RUN];
    if (run_across(lv, ln, rv, rn, false, whole) &&
        run_across(lv, ln, rv, rn, true, hyphened)) {
        if (!h->bits) {
            pt_status rc = witness(h, a, s, len);
            if (rc != PT_OK)
                return rc;
        }
        bool seen_whole = bloom_has(h, run_hash(whole, RUN));
        bool seen_hyphened = bloom_has(h, run_hash(hyphened, RUN));
        if (seen_whole != seen_hyphened) {
            *splits = seen_whole;
            return PT_OK;
        }
    }
    uint32_t end = lv[ln - 1];
    *splits = end != 0x43E && end != 0x435 && end != 0x451; /* о е ё */
    return PT_OK;
}

/* ---- both ------------------------------------------------------------- */

pt_status
pt__hyphen_splits_word(pt_hyphens *h, const pt_alloc *a, const char *left,
                       size_t hyphen, const char *s, size_t len, size_t next,
                       bool *splits)
{
    *splits = false;
    if (hyphen == 0)
        return PT_OK;
    uint32_t before = pt__decode(left, hyphen, pt__prev(left, hyphen),
                                 &(size_t){0});
    if (pt__is_cyrillic_letter(before))
        return russian_splits(h, a, left, hyphen, s, len, next, splits);
    *splits = english_splits(left, hyphen, s, len, next);
    return PT_OK;
}

void
pt__hyphens_free(pt_hyphens *h, const pt_alloc *a)
{
    pt__free(a, h->bits);
    memset(h, 0, sizeof *h);
}
