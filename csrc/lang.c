/*
 * lang.c: which UN language a text is in.
 *
 * Scripts decide first: Han for Chinese, Arabic, Cyrillic for Russian.
 * Latin text is told apart by its commonest short words, which English,
 * French and Spanish do not share (English's pronouns and auxiliaries
 * too: a sentence may have no "the" and a name with an accent).  The first SAMPLE_BYTES are enough.
 */
#include "internal.h"

#include <string.h>

#define SAMPLE_BYTES (256u * 1024u)

/* The commonest short words of each Latin-script language, packed into a
 * number each (see pack), so that a word is compared in one step. */
#define PACK(a, b, c, d)                                                     \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 |            \
     (uint32_t)(d) << 24)

enum { EN, FR, ES, NLATIN };
static const char *const latin_langs[NLATIN] = {"en", "fr", "es"};

typedef struct short_word {
    uint32_t word;
    unsigned char lang;
} short_word;

/* by length, so that a word meets only the words of its length */
static const short_word one_letter[] = {{PACK('y', 0, 0, 0), ES}};
static const short_word two_letters[] = {
    {PACK('o', 'f', 0, 0), EN}, {PACK('t', 'o', 0, 0), EN},
    {PACK('i', 's', 0, 0), EN}, {PACK('b', 'y', 0, 0), EN},
    {PACK('o', 'n', 0, 0), EN}, {PACK('i', 'n', 0, 0), EN},
    {PACK('h', 'e', 0, 0), EN}, {PACK('i', 't', 0, 0), EN},
    {PACK('a', 't', 0, 0), EN}, {PACK('e', 't', 0, 0), FR},
    {PACK('d', 'u', 0, 0), FR}, {PACK('l', 'e', 0, 0), FR},
    {PACK('a', 'u', 0, 0), FR}, {PACK('e', 'l', 0, 0), ES},
    {PACK('a', 'l', 0, 0), ES}, {PACK('s', 'u', 0, 0), ES}};
static const short_word three_letters[] = {
    {PACK('t', 'h', 'e', 0), EN}, {PACK('a', 'n', 'd', 0), EN},
    {PACK('f', 'o', 'r', 0), EN}, {PACK('a', 'r', 'e', 0), EN},
    {PACK('w', 'a', 's', 0), EN}, {PACK('h', 'i', 's', 0), EN},
    {PACK('h', 'a', 's', 0), EN}, {PACK('h', 'a', 'd', 0), EN},
    {PACK('i', 't', 's', 0), EN}, {PACK('n', 'o', 't', 0), EN},
    {PACK('s', 'h', 'e', 0), EN}, {PACK('l', 'e', 's', 0), FR},
    {PACK('d', 'e', 's', 0), FR}, {PACK('e', 's', 't', 0), FR},
    {PACK('u', 'n', 'e', 0), FR}, {PACK('a', 'u', 'x', 0), FR},
    {PACK('s', 'u', 'r', 0), FR}, {PACK('q', 'u', 'i', 0), FR},
    {PACK('p', 'a', 'r', 0), FR}, {PACK('l', 'o', 's', 0), ES},
    {PACK('l', 'a', 's', 0), ES}, {PACK('d', 'e', 'l', 0), ES},
    {PACK('u', 'n', 'a', 0), ES}, {PACK('p', 'o', 'r', 0), ES},
    {PACK('c', 'o', 'n', 0), ES}, {PACK('s', 'u', 's', 0), ES}};
static const short_word four_letters[] = {
    {PACK('t', 'h', 'a', 't'), EN}, {PACK('w', 'i', 't', 'h'), EN},
    {PACK('f', 'r', 'o', 'm'), EN}, {PACK('t', 'h', 'i', 's'), EN},
    {PACK('h', 'a', 'v', 'e'), EN}, {PACK('b', 'e', 'e', 'n'), EN},
    {PACK('w', 'e', 'r', 'e'), EN}, {PACK('w', 'i', 'l', 'l'), EN},
    {PACK('t', 'h', 'e', 'y'), EN},
    {PACK('d', 'a', 'n', 's'), FR}, {PACK('p', 'o', 'u', 'r'), FR},
    {PACK('a', 'v', 'e', 'c'), FR}, {PACK('p', 'a', 'r', 'a'), ES},
    {PACK('c', 'o', 'm', 'o'), ES}, {PACK('e', 's', 't', 'e'), ES}};

#define WORDS(a) {a, sizeof a / sizeof *a}
static const struct {
    const short_word *words;
    size_t count;
} by_length[5] = {{NULL, 0}, WORDS(one_letter), WORDS(two_letters),
                  WORDS(three_letters), WORDS(four_letters)};

/* A word of one to four bytes as a number, as PACK writes it. */
static uint32_t
pack(const char *w, size_t n)
{
    uint32_t key = 0;
    for (size_t k = 0; k < n; k++) /* in lower case: "He", "Le", "El" */
        key |= (uint32_t)((unsigned char)w[k] | 0x20) << (8 * k);
    return key;
}

/* Letters with diacritics that one Latin-script language writes and the
 * others do not (English none): a vote each, which decides a text with
 * none of the short words ("Análisis e información"); -1 for any other
 * character.  é, which both write, votes for both: French wins a
 * tie. */
static int
latin_accent(uint32_t c)
{
    switch (c) {
    case 0xE0: case 0xE2: case 0xE7: case 0xE8: case 0xEA: case 0xEB:
    case 0xEE: case 0xEF: case 0xF4: case 0xF9: case 0xFB: case 0x153:
    case 0xC0: case 0xC7:
        return FR; /* à â ç è ê ë î ï ô ù û œ À Ç (é is Spanish too) */
    case 0xE1: case 0xED: case 0xF1: case 0xF3: case 0xFA: case 0xBF:
    case 0xA1: case 0xC1: case 0xD1: case 0xDA: case 0xD3:
        return ES; /* á í ñ ó ú ¿ ¡ Á Ñ Ú Ó */
    default:
        return -1;
    }
}

/* What a block's language is judged on: its first bytes, and the fewest
 * letters of another script that outvote the document's language. */
#define BLOCK_SAMPLE_BYTES 256
#define BLOCK_LETTERS_MIN 24

const char *
pt__detect_language(const char *s, size_t len)
{
    size_t han = 0, arabic = 0, cyrillic = 0, letters = 0, n;
    size_t votes[NLATIN] = {0, 0, 0}, accents[NLATIN] = {0, 0, 0};
    if (len > SAMPLE_BYTES)
        len = pt__prev(s, SAMPLE_BYTES + 1); /* whole characters only */
    for (size_t i = 0; i < len;) {
        if (pt__is_ascii_letter((unsigned char)s[i])) {
            size_t w = i;
            while (i < len && pt__is_ascii_letter((unsigned char)s[i]))
                i++;
            letters += i - w;
            /* French elides: "l'information", "d'administration" */
            if (i - w == 1 && (s[w] == 'l' || s[w] == 'd') && i + 1 < len &&
                s[i] == '\'' && pt__is_ascii_letter((unsigned char)s[i + 1]))
                votes[FR]++;
            if (i - w > 4)
                continue;
            uint32_t key = pack(s + w, i - w);
            for (size_t k = 0; k < by_length[i - w].count; k++)
                if (by_length[i - w].words[k].word == key) {
                    votes[by_length[i - w].words[k].lang]++;
                    break;
                }
            continue;
        }
        unsigned char u = (unsigned char)s[i];
        if (u < 0x80) { /* white space, digits, punctuation */
            i++;
            continue;
        }
        bool han_lead = pt__is_han_lead(u) ||
                        (u == 0xE4 && (unsigned char)s[i + 1] >= 0xB8);
        if (han_lead && i + 3 <= len) {
            han++; /* U+4E00-U+9FFF: Han, most of a Chinese text */
            i += 3;
            continue;
        }
        uint32_t c = pt__decode(s, len, i, &n);
        int accent = latin_accent(c);
        if (c == 0xE9 || c == 0xC9) { /* é É: French or Spanish */
            letters++;
            accents[FR]++;
            accents[ES]++;
        } else if (accent >= 0) {
            letters++;
            accents[accent]++;
        } else if (pt__is_han(c))
            han++;
        else if (c >= 0x600 && c <= 0x6FF)
            arabic++;
        else if (c >= 0x400 && c <= 0x4FF)
            cyrillic++;
        i += n;
    }
    /* A Han character carries about as much text as three Latin letters. */
    size_t best = han * 3;
    const char *lang = han ? "zh" : "und";
    if (arabic > best)
        best = arabic, lang = "ar";
    if (cyrillic > best)
        best = cyrillic, lang = "ru";
    if (letters > best) {
        /* the short words decide; the accents, which names bring into any
         * language's text ("Ana Benítez"), only where there are none */
        if (!votes[EN] && !votes[FR] && !votes[ES])
            memcpy(votes, accents, sizeof votes);
        size_t k = votes[FR] > votes[EN] ? FR : EN;
        if (votes[ES] > votes[k])
            k = ES;
        lang = votes[k] ? latin_langs[k] : "en";
    }
    return lang;
}

/* Which script a language writes: 0 Latin, 1 Han, 2 Arabic, 3 Cyrillic. */
static int
script_of(const char *lang)
{
    return strcmp(lang, "zh") == 0   ? 1
           : strcmp(lang, "ar") == 0 ? 2
           : strcmp(lang, "ru") == 0 ? 3
                                     : 0;
}

const char *
pt__block_language(const char *s, size_t len, const char *doc_lang)
{
    /* the block's start tells its script; reading no further keeps the
     * cost of a block constant */
    size_t counts[4] = {0, 0, 0, 0}, n;
    if (len > BLOCK_SAMPLE_BYTES)
        len = pt__prev(s, BLOCK_SAMPLE_BYTES + 1);
    for (size_t i = 0; i < len; i += n) {
        if ((unsigned char)s[i] < 0x80) { /* most of a Latin text */
            counts[0] += pt__is_ascii_letter((unsigned char)s[i]);
            n = 1;
            continue;
        }
        uint32_t c = pt__decode(s, len, i, &n);
        if (latin_accent(c) >= 0 || c == 0xE9 || c == 0xC9)
            counts[0]++;
        else if (pt__is_han(c))
            counts[1] += 3; /* a Han character carries about three letters */
        else if (c >= 0x600 && c <= 0x6FF)
            counts[2]++;
        else if (c >= 0x400 && c <= 0x4FF)
            counts[3]++;
    }
    int own = script_of(doc_lang), best = own;
    for (int k = 0; k < 4; k++)
        if (counts[k] > counts[best])
            best = k;
    /* another script, written at length and far more than the document's */
    if (best == own || counts[best] < BLOCK_LETTERS_MIN ||
        counts[best] < 3 * counts[own])
        return doc_lang;
    return pt__detect_language(s, len);
}

